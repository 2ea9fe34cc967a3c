/**
 * The gallery: the user's images and videos with their prompt, model, cost and date; send one to
 * the chat again, delete it, or file it in a project (each card's `projects` slot, from projects.tsx).
 */
import { useEffect, useState } from "preact/hooks";
import type { CreationView } from "../../../src/api/schemas.ts";
import { api } from "../api.ts";
import { t } from "../i18n.ts";
import { DeleteButton, Empty, failed, LoadError, Spinner, shortDate, toast } from "../ui.tsx";
import { AddToProject } from "./projects.tsx";

function CreationCard(props: { c: CreationView; removed(): void }) {
  const { c } = props;
  return (
    <li class="card creation" data-creation={c.id}>
      {c.url &&
        (c.kind === "video" ? (
          // biome-ignore lint/a11y/useMediaCaption: generated clips carry no speech to caption
          <video class="media" src={c.url} controls playsInline preload="metadata" />
        ) : (
          <img
            class="media"
            src={c.url}
            alt={c.prompt}
            loading="lazy"
            width={c.width ?? undefined}
            height={c.height ?? undefined}
          />
        ))}
      <div class="creation-body">
        <p class="prompt">{c.prompt}</p>
        <div class="meta">
          {c.model_name} · {t("app-creations-cost", { cost: c.cost })} · {shortDate(c.created_at)}
        </div>
        <div class="actions">
          <button
            type="button"
            class="button small primary"
            data-action="send"
            onClick={() => api.sendCreation(c.id).then(() => toast(t("app-creations-sent")), failed)}
          >
            {t("app-creations-send")}
          </button>
          <DeleteButton
            question={t("app-creations-delete-confirm")}
            onConfirmed={() => api.deleteCreation(c.id).then(props.removed, failed)}
          />
        </div>
        <div data-slot="projects">
          <AddToProject creation={c.id} />
        </div>
      </div>
    </li>
  );
}

export function CreationsPage() {
  const [items, setItems] = useState<CreationView[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [enabled, setEnabled] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const load = (before?: string) =>
    api.creations(before).then(
      (page) => {
        setItems((old) => [...(before ? (old ?? []) : []), ...page.creations]);
        setNext(page.next_before);
        setError(null);
      },
      (err) => setError(err),
    );
  useEffect(() => {
    void load();
    api.me().then(
      (me) => setEnabled(me.creations_enabled),
      () => {},
    );
  }, []);
  if (error && !items) return <LoadError error={error} retry={() => load()} />;
  if (!items) return <Spinner />;
  return (
    <section class="creations">
      <h1>{t("app-creations-title")}</h1>
      {items.length === 0 ? (
        <Empty>{enabled ? t("app-creations-empty") : t("app-creations-unavailable")}</Empty>
      ) : (
        <ul class="gallery">
          {items.map((c) => (
            <CreationCard
              key={c.id}
              c={c}
              removed={() => setItems((all) => (all ?? []).filter((x) => x.id !== c.id))}
            />
          ))}
        </ul>
      )}
      {next && (
        <button type="button" class="button wide" onClick={() => load(next)}>
          {t("app-creations-more")}
        </button>
      )}
    </section>
  );
}
