/**
 * Chat: the conversation with the companion, the same one as the Telegram private chat. The
 * latest turns load from the API; a new message goes over the WebSocket and its reply streams in
 * as it is written; Stop ends it. Replies written in Telegram meanwhile appear here too.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { api } from "../api.ts";
import { t } from "../i18n.ts";
import { cancel, chat, connected, onEvent, type TurnUpdate } from "../socket.ts";
import { useSignal } from "../state.ts";
import { haptic } from "../telegram.ts";
import { Spinner } from "../ui.tsx";
import type { PageProps } from "./index.ts";

interface Bubble {
  key: string;
  role: "user" | "assistant";
  text: string;
  /** The reply is still being written. */
  streaming?: boolean;
  /** The message got no answer (failed, or refused): tapping it sends it again. */
  failed?: string;
  /** How many memories the reply drew on (known for replies written here). */
  memories?: number;
}

let keySeq = 0;
const key = () => `b${++keySeq}`;

export function ChatPage(props: PageProps) {
  const [bubbles, setBubbles] = useState<Bubble[] | null>(null);
  const [draft, setDraft] = useState("");
  const [persona, setPersona] = useState("Velro");
  const [running, setRunning] = useState<string | null>(null);
  const online = useSignal(connected);
  const list = useRef<HTMLDivElement>(null);
  const own = useRef(new Set<string>());

  const loadHistory = () =>
    api.history().then(
      (h) => setBubbles(h.messages.map((m) => ({ key: `h${m.id}`, role: m.role, text: m.text }))),
      () => setBubbles((b) => b ?? []),
    );

  useEffect(() => {
    void loadHistory();
    api.personas().then(
      (p) => setPersona(p.current.name),
      () => {},
    );
    // A reply written in Telegram (not one of ours) means the history moved on.
    return onEvent((e) => {
      if (e.type === "conversation.message" && !own.current.has(String(e.payload?.text))) void loadHistory();
    });
  }, []);

  useEffect(() => {
    list.current?.scrollTo({ top: list.current.scrollHeight });
  }, [bubbles]);

  const update = (k: string, patch: Partial<Bubble>) =>
    setBubbles((bs) => (bs ?? []).map((b) => (b.key === k ? { ...b, ...patch } : b)));

  function send(text: string, retryOf?: string) {
    const trimmed = text.trim();
    if (!trimmed || running) return;
    haptic("tap");
    const mine = retryOf ?? key();
    const reply = key();
    setBubbles((bs) => [
      ...(bs ?? []).map((b) => (b.key === mine ? { ...b, failed: undefined } : b)),
      ...(retryOf ? [] : [{ key: mine, role: "user" as const, text: trimmed }]),
      { key: reply, role: "assistant", text: "", streaming: true },
    ]);
    setDraft("");
    const req = chat(trimmed, (u: TurnUpdate) => {
      if (u.kind === "delta") return update(reply, { text: u.text });
      setRunning(null);
      if (u.kind === "done") {
        own.current.add(u.text);
        update(reply, { text: u.text, streaming: false });
        // Which memories the reply drew on (shown under it; a tap opens them).
        api.lastUsed().then(
          (r) => update(reply, { memories: r.memories.length }),
          () => {},
        );
        return;
      }
      haptic("error");
      const why =
        u.code === "rate_limited"
          ? t("app-chat-rate-limited", { seconds: Math.ceil((u.retryAfterMs ?? 1000) / 1000) })
          : t("app-chat-failed");
      setBubbles((bs) =>
        (bs ?? []).filter((b) => b.key !== reply).map((b) => (b.key === mine ? { ...b, failed: why } : b)),
      );
    });
    setRunning(req);
  }

  if (!bubbles) return <Spinner />;
  return (
    <section class="chat">
      <div class="messages" ref={list} data-testid="messages">
        {bubbles.length === 0 && <p class="empty chat-empty">{t("app-chat-empty")}</p>}
        {bubbles.map((b) => (
          <div key={b.key} class={`bubble-row ${b.role}`}>
            {b.failed ? (
              <button
                type="button"
                class="bubble user failed"
                onClick={() => send(b.text, b.key)}
                data-testid="failed"
              >
                <span>{b.text}</span>
                <small>{b.failed}</small>
              </button>
            ) : (
              <div class={`bubble ${b.role}${b.streaming ? " streaming" : ""}`} data-role={b.role}>
                {b.text ||
                  (b.streaming ? (
                    <span class="typing" role="img" aria-label={t("app-chat-waiting")} />
                  ) : null)}
              </div>
            )}
            {b.memories ? (
              <button type="button" class="chip memories-used" onClick={() => props.go("memories")}>
                🧠 {t("app-chat-memories-used", { count: b.memories })}
              </button>
            ) : null}
          </div>
        ))}
      </div>
      {!online && <div class="banner">{t("app-reconnecting")}</div>}
      <form
        class="composer"
        onSubmit={(e) => {
          e.preventDefault();
          send(draft);
        }}
      >
        <textarea
          rows={1}
          value={draft}
          maxLength={4096}
          placeholder={t("app-chat-placeholder", { name: persona })}
          onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && !e.shiftKey) {
              e.preventDefault();
              send(draft);
            }
          }}
          data-testid="composer"
        />
        {running ? (
          <button
            type="button"
            class="send stop"
            onClick={() => cancel(running)}
            aria-label={t("app-chat-stop")}
          >
            ■
          </button>
        ) : (
          <button type="submit" class="send" disabled={!draft.trim()} aria-label={t("app-chat-send")}>
            ➤
          </button>
        )}
      </form>
    </section>
  );
}
