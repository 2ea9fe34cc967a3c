/**
 * Exactly once, as the user sees it. Telegram has no idempotency key for sends, so each message an
 * update's handler sends is written down (update_id, its position among the handler's sends) as it
 * goes out, and completed with Telegram's answer when the run goes on to use the message. When the
 * update runs again after a crash, the sends an earlier run made are answered from that record
 * instead of reaching Telegram twice, and the handler carries on from where the earlier run
 * stopped. Drafts, chat actions, edits and callback answers are not recorded: repeating them shows
 * the user nothing new.
 */
import type { Transformer } from "grammy";
import { withFlushHook } from "../bot/flush-agent.ts";
import type { InboxRepository, RecordedSend } from "../db/inbox-repository.ts";
import { currentCorrelationId } from "../observability/correlation.ts";
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
]);

/**
 * What a send cut off by a crash is taken to have returned. Its real result was never seen, so
 * the message id is unknown (0): the handler can carry on, and an edit of it fails like an edit of
 * a message the user deleted.
 */
function standIn(method: string, payload: Record<string, unknown>): unknown {
  if (method === "sendMediaGroup" || method === "copyMessages" || method === "forwardMessages") return [];
  if (method === "copyMessage") return { message_id: 0 };
  return {
    message_id: 0,
    date: Math.floor(Date.now() / 1000),
    chat: { id: payload.chat_id, type: "private" },
    ...(typeof payload.text === "string" ? { text: payload.text } : {}),
  };
}

/** True when a call acts on an existing message (its answer must then survive a re-run). */
function namesMessage(payload: unknown): boolean {
  const p = payload as Record<string, unknown> | undefined;
  return p !== undefined && (p.message_id !== undefined || p.reply_parameters !== undefined);
}

interface Run {
  updateId: number;
  seq: number;
  /** Set when the handling ended: background work it started (and inherited this run) sends freely. */
  done: boolean;
  /** Answers of sends made but not yet written to the record (see `settle`). */
  unrecorded: RecordedSend[];
  earlier: Map<number, RecordedSend>;
}

/** Creates the ledger: install `transformer` on the bot's API, wrap each update's handling in `run`. */
export function createSendLedger(deps: {
  inbox: Pick<InboxRepository, "intendSend" | "recordSend" | "forgetSend">;
  logger: Logger;
}) {
  // Runs are found through the update's correlation id (`upd-<update_id>`), which the bot sets for
  // everything a handler does: a second AsyncLocalStorage would cost every promise another hook.
  const runs = new Map<number, Run>();
  const currentRun = () => {
    const cid = currentCorrelationId();
    return cid?.startsWith("upd-") ? runs.get(Number(cid.slice(4))) : undefined;
  };
  // Telegram refused the send, or it failed before an answer: a retry of the update must make it.
  const forget = (run: Run, seq: number) =>
    deps.inbox
      .forgetSend(run.updateId, seq)
      .catch((err) =>
        deps.logger.warn({ err, update_id: run.updateId, seq }, "could not drop a send record"),
      );

  /**
   * A send's answer matters to a re-run only when the run goes on to use the message (edit it,
   * delete it, reply to it): the re-run must then get the same message id. So answers are written
   * just before the first call that names a message, and a reply that only sends costs no write
   * for them. A re-run after a crash before that write gets the stand-in answer.
   */
  const settle = async (run: Run) => {
    const pending = run.unrecorded.splice(0);
    await Promise.all(
      pending.map((send) =>
        deps.inbox
          .recordSend(run.updateId, send)
          .catch((err) => deps.logger.warn({ err, update_id: run.updateId }, "could not record a send")),
      ),
    );
  };

  const transformer: Transformer = async (prev, method, payload, signal) => {
    const run = currentRun();
    if (!run || run.done) return prev(method, payload, signal);
    if (!MESSAGE_METHODS.has(method)) {
      if (run.unrecorded.length && namesMessage(payload)) await settle(run);
      return prev(method, payload, signal);
    }
    if (run.unrecorded.length && namesMessage(payload)) await settle(run);
    const seq = ++run.seq;
    const earlier = run.earlier.get(seq);
    if (earlier && earlier.method === method) {
      const cutOff = earlier.result === undefined;
      deps.logger[cutOff ? "warn" : "debug"](
        { update_id: run.updateId, seq, method },
        cutOff ? "a send was cut off by a crash: taken as made" : "send already made by an earlier run",
      );
      const result = cutOff ? standIn(method, payload as Record<string, unknown>) : earlier.result;
      return { ok: true, result } as Awaited<ReturnType<typeof prev>>;
    }
    // The record is written the moment the request has left this process (flush-agent.ts), so a
    // record always means "it left" and a re-run never skips a message that never went out. A
    // request the hook did not see (one auto-retry made later) is written down after its answer.
    let intent: Promise<void> | undefined;
    const intend = () => {
      if (!intent) {
        intent = deps.inbox.intendSend(run.updateId, seq, method);
        // Awaited below; until then a failed write must not count as an unhandled rejection.
        intent.catch(() => {});
      }
      return intent;
    };
    let res: Awaited<ReturnType<typeof prev>>;
    try {
      res = await withFlushHook(intend, () => prev(method, payload, signal));
    } catch (err) {
      if (intent) {
        await intent.catch(() => {});
        await forget(run, seq);
      }
      throw err;
    }
    if (res.ok || intent) {
      await intend().catch((err) =>
        deps.logger.warn({ err, update_id: run.updateId, seq }, "could not write down a send"),
      );
    }
    if (!res.ok) await forget(run, seq);
    else run.unrecorded.push({ seq, method, result: res.result });
    return res;
  };

  return {
    transformer,
    /** Runs `fn` as the handling of `updateId`, replaying the `earlier` sends of an interrupted run. */
    async run<T>(updateId: number, earlier: RecordedSend[], fn: () => Promise<T>): Promise<T> {
      const run: Run = {
        updateId,
        seq: 0,
        done: false,
        unrecorded: [],
        earlier: new Map(earlier.map((s) => [s.seq, s])),
      };
      runs.set(updateId, run);
      try {
        return await fn();
      } finally {
        run.done = true;
        runs.delete(updateId);
      }
    },
  };
}

export type SendLedger = ReturnType<typeof createSendLedger>;
