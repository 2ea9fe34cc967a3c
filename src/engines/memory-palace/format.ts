/**
 * Prompt formatting of recalled memories: each line says when it was said and by whom, so the
 * model can tell "last week" from "two years ago" and attribute facts to the right person.
 */
import { formatWhen } from "./time.ts";
import type { Memory } from "./types.ts";

/**
 * One prompt line for a memory, e.g. `[3 weeks ago (12 May 2026)] Anna: I started pottery`.
 * Facts already name their subject, so they are not prefixed with the speaker.
 */
export function formatMemoryLine(m: Memory, now: number): string {
  const when = formatWhen(m.createdAt, now);
  return m.kind === "fact" ? `[${when}] ${m.text}` : `[${when}] ${m.speaker}: ${m.text}`;
}
