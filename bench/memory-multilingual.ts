/**
 * Multilingual recall benchmark (bench/data/recall-multilingual.json): for each locale, one palace
 * hears a user tell 25 facts about herself on 25 days, with unrelated chat and the bot's replies
 * between them; a month later every fact is asked about by a question in the same language.
 * Reports recall@5 and recall@10 of the fact's turn among the sources of what `recall` returns,
 * per locale, with each locale's gap to English and the time per stored turn and per recall.
 * A second pass puts all locales into one palace (a user who writes in twelve languages), where no
 * dominant language can settle a short question and every other language is noise.
 */
import { readFileSync } from "node:fs";
import { createMemoryPalace, type MemoryPalace } from "../src/engines/memory-palace/index.ts";

/** One locale of the data file. */
export interface LocaleSet {
  speaker: string;
  facts: { text: string; question: string }[];
  distractors: string[];
  replies: string[];
}

/** The data file: `format` tells it apart from LoCoMo's array. */
export interface MultilingualData {
  format: "recall-multilingual/1";
  locales: Record<string, LocaleSet>;
}

/** True when parsed JSON is a multilingual recall file rather than LoCoMo. */
export function isMultilingualData(data: unknown): data is MultilingualData {
  return (
    typeof data === "object" &&
    data !== null &&
    (data as { format?: unknown }).format === "recall-multilingual/1"
  );
}

const DAY_MS = 86_400_000;
const START = Date.UTC(2025, 0, 6, 9);
const RECALL_LIMIT = 20;
const BOT = "Velro";

interface LocaleResult {
  recall_at_5: number;
  recall_at_10: number;
  questions: number;
  gap_to_en_at_5?: number;
  gap_to_en_at_10?: number;
  ingest_us_per_turn: number;
  recall_us: number;
}

function rankedSources(palace: MemoryPalace, question: string, now: number, speaker: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const hit of palace.recall({ text: question, now, limit: RECALL_LIMIT, speaker })) {
    for (const id of hit.memory.sourceIds) {
      if (!seen.has(id)) {
        seen.add(id);
        out.push(id);
      }
    }
  }
  return out;
}

type Say = (text: string, speaker: string, timestamp: number, sourceId: string) => void;

/**
 * Fact i on day i; then the bot answers, and some unrelated chat follows the same day. Each
 * distractor and reply is said once, so merged repeats cannot crowd the ranking. `offset` spreads
 * several locales over one day.
 */
function tell(lang: string, set: LocaleSet, say: Say, offset = 0): void {
  set.facts.forEach((fact, i) => {
    const day = START + i * DAY_MS + offset;
    say(fact.text, set.speaker, day, `${lang}:f${i}`);
    if (i < set.replies.length) say(set.replies[i]!, BOT, day + 30_000, `${lang}:r${i}`);
    const d = set.distractors[i];
    if (d) say(d, set.speaker, day + 3 * 3_600_000, `${lang}:d${i}`);
  });
}

function runLocale(lang: string, set: LocaleSet, misses: boolean, shared?: MemoryPalace): LocaleResult {
  const palace = shared ?? createMemoryPalace();
  let ingestMs = 0;
  let turns = 0;
  const say = (text: string, speaker: string, timestamp: number, sourceId: string): void => {
    const t0 = performance.now();
    palace.ingest({ text, speaker, timestamp, sourceId });
    ingestMs += performance.now() - t0;
    turns++;
  };
  if (!shared) tell(lang, set, say);
  const now = START + (set.facts.length + 30) * DAY_MS;
  let r5 = 0;
  let r10 = 0;
  let recallMs = 0;
  set.facts.forEach((fact, i) => {
    const t0 = performance.now();
    const ranked = rankedSources(palace, fact.question, now, set.speaker);
    recallMs += performance.now() - t0;
    const id = `${lang}:f${i}`;
    const pos = ranked.indexOf(id);
    if (pos >= 0 && pos < 5) r5++;
    if (pos >= 0 && pos < 10) r10++;
    else if (misses)
      console.error(
        `[${lang}] ${fact.question} | wanted: ${fact.text} | got ${ranked.slice(0, 5).join(",")}`,
      );
  });
  const n = set.facts.length;
  return {
    recall_at_5: r5 / n,
    recall_at_10: r10 / n,
    questions: n,
    ingest_us_per_turn: (ingestMs * 1000) / turns,
    recall_us: (recallMs * 1000) / n,
  };
}

/** Run every locale (twice: the first pass warms the JIT and is discarded) and print the result. */
export function runMultilingual(data: MultilingualData, json: boolean): void {
  const misses = Boolean(process.env.MEMORY_BENCH_MISSES);
  for (const [lang, set] of Object.entries(data.locales)) runLocale(lang, set, false);
  const per: Record<string, LocaleResult> = {};
  for (const [lang, set] of Object.entries(data.locales)) per[lang] = runLocale(lang, set, misses);
  // One palace for all locales, each locale's turns a few minutes after the previous locale's.
  const shared = createMemoryPalace();
  const locales = Object.entries(data.locales);
  const ingest: Say = (text, speaker, timestamp, sourceId) => {
    shared.ingest({ text, speaker, timestamp, sourceId });
  };
  for (const [k, [lang, set]] of locales.entries()) tell(lang, set, ingest, k * 5 * 60_000);
  const mixed: Record<string, { recall_at_5: number; recall_at_10: number }> = {};
  for (const [lang, set] of locales) {
    const r = runLocale(lang, set, false, shared);
    mixed[lang] = {
      recall_at_5: Number(r.recall_at_5.toFixed(3)),
      recall_at_10: Number(r.recall_at_10.toFixed(3)),
    };
  }
  const en = per.en;
  const round = (x: number, d = 3): number => Number(x.toFixed(d));
  let worstGap = 0;
  for (const r of Object.values(per)) {
    if (en) {
      r.gap_to_en_at_5 = round(en.recall_at_5 - r.recall_at_5);
      r.gap_to_en_at_10 = round(en.recall_at_10 - r.recall_at_10);
      worstGap = Math.max(worstGap, r.gap_to_en_at_5, r.gap_to_en_at_10);
    }
    r.recall_at_5 = round(r.recall_at_5);
    r.recall_at_10 = round(r.recall_at_10);
    r.ingest_us_per_turn = round(r.ingest_us_per_turn, 1);
    r.recall_us = round(r.recall_us, 1);
  }
  const all = Object.values(per);
  const mean = (f: (r: LocaleResult) => number): number =>
    round(all.reduce((a, r) => a + f(r), 0) / all.length);
  const result = {
    recall_at_5: mean((r) => r.recall_at_5),
    recall_at_10: mean((r) => r.recall_at_10),
    worst_gap_to_en: round(worstGap),
    questions: all.reduce((a, r) => a + r.questions, 0),
    per_locale: per,
    one_palace_all_locales: mixed,
  };
  if (json) {
    console.log(JSON.stringify(result));
    return;
  }
  console.log(`Multilingual recall: ${result.questions} questions in ${all.length} locales`);
  for (const [lang, r] of Object.entries(per)) {
    console.log(
      `  ${lang}  R@5 ${r.recall_at_5.toFixed(3)}  R@10 ${r.recall_at_10.toFixed(3)}` +
        (lang === "en" ? "" : `  (vs en ${-(r.gap_to_en_at_5 ?? 0)} / ${-(r.gap_to_en_at_10 ?? 0)})`) +
        `  ingest ${r.ingest_us_per_turn} µs/turn, recall ${r.recall_us} µs`,
    );
  }
  console.log(
    `mean R@5 ${result.recall_at_5}  R@10 ${result.recall_at_10}; worst gap to English ${result.worst_gap_to_en}`,
  );
  console.log(
    `one palace, all locales: ${Object.entries(mixed)
      .map(([l, r]) => `${l} ${r.recall_at_5.toFixed(2)}/${r.recall_at_10.toFixed(2)}`)
      .join("  ")}`,
  );
}

/** Load a data file and run it. */
export function runMultilingualFile(path: string, json: boolean): void {
  const data = JSON.parse(readFileSync(path, "utf8")) as unknown;
  if (!isMultilingualData(data)) throw new Error(`${path} is not a recall-multilingual/1 file`);
  runMultilingual(data, json);
}
