/**
 * Query analysis for recall: turns the new message into weighted index terms (typed words, names
 * and related-word expansions at lower weights), resolved time windows, the kind of question and
 * the rooms it is about.
 */
import type { WeightedTerm } from "./lexical-index.ts";
import { relatedStems } from "./related-words.ts";
import { roomScores } from "./rooms.ts";
import { stemWord } from "./stemmers.ts";
import { normalizeText, textLanguage } from "./text-language.ts";
import { DAY_MS, findTimeMentions } from "./time.ts";
import { isStopWord, words } from "./tokenize.ts";
import { TUNING } from "./tuning.ts";
import type { RoomId, TimeWindow } from "./types.ts";

/** The interrogative a question turns on; "when" questions favour memories with time cues. */
export type QuestionKind = "when" | "where" | "who" | "why" | "how" | "what" | "other";

/** Everything recall needs to know about a query. */
export interface QueryPlan {
  terms: WeightedTerm[];
  windows: TimeWindow[];
  kind: QuestionKind;
  /** Known speaker-name words that the query mentions. */
  speakers: Set<string>;
  /** Room affinities of the query, scaled so the strongest is 1. */
  rooms: Map<RoomId, number>;
}

const FIRST_PERSON = /\b(i|me|my|mine|myself)\b/i;
/** First-person words of the other locales (Persian and Arabic mark it with suffixes instead). */
const FIRST_PERSON_LOCAL =
  /(?<![\p{L}\p{N}])(я|мне|меня|мой|моя|мою|мои|мені|мене|мій|yo|mi|mis|eu|meu|minha|ich|mein|meine|meinen|je|j|mon|ma|mes|io|mio|mia|ben|benim|saya|aku|من|انا)(?![\p{L}\p{N}])/iu;

/**
 * Interrogatives of the other locales that ask when, where or who; "what"-style words are left
 * out, since only these three kinds change the ranking.
 */
const LOCAL_KINDS: [RegExp, QuestionKind][] = [
  [
    /(?<![\p{L}])(когда|коли|cuándo|quando|wann|quand|kapan|ne zaman|hangi (?:gün|yıl|ay)|چه زماني|متي|في اي (?:يوم|سنة|شهر))(?![\p{L}])/u,
    "when",
  ],
  [
    /(?<![\p{L}])(где|куда|де|куди|dónde|donde|onde|wo|wohin|où|dove|nerede|nereye|di mana|dimana|كجا)(?![\p{L}])/u,
    "where",
  ],
  [
    /(?<![\p{L}])(кто|кого|хто|кого|quién|quem|wer|wen|wem|qui|chi|kim|siapa|چه كسي|مع من)(?![\p{L}])/u,
    "who",
  ],
];

/** Classify the question by its interrogative, looking at the start first and then anywhere. */
export function questionKind(text: string, lang = "en"): QuestionKind {
  if (lang !== "en") {
    const t = normalizeText(text, lang);
    for (const [re, kind] of LOCAL_KINDS) if (re.test(t)) return kind;
    // Arabic "أين" (where) is spelt like Persian "این" (this) once normalised, so only Arabic asks it.
    if (lang === "ar" && /(?<![\p{L}])اين(?![\p{L}])/u.test(t)) return "where";
    return "other";
  }
  const t = text.toLowerCase();
  if (/\b(when|what (year|month|day|date|time)|how long ago|since when|which (year|month|day))\b/.test(t)) {
    return "when";
  }
  const first = /\b(where|who|whom|whose|why|how|what|which)\b/.exec(t)?.[1];
  if (first === "where") return "where";
  if (first === "who" || first === "whom" || first === "whose") return "who";
  if (first === "why") return "why";
  if (first === "how") return "how";
  if (first === "what" || first === "which") return "what";
  return "other";
}

/**
 * Analyse a query against the palace's known speakers. `asker` names the person typing, whose
 * name is implied when the query says "I" or "my". `prior` is the palace's usual language, which
 * settles the language of a question too short to tell. When the palace also holds memories in
 * other languages of the same script (`palaceLanguages`), the typed words are added stemmed the
 * way those languages would stem them, at a lower weight: a short question and the memory it asks
 * about can be detected as two neighbouring languages (Spanish and Portuguese, Russian and
 * Ukrainian), and then only this brings their stems together.
 */
export function planQuery(
  text: string,
  now: number,
  knownSpeakers: ReadonlyMap<string, number>,
  asker?: string,
  prior?: string,
  palaceLanguages: readonly string[] = [],
): QueryPlan {
  const lang = textLanguage(text, prior);
  const speakers = new Set<string>();
  const weights = new Map<string, number>();
  for (const w of words(text, lang)) {
    if (knownSpeakers.has(w)) speakers.add(w);
    if (isStopWord(w, lang)) continue;
    const s = stemWord(w, lang);
    const weight = knownSpeakers.has(w) ? TUNING.nameTermWeight : 1;
    weights.set(s, Math.max(weights.get(s) ?? 0, weight));
  }
  const neighbours = palaceLanguages.filter((l) => l !== lang && sameScript(l, lang));
  for (const other of neighbours) {
    for (const w of words(text, other)) {
      if (isStopWord(w, other)) continue;
      const s = stemWord(w, other);
      if (!weights.has(s)) weights.set(s, TUNING.relatedTermWeight);
    }
  }
  const firstPerson = lang === "en" ? FIRST_PERSON.test(text) : FIRST_PERSON_LOCAL.test(text);
  if (asker && firstPerson) {
    for (const w of words(asker)) if (knownSpeakers.has(w)) speakers.add(w);
  }
  const typed = [...weights.keys()];
  // The related-word groups are English; other languages' stems would only meet them by accident.
  for (const s of lang === "en" ? typed : []) {
    if (weights.get(s)! < 1) continue;
    for (const r of relatedStems(s)) if (!weights.has(r)) weights.set(r, TUNING.relatedTermWeight);
  }
  const terms = [...weights].map(([term, weight]) => ({ term, weight }));

  // An explicit date in the question anchors it; relative words then describe that date, not now.
  const mentions = findTimeMentions(text, now, lang);
  const absolute = mentions.filter((m) => /\d{4}|\p{L}{3,}\.? \d|\d\.? \p{L}{3,}/iu.test(m.phrase));
  const windows = (absolute.length > 0 ? absolute : mentions).map((m) => m.window);

  const rawRooms = roomScores(text);
  const max = Math.max(0, ...rawRooms.values());
  const rooms = new Map<RoomId, number>();
  if (max > 0) for (const [r, v] of rawRooms) rooms.set(r, v / max);

  return { terms, windows, kind: questionKind(text, lang), speakers, rooms };
}

const SCRIPT_OF: Record<string, string> = { ru: "cyrl", uk: "cyrl", fa: "arab", ar: "arab" };
const LATIN_LOCALES = new Set(["en", "es", "pt", "de", "fr", "it", "tr", "id"]);

function sameScript(a: string, b: string): boolean {
  const script = (l: string): string => SCRIPT_OF[l] ?? (LATIN_LOCALES.has(l) ? "latn" : l);
  return script(a) === script(b);
}

/** Slack of a query window: how far outside it a memory's time still partly matches. */
function slackOf(w: TimeWindow): number {
  return Math.min(30 * DAY_MS, Math.max(3 * DAY_MS, (w.end - w.start) / 2));
}

/**
 * The span outside which a memory's creation time alone scores below the 0.05 candidate floor of
 * `temporalMatch` (e^-3 < 0.05), so recall can skip those memories without scoring them.
 */
export function temporalReach(windows: readonly TimeWindow[]): TimeWindow {
  let start = Number.POSITIVE_INFINITY;
  let end = Number.NEGATIVE_INFINITY;
  for (const w of windows) {
    start = Math.min(start, w.start - 3 * slackOf(w));
    end = Math.max(end, w.end + 3 * slackOf(w));
  }
  return { start, end };
}

/**
 * How well a memory's time matches the query windows, in [0, 1]: 1 when it was said in the window
 * or talks about a time inside it, fading for memories said shortly after (people report events
 * later) or before the window.
 */
export function temporalMatch(
  createdAt: number,
  eventWindows: readonly TimeWindow[],
  windows: TimeWindow[],
): number {
  let best = 0;
  for (const w of windows) {
    const slack = slackOf(w);
    for (const e of eventWindows) {
      // Credit the share of the memory's time that falls in the window, so "this year" does not
      // match a question about one month as well as "last Friday" does.
      const overlap = Math.min(e.end, w.end) - Math.max(e.start, w.start);
      if (overlap >= 0) best = Math.max(best, Math.min(1, (overlap + 1) / (e.end - e.start + 1)));
    }
    let s: number;
    if (createdAt >= w.start && createdAt <= w.end) s = 1;
    else if (createdAt > w.end) s = Math.exp(-(createdAt - w.end) / slack);
    else s = 0.5 * Math.exp(-(w.start - createdAt) / slack);
    if (s > best) best = s;
  }
  return best;
}
