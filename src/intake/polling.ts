/**
 * Long polling that confirms nothing it has not stored. Telegram forgets an update once getUpdates
 * is called with a higher offset, so the next offset is only sent after every update of the batch
 * is in the inbox; a crash before that makes Telegram hand the batch over again (duplicates are
 * dropped by update_id). grammY's runner confirms a batch when it fetches the next one, whether or
 * not the previous batch was handled, which is why this loop is written here.
 */
import { type Api, GrammyError } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../observability/logger.ts";

export interface PollerDeps {
  api: Api;
  allowedUpdates: readonly string[];
  /** Stores one batch durably; a rejection leaves the batch unconfirmed and it is fetched again. */
  store(updates: Update[]): Promise<void>;
  logger: Logger;
  /** Long-poll timeout in seconds (Telegram holds the request open this long when idle). */
  timeoutSeconds?: number;
}

export function createPoller(deps: PollerDeps) {
  const log = deps.logger.child({ component: "polling" });
  let running: Promise<void> | undefined;
  let abort: AbortController | undefined;
  let offset = 0;

  async function loop(signal: AbortSignal): Promise<void> {
    let failures = 0;
    let first = true;
    while (!signal.aborted) {
      try {
        const updates = await deps.api.getUpdates(
          {
            offset,
            limit: 100,
            timeout: deps.timeoutSeconds ?? 30,
            // Sent on the first call only: Telegram keeps the setting for later calls.
            ...(first ? { allowed_updates: [...deps.allowedUpdates] as never } : {}),
          },
          // grammY types the signal with the abort-controller polyfill's class; Node's is the same.
          signal as Parameters<Api["getUpdates"]>[1],
        );
        first = false;
        if (updates.length) {
          await deps.store(updates);
          offset = updates[updates.length - 1]!.update_id + 1;
        }
        failures = 0;
      } catch (err) {
        if (signal.aborted) break;
        failures++;
        const conflict = err instanceof GrammyError && err.error_code === 409;
        const waitMs = Math.min(30_000, 500 * 2 ** Math.min(failures, 6));
        log[failures === 1 ? "warn" : "debug"](
          { err: (err as Error).message, retry_in_ms: waitMs },
          conflict
            ? "another getUpdates or a webhook is active for this bot; retrying"
            : "getUpdates or storing the batch failed; retrying",
        );
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, waitMs);
          const wake = () => {
            clearTimeout(t);
            resolve();
          };
          signal.addEventListener("abort", wake, { once: true });
        });
      }
    }
  }

  return {
    get isRunning() {
      return running !== undefined;
    },
    start(): void {
      if (running) return;
      abort = new AbortController();
      running = loop(abort.signal).finally(() => {
        running = undefined;
      });
    },
    /**
     * Stops polling. A batch being stored is finished first; a long poll in progress is cut off,
     * and what it would have returned stays unconfirmed at Telegram.
     */
    async stop(): Promise<void> {
      abort?.abort();
      await running;
    },
  };
}
