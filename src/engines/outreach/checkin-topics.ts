/**
 * What a check-in asks about. Best is a follow-up: something the user said would happen ("my
 * interview is tomorrow") whose day has now passed, asked the day after. Next best is something
 * recent that mattered to them (work, plans, people, health). Otherwise a plain "how are you".
 * A memory is never asked about twice, and a topic the user ignored (no answer to the check-in)
 * is never raised again, even through another memory that shares its words.
 */
import type { Memory, RoomId } from "../../domain/memory.ts";
import { textLanguage } from "../memory-palace/text-language.ts";
import { findTimeMentions } from "../memory-palace/time.ts";
import { contentStems } from "../memory-palace/tokenize.ts";

const DAY_MS = 86_400_000;
/** A passed event is followed up within this long of its day's end; later it is old news. */
const FOLLOW_UP_WITHIN_MS = 3 * DAY_MS;
/** "Recent" for a memory worth asking about. */
const RECENT_MS = 5 * DAY_MS;

/** Rooms whose memories make a natural question; facts such as likes or a name do not. */
const ASKABLE: ReadonlySet<RoomId> = new Set<RoomId>([
  "work",
  "education",
  "plans",
  "events",
  "people",
  "health",
  "hobbies",
  "pets",
  "places",
  "episodes",
]);

/** A check-in asked before, and what came of it. */
export interface AskedTopic {
  memoryId: string | null;
  stems: string[];
  /** True: the user answered; false: ignored; null: not yet known. */
  answered: boolean | null;
}

export type CheckinTopic =
  | {
      kind: "followup" | "recent";
      memoryId: string;
      text: string;
      /** When the memory was said. */
      at: number;
      stems: string[];
    }
  | { kind: "general"; memoryId: null; stems: [] };

const isStemLike = (s: string) => s.length >= 3;

/** True when a memory shares most of its words with a topic the user ignored. */
function echoesIgnored(stems: string[], ignored: Set<string>[]): boolean {
  const own = new Set(stems.filter(isStemLike));
  if (!own.size) return false;
  return ignored.some((topic) => {
    let shared = 0;
    for (const s of own) if (topic.has(s)) shared++;
    return shared >= Math.min(2, own.size) || shared / own.size >= 0.5;
  });
}

/**
 * What a memory says about an event it announced: the end of that day-sized event once it has
 * passed (recently), or "upcoming" while it still lies ahead (then it waits for its follow-up).
 */
function announcedEvent(m: Memory, lang: string, now: number): number | "upcoming" | undefined {
  const said = m.createdAt;
  const saidDay = Math.floor(said / DAY_MS) * DAY_MS;
  for (const mention of findTimeMentions(m.text, said, lang)) {
    const { start, end } = mention.window;
    // Something said to lie ahead (today or later, at most a week), no longer than a couple of days.
    if (start < saidDay || start > said + 7 * DAY_MS || end - start > 2 * DAY_MS) continue;
    if (end >= now) return "upcoming";
    if (now - end <= FOLLOW_UP_WITHIN_MS) return end;
  }
  return undefined;
}

/**
 * Picks the topic of the next check-in from a user's memories at `now`, never one in `asked` and
 * never one echoing an ignored topic. Dreams, documents and facts about tastes are left out.
 */
export function pickCheckinTopic(
  memories: readonly Memory[],
  asked: readonly AskedTopic[],
  now: number,
): CheckinTopic {
  const askedIds = new Set(asked.map((a) => a.memoryId).filter((id): id is string => id !== null));
  const ignored = asked.filter((a) => a.answered === false).map((a) => new Set(a.stems));
  const candidates = memories.filter(
    (m) => m.kind !== "dream" && ASKABLE.has(m.room) && !askedIds.has(m.id) && m.createdAt <= now,
  );
  let best: { m: Memory; score: number; kind: "followup" | "recent"; stems: string[] } | undefined;
  for (const m of candidates) {
    const recent = now - m.createdAt <= RECENT_MS;
    if (!recent && now - m.createdAt > 10 * DAY_MS) continue;
    const lang = textLanguage(m.text);
    const event = announcedEvent(m, lang, now);
    if (event === "upcoming") continue;
    const end = event;
    if (end === undefined && !recent) continue;
    const stems = contentStems(m.text, lang);
    if (stems.length === 0 || echoesIgnored(stems, ignored)) continue;
    // Follow-ups first (the sooner after the event the better), then salient recent memories.
    const score =
      end !== undefined ? 10 - (now - end) / DAY_MS : m.salience * (1 - (now - m.createdAt) / RECENT_MS);
    if (!best || score > best.score)
      best = { m, score, kind: end !== undefined ? "followup" : "recent", stems };
  }
  if (!best) return { kind: "general", memoryId: null, stems: [] };
  return { kind: best.kind, memoryId: best.m.id, text: best.m.text, at: best.m.createdAt, stems: best.stems };
}

/** How many of the latest check-ins in a row went unanswered (newest first in `asked`). */
export function ignoredInRow(asked: readonly AskedTopic[]): number {
  let n = 0;
  for (const a of asked) {
    if (a.answered !== false) break;
    n++;
  }
  return n;
}
