/**
 * One short FAL call run to its end through the queue (submit, poll, result), the way the FAL
 * client's `subscribe` does, for the calls a chat turn waits on (speech-to-text, vision): they take
 * seconds, so the status is polled briskly at first and then less often. Creations take minutes
 * and go through the generation service's durable jobs instead.
 */
import type { FalGateway } from "./fal-gateway.ts";

/** Waits `ms`, or rejects with the signal's reason when it aborts first. */
export const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/** A promise that rejects when `signal` aborts, for racing calls that take no signal (uploads). */
export function abortion(signal: AbortSignal): Promise<never> {
  const aborted = new Promise<never>((_, reject) =>
    signal.addEventListener("abort", () => reject(signal.reason), { once: true }),
  );
  aborted.catch(() => {});
  return aborted;
}

/** Submits `input` to `endpoint` and resolves with the model's output once it is complete. */
export async function subscribe(
  gateway: FalGateway,
  endpoint: string,
  input: Record<string, unknown>,
  signal: AbortSignal,
): Promise<unknown> {
  const requestId = await gateway.submit(endpoint, input, undefined, signal);
  for (let wait = 150; ; wait = Math.min(wait * 1.5, 1_000)) {
    const { state } = await gateway.status(endpoint, requestId, signal);
    if (state === "COMPLETED") break;
    await sleep(wait, signal);
  }
  return gateway.result(endpoint, requestId, signal);
}
