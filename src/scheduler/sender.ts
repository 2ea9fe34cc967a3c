/**
 * Sending one scheduled message, once, within Telegram's limits. Before the request: a token from
 * a global bucket (about 30 messages a second for the whole bot, shared by every instance through
 * the cache — Redis when REDIS_URL is set, in-process otherwise) and one from the chat's (one
 * message a second). Then the job is marked `sending` and the request goes out at once; the job's
 * outcome follows from Telegram's answer:
 *
 * - an answer with a message: sent;
 * - 429: not sent; try again after `retry_after` (and this instance pauses its sends that long);
 * - 403 (the user blocked the bot, or it is not in the chat): not sent, and never will be;
 * - another 4xx: not sent, refused for good; 5xx: not sent, try again later;
 * - no answer: a connection refused before the request left is retried; anything else (a reset,
 *   a timeout) may have been delivered, so it is taken as uncertain and never repeated.
 */
import { type Api, GrammyError, HttpError } from "grammy";
import type { CacheBus } from "../cache/types.ts";

/** How a send ended when it did not produce a message. */
export class SendFailure extends Error {
  constructor(
    readonly kind: "retry" | "blocked" | "rejected" | "uncertain" | "lost",
    message: string,
    /** For `retry`: how long to wait, in ms. */
    readonly retryInMs = 0,
    /** For `retry`: false when Telegram only asked to wait (429), which is no failed try. */
    readonly counts = true,
  ) {
    super(message);
    this.name = "SendFailure";
  }
}

// Errors thrown before a single byte of the request could leave this process.
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ENETUNREACH", "EHOSTUNREACH"]);

function networkCode(err: HttpError): string | undefined {
  const inner = err.error as { code?: string; cause?: { code?: string } } | undefined;
  return inner?.cause?.code ?? inner?.code;
}

/** Turns what the Bot API threw into the send's outcome. */
export function classifySendError(err: unknown): SendFailure {
  if (err instanceof SendFailure) return err;
  if (err instanceof GrammyError) {
    if (err.error_code === 429) {
      const seconds = err.parameters.retry_after ?? 5;
      return new SendFailure("retry", err.description, seconds * 1000, false);
    }
    if (err.error_code === 403) return new SendFailure("blocked", err.description);
    if (err.error_code >= 500) return new SendFailure("retry", err.description, 30_000);
    return new SendFailure("rejected", err.description);
  }
  if (err instanceof HttpError) {
    const code = networkCode(err);
    if (code && NOT_SENT_CODES.has(code)) return new SendFailure("retry", `${err.message} (${code})`, 30_000);
    return new SendFailure("uncertain", `${err.message}${code ? ` (${code})` : ""}`);
  }
  return new SendFailure("uncertain", err instanceof Error ? err.message : String(err));
}

export interface SenderDeps {
  api: Api;
  cache: Pick<CacheBus, "rateLimit">;
  /** Messages a second for the whole bot (every instance together). */
  perSecond: number;
  /** Waits; injectable so tests need not sleep. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/** Creates the sender. */
export function createSender(deps: SenderDeps) {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = deps.now ?? Date.now;
  let pausedUntil = 0;

  /** Waits for a token of the global bucket and one of the chat's. */
  async function acquire(chatId: number): Promise<void> {
    for (;;) {
      const wait = pausedUntil - now();
      if (wait > 0) await sleep(Math.min(wait, 60_000));
      const all = await deps.cache.rateLimit("outreach:all", deps.perSecond, 1000);
      if (all.allowed) break;
      await sleep(Math.max(20, all.retryAfterMs));
    }
    for (;;) {
      const chat = await deps.cache.rateLimit(`outreach:chat:${chatId}`, 1, 1000);
      if (chat.allowed) return;
      await sleep(Math.max(20, chat.retryAfterMs));
    }
  }

  return {
    acquire,
    /**
     * Sends through `call` once the chat may receive a message and `markSending` has recorded the
     * send (false: the job is no longer ours, nothing is sent). Resolves with the message id;
     * rejects with a SendFailure.
     */
    async send(
      chatId: number,
      markSending: () => Promise<boolean>,
      call: (api: Api) => Promise<{ message_id: number }>,
    ): Promise<number> {
      await acquire(chatId);
      if (!(await markSending())) throw new SendFailure("lost", "the job was taken over meanwhile");
      try {
        const message = await call(deps.api);
        return message.message_id;
      } catch (err) {
        const failure = classifySendError(err);
        if (failure.kind === "retry" && err instanceof GrammyError && err.error_code === 429) {
          pausedUntil = Math.max(pausedUntil, now() + failure.retryInMs);
        }
        throw failure;
      }
    },
  };
}

export type Sender = ReturnType<typeof createSender>;
