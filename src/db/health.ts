/**
 * Watches the database so intake can stop while it is unreachable: the webhook answers 503 (so
 * Telegram keeps the update and redelivers it later) and long polling pauses (so no update is
 * fetched, and thereby confirmed, that could not be stored). The watch pings on an interval and
 * reports each change once.
 */
import type { Logger } from "../observability/logger.ts";

export interface DbWatch {
  /** False from the first failed ping until a ping succeeds again. */
  readonly up: boolean;
  stop(): void;
}

/** Starts pinging `ping` every `intervalMs`; `onChange` is called on every up/down transition. */
export function watchDatabase(options: {
  ping(): Promise<void>;
  logger: Logger;
  intervalMs?: number;
  timeoutMs?: number;
  onChange?(up: boolean): void;
}): DbWatch {
  let up = true;
  let running = false;
  const timeoutMs = options.timeoutMs ?? 2_000;
  const tick = async () => {
    if (running) return;
    running = true;
    let ok = true;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        options.ping(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`ping timed out after ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
    } catch (err) {
      ok = false;
      if (up) options.logger.error({ err: (err as Error).message }, "database unreachable: pausing intake");
    } finally {
      clearTimeout(timer);
      running = false;
    }
    if (ok !== up) {
      up = ok;
      if (ok) options.logger.info("database reachable again: resuming intake");
      options.onChange?.(ok);
    }
  };
  const timer = setInterval(() => void tick(), options.intervalMs ?? 1_000);
  timer.unref();
  return {
    get up() {
      return up;
    },
    stop: () => clearInterval(timer),
  };
}
