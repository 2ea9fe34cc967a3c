/**
 * How much longer a turn takes when it starts from media (a voice note, a photo, a document) than
 * from the same words typed: both kinds are timed alternately from delivery to the reply, and the
 * medians compared, so one slow run (a GC pause, a busy machine) does not decide the figure.
 */
import type { Update } from "grammy/types";
import type { Harness } from "./harness.ts";

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Medians in ms of `runs` typed turns and `runs` media turns in `chatId`, and the difference. */
export async function addedLatency(
  h: Harness,
  chatId: number,
  typed: () => Update,
  media: () => Update,
  runs = 5,
): Promise<{ text: number; media: number; added: number }> {
  const timeOne = async (update: Update) => {
    const before = h.tg.calls.length;
    const started = performance.now();
    await h.send(update);
    await h.nextCall("sendMessage", chatId, before);
    return performance.now() - started;
  };
  const text: number[] = [];
  const withMedia: number[] = [];
  for (let i = 0; i < runs; i++) {
    text.push(await timeOne(typed()));
    withMedia.push(await timeOne(media()));
  }
  const m = { text: median(text), media: median(withMedia) };
  return { ...m, added: m.media - m.text };
}
