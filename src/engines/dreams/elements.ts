/**
 * What a dream is made of: the memories chosen (the dreamer's own, no dreams, nothing sensitive
 * unless asked), and the people, places, feelings and fragments taken from them. Names are found
 * the cheap way, by capitalisation, only where a name keeps its form in a sentence (so not in
 * Russian or Ukrainian cases, except after "зовут/звати"; not German nouns; Turkish names before
 * their apostrophe suffix; none in Arabic script): everything else reaches the dream as a quotation.
 */
import type { Memory } from "../../domain/memory.ts";
import { fnv1a } from "../../util/hash.ts";
import { mulberry32 } from "../emotion/rng.ts";
import { textLanguage } from "../memory-palace/text-language.ts";
import { contentStems } from "../memory-palace/tokenize.ts";
import { MOTIFS, moodBand } from "./motifs.ts";
import { isSensitiveMemory } from "./sensitive.ts";
import type { DreamElements, DreamRequest } from "./types.ts";

const DAY_MS = 86_400_000;
/** How many memories one dream remixes at most. */
export const MAX_DREAM_MEMORIES = 4;
const FRAGMENT_CHARS = 70;
const SKIPPED_ROOMS = new Set<string>(["dreams", "documents"]);

/** A seed as a 32-bit number (strings are hashed). */
export const seedOf = (seed: number | string): number =>
  typeof seed === "number" ? seed >>> 0 : fnv1a(seed);

// Capitalised words that are not names.
const NOT_NAMES = new Set(
  "i i'm i've i'd i'll ok okay god monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays january february march april may june july august september october november december english christmas easter tv".split(
    " ",
  ),
);

// Prepositions after which a capitalised word in these languages is a place, keeping its form.
const PLACE_BEFORE: Record<string, Set<string>> = {
  en: new Set(["in", "to", "from", "at", "near", "visit", "visited", "visiting"]),
  es: new Set(["en", "a", "desde", "de", "visité"]),
  pt: new Set(["em", "para", "no", "na", "de", "do", "da"]),
  fr: new Set(["à", "a", "en", "de", "vers"]),
  it: new Set(["a", "in", "da", "di"]),
  de: new Set(["in", "nach", "aus", "von"]),
  id: new Set(["di", "ke", "dari"]),
};
// Languages where a capitalised word mid-sentence is a name and keeps its form.
const NAME_LANGUAGES = new Set(["en", "es", "pt", "fr", "it", "id"]);

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}[\p{L}\p{M}-]*$/u;

/** Names of people and places in one memory, in the form the user wrote them. */
export function namesIn(text: string, room: string, lang: string): { people: string[]; places: string[] } {
  const people: string[] = [];
  const places: string[] = [];
  const add = (list: string[], name: string) => {
    if (!list.includes(name) && !NOT_NAMES.has(name.toLowerCase())) list.push(name);
  };
  if (lang === "tr") {
    // Turkish sets a proper noun's suffix off with an apostrophe: "İstanbul'a", "Ayşe'yle".
    for (const m of text.matchAll(/(\p{Lu}\p{Ll}+)['’]\p{Ll}+/gu))
      add(room === "places" ? places : people, m[1]!);
    return { people, places };
  }
  if (lang === "ru" || lang === "uk") {
    // Only after "зовут"/"звати" is a name sure to be in its own (nominative) form.
    for (const m of text.matchAll(/(?:зовут|звати|звуть)\s+(\p{Lu}\p{Ll}+)/gu)) add(people, m[1]!);
    return { people, places };
  }
  const sentences = text.split(/(?<=[.!?…])\s+/u);
  for (const sentence of sentences) {
    const words = [...sentence.matchAll(WORD)].map((m) => m[0].replace(/['’]s$/u, ""));
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!;
      if (!CAPITALISED.test(w)) continue;
      const before = words[i - 1]!.toLowerCase();
      // A place is named after a place preposition ("in Lisbon"); any other name is a person's.
      if (PLACE_BEFORE[lang]?.has(before)) add(places, w);
      else if (NAME_LANGUAGES.has(lang)) add(people, w);
    }
  }
  return { people, places };
}

/** A memory's words as a short quotation: whole words, no closing punctuation. */
export function fragmentOf(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= FRAGMENT_CHARS) return flat.replace(/[.!…]+$/u, "");
  const cut = flat.slice(0, FRAGMENT_CHARS);
  const space = cut.lastIndexOf(" ");
  return `${(space > 20 ? cut.slice(0, space) : cut).replace(/[,;:.!…]+$/u, "")}…`;
}

/** True when the memory mentions the topic (any shared content stem). */
function mentions(m: Memory, topicStems: Set<string>): boolean {
  if (topicStems.size === 0) return false;
  return contentStems(m.text).some((s) => topicStems.has(s));
}

/**
 * One memory per message, in the given order: a fact distilled from a turn says what the turn
 * said ("Ann loves painting"), so a dream quoting both would say it twice. The turn itself (the
 * user's own words) is kept over its facts.
 */
function onePerMessage(sorted: Memory[]): Memory[] {
  const episodes = new Set(sorted.filter((m) => m.kind === "episode").flatMap((m) => m.sourceIds));
  const seen = new Set<string>();
  const out: Memory[] = [];
  for (const m of sorted) {
    if (m.kind !== "episode" && m.sourceIds.some((s) => episodes.has(s))) continue;
    if (m.sourceIds.some((s) => seen.has(s))) continue;
    for (const s of m.sourceIds) seen.add(s);
    out.push(m);
  }
  return out;
}

/**
 * The memories a dream may use, best first: never dreams, questions or near-empty turns; sensitive
 * ones only when they mention the topic the user asked for. Salience, recency and restatement
 * decide the order. Returns whether the topic matched anything.
 */
export function dreamCandidates(request: DreamRequest): { memories: Memory[]; topicFound: boolean | null } {
  const topic = request.topic?.trim();
  const topicStems = new Set(topic ? contentStems(topic) : []);
  const usable = request.memories.filter(
    (m) =>
      // Dreams are not dreamt again, and a document's chunks are not something the user lived.
      !SKIPPED_ROOMS.has(m.room) &&
      m.kind !== "dream" &&
      m.text.trim().length >= 8 &&
      !/[?？؟]\s*$/u.test(m.text),
  );
  const score = (m: Memory) => {
    const ageDays = Math.max(0, request.now - m.createdAt) / DAY_MS;
    return (0.3 + m.salience) * Math.exp(-ageDays / 30) * (1 + 0.2 * Math.log2(Math.max(1, m.mentions)));
  };
  const byScore = (a: Memory, b: Memory) => score(b) - score(a) || (a.id < b.id ? -1 : 1);
  const distinct = (list: Memory[]) => onePerMessage(list.sort(byScore));
  if (topic) {
    const onTopic = usable.filter((m) => mentions(m, topicStems));
    if (onTopic.length) return { memories: distinct(onTopic), topicFound: true };
    return { memories: distinct(usable.filter((m) => !isSensitiveMemory(m))), topicFound: false };
  }
  return { memories: distinct(usable.filter((m) => !isSensitiveMemory(m))), topicFound: null };
}

/**
 * The elements of a dream: up to MAX_DREAM_MEMORIES memories drawn by seed from the best twelve
 * (weighted by rank), their names and a quotation or two, the feeling (the mood's salient emotion,
 * else the commonest emotion of the memories), and a motif that suits the mood's valence.
 */
export function dreamElements(request: DreamRequest): DreamElements {
  const rand = mulberry32(seedOf(request.seed));
  const { memories, topicFound } = dreamCandidates(request);
  const pool = memories.slice(0, 12);
  const chosen: Memory[] = [];
  while (chosen.length < MAX_DREAM_MEMORIES && pool.length) {
    // Rank weights 1, 1/2, 1/3…: the best memories are likelier, the rest still get a turn.
    const weights = pool.map((_, i) => 1 / (i + 1));
    let r = rand() * weights.reduce((a, b) => a + b, 0);
    let i = 0;
    while (i < pool.length - 1 && r >= weights[i]!) r -= weights[i++]!;
    chosen.push(pool.splice(i, 1)[0]!);
  }
  const people: string[] = [];
  const places: string[] = [];
  const fragments: string[] = [];
  const feelings = new Map<string, number>();
  for (const m of chosen) {
    const names = namesIn(m.text, m.room, textLanguage(m.text));
    for (const p of names.people) if (!people.includes(p)) people.push(p);
    for (const p of names.places) if (!places.includes(p) && !people.includes(p)) places.push(p);
    if (fragments.length < 2 && names.people.length + names.places.length === 0)
      fragments.push(fragmentOf(m.text));
    const label = m.emotion?.label;
    if (label && label !== "neutral") feelings.set(label, (feelings.get(label) ?? 0) + 1);
  }
  // A memory with names still gives a quotation when nothing else would.
  if (!fragments.length && chosen.length && people.length + places.length === 0)
    fragments.push(fragmentOf(chosen[0]!.text));
  const commonest = [...feelings].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const feeling = request.mood?.salient ?? commonest ?? "neutral";
  const band = moodBand(request.mood?.valence ?? 0);
  const motifs = MOTIFS.filter((m) => m.band === band);
  const motif = motifs[Math.floor(rand() * motifs.length)]!.id;
  return {
    people: people.slice(0, 2),
    places: places.slice(0, 1),
    fragments,
    feeling,
    motif,
    memoryIds: chosen.map((m) => m.id),
    empty: chosen.length === 0,
    topicFound,
  };
}
