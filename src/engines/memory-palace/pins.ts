/**
 * Pinned memories: the few things a user marked as always worth knowing ("I'm vegetarian", "my
 * daughter is Lea"). Ranking alone would bring them up only when a message shares their words, so
 * recall adds every pinned memory the ranking left out, scored the same way but for the words, and
 * placed after the ranked hits. A palace holds at most MAX_PINNED of them, so the prompt stays small.
 */
import { effectiveSalience } from "./salience.ts";
import type { PalaceStore } from "./store.ts";
import { DAY_MS } from "./time.ts";
import { TUNING } from "./tuning.ts";
import type { RecallHit, RecallQuery } from "./types.ts";

/** How many memories one user may pin. */
export const MAX_PINNED = 12;

/** The ranked hits followed by every pinned memory they do not already contain, newest first. */
export function withPinned(
  store: PalaceStore,
  pinned: ReadonlySet<string>,
  q: RecallQuery,
  hits: RecallHit[],
) {
  if (pinned.size === 0) return hits;
  const have = new Set(hits.map((h) => h.memory.id));
  const extra: RecallHit[] = [];
  for (const id of pinned) {
    const m = store.entries.get(id)?.mem;
    if (!m || have.has(id) || m.kind === "dream") continue;
    const recency = Math.exp(-Math.max(0, q.now - m.createdAt) / (TUNING.recencyDays * DAY_MS));
    const salience = effectiveSalience(m, q.now);
    const W = TUNING.weights;
    extra.push({
      memory: { ...m, sourceIds: [...m.sourceIds], ...(m.emotion ? { emotion: { ...m.emotion } } : {}) },
      score: W.recency * recency + W.salience * salience,
      components: { lexical: 0, temporal: 0, recency, salience, emotion: 0, speaker: 0, room: 0, cue: 0 },
    });
  }
  extra.sort((a, b) => b.memory.updatedAt - a.memory.updatedAt || (a.memory.id < b.memory.id ? -1 : 1));
  return [...hits, ...extra];
}
