/**
 * The memory palace: what the companion remembers, room by room; search; add a memory in your own
 * words; correct, move, pin (always considered when it replies) or forget one; and the memories
 * its last reply drew on.
 */
import { useEffect, useState } from "preact/hooks";
import type { MemoryView } from "../../../src/api/schemas.ts";
import { ApiError, api } from "../api.ts";
import { t } from "../i18n.ts";
import { haptic, setBack } from "../telegram.ts";
import { DeleteButton, Empty, failed, LoadError, Spinner, toast, useLoad } from "../ui.tsx";

function RoomSelect(props: { value: string; onChange(room: string): void; titles: Map<string, string> }) {
  return (
    <select
      class="input"
      value={props.value}
      onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}
    >
      <option value="">{t("app-memories-room-auto")}</option>
      {[...props.titles].map(([id, title]) => (
        <option key={id} value={id}>
          {title}
        </option>
      ))}
    </select>
  );
}

function MemoryCard(props: {
  m: MemoryView;
  titles: Map<string, string>;
  pinnedMax: number;
  changed(): void;
}) {
  const { m } = props;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(m.text);
  const [room, setRoom] = useState(m.room);
  useEffect(() => {
    if (!editing) return;
    setBack(() => setEditing(false));
    return () => setBack(undefined);
  }, [editing]);

  const act = async (fn: () => Promise<unknown>) => {
    try {
      await fn();
      haptic("success");
      props.changed();
    } catch (err) {
      if (err instanceof ApiError && err.code === "too_many_pinned") {
        toast(t("app-memories-pin-limit", { max: props.pinnedMax }), "error");
      } else failed(err);
    }
  };

  if (editing) {
    return (
      <li class="card memory editing">
        <textarea
          class="input"
          rows={3}
          value={text}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        />
        <RoomSelect
          value={room}
          onChange={(r) => setRoom((r || m.room) as typeof room)}
          titles={props.titles}
        />
        <div class="actions">
          <button type="button" class="button" onClick={() => setEditing(false)}>
            {t("app-cancel")}
          </button>
          <button
            type="button"
            class="button primary"
            disabled={!text.trim()}
            onClick={() => act(() => api.changeMemory(m.id, { text, room }).then(() => setEditing(false)))}
          >
            {t("app-save")}
          </button>
        </div>
      </li>
    );
  }
  return (
    <li class={m.pinned ? "card memory pinned" : "card memory"} data-memory={m.id}>
      {m.pinned && <div class="badge">{t("app-memories-pinned")}</div>}
      <p class="memory-text">{m.text}</p>
      <div class="meta">
        {m.room_title} · {t("app-memories-mentions", { count: m.mentions })}
      </div>
      <div class="actions">
        <button
          type="button"
          class="button small"
          data-action="pin"
          onClick={() => act(() => api.changeMemory(m.id, { pinned: !m.pinned }))}
        >
          {m.pinned ? t("app-memories-unpin") : t("app-memories-pin")}
        </button>
        <button type="button" class="button small" data-action="edit" onClick={() => setEditing(true)}>
          {t("app-edit")}
        </button>
        <DeleteButton
          question={t("app-memories-delete-confirm")}
          onConfirmed={() => act(() => api.deleteMemory(m.id))}
        />
      </div>
    </li>
  );
}

function AddMemory(props: { titles: Map<string, string>; added(): void }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [room, setRoom] = useState("");
  if (!open) {
    return (
      <button
        type="button"
        class="button primary wide"
        data-action="add-memory"
        onClick={() => setOpen(true)}
      >
        + {t("app-memories-add")}
      </button>
    );
  }
  return (
    <form
      class="card add-memory"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          await api.addMemory(text, room || undefined);
          haptic("success");
          setText("");
          setOpen(false);
          props.added();
        } catch (err) {
          failed(err);
        }
      }}
    >
      <h3>{t("app-memories-add")}</h3>
      <textarea
        class="input"
        rows={3}
        maxLength={1000}
        value={text}
        placeholder={t("app-memories-add-placeholder")}
        onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        data-testid="new-memory"
      />
      <RoomSelect value={room} onChange={setRoom} titles={props.titles} />
      <div class="actions">
        <button type="button" class="button" onClick={() => setOpen(false)}>
          {t("app-cancel")}
        </button>
        <button type="submit" class="button primary" disabled={!text.trim()}>
          {t("app-save")}
        </button>
      </div>
    </form>
  );
}

export function MemoriesPage() {
  const [room, setRoom] = useState("");
  const [query, setQuery] = useState("");
  const [search, setSearch] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setSearch(query.trim()), 300);
    return () => clearTimeout(timer);
  }, [query]);
  const { data, error, reload } = useLoad(() => api.memories({ room, q: search }), [room, search]);
  const lastUsed = useLoad(() => api.lastUsed());
  const refresh = () => {
    reload();
    lastUsed.reload();
  };
  if (error) return <LoadError error={error} retry={reload} />;
  if (!data) return <Spinner />;
  const titles = new Map(Object.entries(data.room_titles));
  const used = lastUsed.data?.memories ?? [];
  return (
    <section class="memories">
      <h1>{t("app-memories-title")}</h1>
      <input
        class="input search"
        type="search"
        value={query}
        placeholder={t("app-memories-search")}
        onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
      />
      <div class="chips" role="tablist">
        <button type="button" class={room === "" ? "chip active" : "chip"} onClick={() => setRoom("")}>
          {t("app-memories-all")}
        </button>
        {data.rooms.map((r) => (
          <button
            type="button"
            key={r.room}
            class={room === r.room ? "chip active" : "chip"}
            onClick={() => setRoom(r.room)}
          >
            {r.title} <span class="count">{r.count}</span>
          </button>
        ))}
      </div>
      {used.length > 0 && !search && !room && (
        <div class="last-used" data-testid="last-used">
          <h2>🧠 {t("app-memories-last-used")}</h2>
          <ul class="list">
            {used.map((m) => (
              <li key={m.id} class="card memory compact">
                <p class="memory-text">{m.text}</p>
              </li>
            ))}
          </ul>
        </div>
      )}
      <AddMemory titles={titles} added={refresh} />
      {data.memories.length === 0 ? (
        <Empty>{search ? t("app-memories-no-results") : t("app-memories-empty")}</Empty>
      ) : (
        <ul class="list">
          {data.memories.map((m) => (
            <MemoryCard
              key={`${m.id}:${m.updated_at}:${m.pinned}`}
              m={m}
              titles={titles}
              pinnedMax={data.pinned_max}
              changed={refresh}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
