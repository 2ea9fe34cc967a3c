/**
 * Salience: how much a memory matters. A base value is set at ingest from what the turn contains;
 * the effective value decays with time since the memory was last said or recalled, more slowly for
 * facts and for memories restated often. Decay is computed, never stored, so it cannot compound.
 */
import { clamp01 } from "../../util/math.ts";
import { DAY_MS } from "./time.ts";
import type { EmotionTag, Memory } from "./types.ts";

/** Half-life in days of an episode said once; facts last much longer. */
export const EPISODE_HALF_LIFE_DAYS = 90;
export const FACT_HALF_LIFE_DAYS = 730;

/** Below this effective salience a memory is considered forgotten by `decay()`. */
export const FORGET_THRESHOLD = 0.03;

/**
 * Base salience of a new episode from its content: longer, specific (names, numbers, dates),
 * emotional and fact-bearing turns matter more than small talk.
 */
export function episodeSalience(
  text: string,
  contentTokens: number,
  factCount: number,
  emotion: EmotionTag | undefined,
  timeCue: boolean,
): number {
  if (contentTokens < 3) return 0.1;
  let s = 0.25 + 0.03 * Math.min(contentTokens, 10);
  if (factCount > 0) s += 0.15;
  if (emotion) s += 0.15 * Math.min(1, Math.abs(emotion.valence));
  if (timeCue) s += 0.05;
  // Capitalised words past the sentence start are usually names of people, places or works.
  if (/\s[A-Z][a-z]{2,}/.test(text)) s += 0.05;
  if (/\d/.test(text)) s += 0.03;
  return clamp01(s);
}

/** Time the memory was last reinforced: said again, or recalled into a prompt. */
export function lastReinforced(m: Memory): number {
  return Math.max(m.updatedAt, m.lastRecalledAt ?? 0);
}

/**
 * Effective salience at `now`: the base value halved every half-life, where the half-life grows
 * with the number of mentions (things said repeatedly are remembered longer).
 */
export function effectiveSalience(m: Memory, now: number): number {
  const ageDays = Math.max(0, now - lastReinforced(m)) / DAY_MS;
  const base = m.kind === "fact" ? FACT_HALF_LIFE_DAYS : EPISODE_HALF_LIFE_DAYS;
  const halfLife = base * (1 + Math.log2(Math.max(1, m.mentions)));
  return m.salience * 0.5 ** (ageDays / halfLife);
}
