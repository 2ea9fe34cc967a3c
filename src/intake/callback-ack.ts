/**
 * Button presses are acknowledged at once. A press waits in its chat's lane (its effect keeps the
 * order it needs) and may sit behind a reply that streams for a minute, while the user's button
 * spins until `answerCallbackQuery` arrives. So the intake answers every press itself shortly
 * after it was stored, unless the handler answered first (with its own toast). A handler answering
 * after that gets a quiet success instead of Telegram's "query is too old" error.
 */
import type { Api, Transformer } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../observability/logger.ts";

const ALREADY_ANSWERED = /query is too old|query id is invalid|QUERY_ID_INVALID/i;
const REMEMBER = 10_000;

/** Creates the acknowledger; install `transformer` on the bot's API. */
export function createCallbackAck(deps: { api: () => Api; logger: Logger; delayMs?: number }) {
  const delayMs = deps.delayMs ?? 400;
  const pending = new Map<string, NodeJS.Timeout>();
  // Presses this instance already answered, oldest first (bounded).
  const answered = new Set<string>();
  const remember = (id: string) => {
    answered.add(id);
    if (answered.size > REMEMBER) answered.delete(answered.values().next().value!);
  };

  const transformer: Transformer = async (prev, method, payload, signal) => {
    if (method !== "answerCallbackQuery") return prev(method, payload, signal);
    const id = (payload as { callback_query_id: string }).callback_query_id;
    const timer = pending.get(id);
    if (timer) {
      clearTimeout(timer);
      pending.delete(id);
    } else if (answered.has(id)) {
      return { ok: true, result: true } as Awaited<ReturnType<typeof prev>>;
    }
    const res = await prev(method, payload, signal);
    if (res.ok) remember(id);
    else if (ALREADY_ANSWERED.test(res.description))
      return { ok: true, result: true } as Awaited<ReturnType<typeof prev>>;
    return res;
  };

  return {
    transformer,
    /** Starts the clock for a newly stored update (no-op unless it is a button press). */
    schedule(update: Update): void {
      const id = update.callback_query?.id;
      if (!id || pending.has(id) || answered.has(id)) return;
      const timer = setTimeout(() => {
        pending.delete(id);
        deps
          .api()
          .answerCallbackQuery(id)
          .catch((err) => deps.logger.debug({ err: (err as Error).message }, "early callback answer failed"));
      }, delayMs);
      timer.unref();
      pending.set(id, timer);
    },
    close(): void {
      for (const t of pending.values()) clearTimeout(t);
      pending.clear();
    },
  };
}
