/**
 * Exactly once, as the user sees it. Telegram has no idempotency key for sends, so each message an
 * update's handler sends is recorded (update_id, its position among the handler's sends) right
 * after Telegram accepts it. When the update runs again after a crash, the sends an earlier run
 * already made are answered from that record instead of reaching Telegram twice; the handler
 * carries on from where the earlier run stopped. Drafts, chat actions, edits and callback answers
 * are not recorded: repeating them shows the user nothing new.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { Transformer } from "grammy";
import type { InboxRepository, RecordedSend } from "../db/inbox-repository.ts";
import type { Logger } from "../observability/logger.ts";

/** Methods that put a new message in front of the user (or charge them: invoices). */
const MESSAGE_METHODS = new Set([
  "sendMessage",
  "sendPhoto",
  "sendVideo",
  "sendAnimation",
  "sendAudio",
  "sendVoice",
  "sendVideoNote",
  "sendDocument",
  "sendSticker",
  "sendMediaGroup",
  "sendInvoice",
  "sendLocation",
  "sendPoll",
  "sendDice",
  "sendContact",
  "sendVenue",
  "copyMessage",
  "forwardMessage",
  "copyMessages",
  "forwardMessages",
  "refundStarPayment",
]);

interface Run {
  updateId: number;
  seq: number;
  /** Set when the handling ended: background work it started (and inherited this run) sends freely. */
  done: boolean;
  earlier: Map<number, RecordedSend>;
}

/** Creates the ledger: install `transformer` on the bot's API, wrap each update's handling in `run`. */
export function createSendLedger(deps: { inbox: Pick<InboxRepository, "recordSend">; logger: Logger }) {
  const runs = new AsyncLocalStorage<Run>();

  const transformer: Transformer = async (prev, method, payload, signal) => {
    const run = runs.getStore();
    if (!run || run.done || !MESSAGE_METHODS.has(method)) return prev(method, payload, signal);
    const seq = ++run.seq;
    const earlier = run.earlier.get(seq);
    if (earlier && earlier.method === method) {
      deps.logger.debug({ update_id: run.updateId, seq, method }, "send already made by an earlier run");
      return { ok: true, result: earlier.result } as Awaited<ReturnType<typeof prev>>;
    }
    const res = await prev(method, payload, signal);
    if (res.ok) {
      // The message is out: failing the update now would only send it again on the retry.
      await deps.inbox
        .recordSend(run.updateId, { seq, method, result: res.result })
        .catch((err) =>
          deps.logger.warn({ err, update_id: run.updateId, method }, "could not record a send"),
        );
    }
    return res;
  };

  return {
    transformer,
    /** Runs `fn` as the handling of `updateId`, replaying the `earlier` sends of an interrupted run. */
    async run<T>(updateId: number, earlier: RecordedSend[], fn: () => Promise<T>): Promise<T> {
      const run: Run = { updateId, seq: 0, done: false, earlier: new Map(earlier.map((s) => [s.seq, s])) };
      try {
        return await runs.run(run, fn);
      } finally {
        run.done = true;
      }
    },
  };
}

export type SendLedger = ReturnType<typeof createSendLedger>;
