/**
 * Memory palace benchmark on LoCoMo: feeds every conversation turn by turn through `ingest` (one
 * palace per conversation, both speakers, session dates as timestamps), ranks source turns by what
 * `recall` returns for each question and reports recall@5/@10 of the evidence turns, overall and
 * per category, next to a BM25+ baseline over `(date) Speaker said, "text"`. Also measures ingest
 * and recall latency (after an untimed warm-up pass) and recall latency in a 10,000-memory palace.
 * Photos arrive as their caption ("[shares a photo: …]"), as a vision step would give the bot;
 * `--no-captions` feeds the bare text. The baseline sees the bare text.
 *
 * A `--data` file in the recall-multilingual format (bench/data/recall-multilingual.json) runs the
 * multilingual benchmark instead (see memory-multilingual.ts).
 *
 * Usage: npm run bench:memory -- [--data <locomo.json | recall-multilingual.json>] [--json] [--no-captions]
 */
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { mulberry32 } from "../src/engines/emotion/rng.ts";
import {
  createMemoryPalace,
  type MemoryPalace,
  type MemoryTurn,
  parseDateText,
} from "../src/engines/memory-palace/index.ts";
import { isMultilingualData, runMultilingual } from "./memory-multilingual.ts";

interface LocomoTurn {
  speaker: string;
  dia_id: string;
  text: string;
  blip_caption?: string;
}
interface LocomoQa {
  question: string;
  evidence?: string[];
  category: number;
}
interface LocomoConversation {
  sample_id: string;
  conversation: Record<string, unknown>;
  qa: LocomoQa[];
}

interface Args {
  data: string;
  json: boolean;
  captions: boolean;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TURN_SPACING_MS = 30_000;
const RECALL_LIMIT = 30;

function parseArgs(argv: string[]): Args {
  const args: Args = {
    data: resolve(ROOT, "../shared/data/locomo/locomo-dev.json"),
    json: false,
    captions: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--data") args.data = resolve(argv[++i] ?? "");
    else if (a === "--json") args.json = true;
    else if (a === "--no-captions") args.captions = false;
  }
  return args;
}

interface Session {
  index: number;
  date: number;
  dateText: string;
  turns: LocomoTurn[];
}

function sessions(conv: LocomoConversation): Session[] {
  const c = conv.conversation;
  const out: Session[] = [];
  for (const key of Object.keys(c)) {
    const m = /^session_(\d+)$/.exec(key);
    if (!m) continue;
    const dateText = c[`session_${m[1]}_date_time`];
    const date = typeof dateText === "string" ? parseDateText(dateText) : undefined;
    if (date === undefined) throw new Error(`${conv.sample_id}: cannot parse date of ${key}`);
    out.push({ index: Number(m[1]), date, dateText: String(dateText), turns: c[key] as LocomoTurn[] });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** A chat turn as the bot would see it: an attached photo arrives as its caption. */
function turnText(t: LocomoTurn, captions: boolean): string {
  return captions && t.blip_caption ? `${t.text} [shares a photo: ${t.blip_caption}]` : t.text;
}

/** Split malformed evidence ("D8:6; D9:17", "D30:05") and keep only ids that exist. */
function resolveEvidence(evidence: string[] | undefined, known: Set<string>): string[] {
  const out = new Set<string>();
  for (const raw of evidence ?? []) {
    for (const part of raw.split(";")) {
      const m = /^\s*D(\d+):0*(\d+)\s*$/.exec(part);
      if (!m) continue;
      const id = `D${Number(m[1])}:${Number(m[2])}`;
      if (known.has(id)) out.add(id);
    }
  }
  return [...out];
}

function recallAt(ranked: string[], evidence: string[], k: number): number {
  const top = new Set(ranked.slice(0, k));
  return evidence.filter((e) => top.has(e)).length / evidence.length;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/** Plain BM25+ (k1 1.2, b 0.75, delta 1) over lower-cased words, for the baseline. */
class Bm25Baseline {
  private readonly docs: Map<string, number>[] = [];
  private readonly lengths: number[] = [];
  private readonly df = new Map<string, number>();
  constructor(
    private readonly ids: string[],
    texts: string[],
  ) {
    for (const t of texts) {
      const tf = new Map<string, number>();
      const toks = t.toLowerCase().match(/[a-z0-9]+/g) ?? [];
      for (const w of toks) tf.set(w, (tf.get(w) ?? 0) + 1);
      for (const w of tf.keys()) this.df.set(w, (this.df.get(w) ?? 0) + 1);
      this.docs.push(tf);
      this.lengths.push(toks.length);
    }
  }
  rank(query: string): string[] {
    const n = this.docs.length;
    const avg = this.lengths.reduce((a, b) => a + b, 0) / n;
    const q = [...new Set(query.toLowerCase().match(/[a-z0-9]+/g) ?? [])];
    const scores = this.docs.map((tf, i) => {
      let s = 0;
      for (const w of q) {
        const f = tf.get(w);
        if (!f) continue;
        const df = this.df.get(w)!;
        const idf = Math.log((n + 1) / df);
        s += idf * ((f * 2.2) / (f + 1.2 * (0.25 + (0.75 * this.lengths[i]!) / avg)) + 1);
      }
      return s;
    });
    return this.ids
      .map((id, i) => ({ id, s: scores[i]! }))
      .sort((a, b) => b.s - a.s)
      .map((x) => x.id);
  }
}

interface Tally {
  r5: number;
  r10: number;
  n: number;
}

function addTally(map: Map<string, Tally>, key: string, r5: number, r10: number): void {
  const t = map.get(key) ?? { r5: 0, r10: 0, n: 0 };
  t.r5 += r5;
  t.r10 += r10;
  t.n++;
  map.set(key, t);
}

function rankedSources(palace: MemoryPalace, question: string, now: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const hit of palace.recall({ text: question, now, limit: RECALL_LIMIT })) {
    for (const id of hit.memory.sourceIds) {
      if (!seen.has(id)) {
        seen.add(id);
        out.push(id);
      }
    }
  }
  return out;
}

function scaleTest(
  data: LocomoConversation[],
  captions: boolean,
): { memories: number; p50: number; p99: number } {
  const target = 10_000;
  const palace = createMemoryPalace({ maxMemories: target });
  const random = mulberry32(42);
  const all = data.flatMap((c) => sessions(c).flatMap((s) => s.turns.map((t) => ({ t, date: s.date }))));
  const vocab = all.flatMap(({ t }) => t.text.split(/\s+/)).filter((w) => /^[a-z]{5,}$/.test(w));
  let round = 0;
  let last = 0;
  while (palace.size < target && round < 20) {
    // Each round replays the turns a year later with a few words swapped, so they are not merged.
    for (const [i, { t, date }] of all.entries()) {
      const toks = turnText(t, captions).split(/\s+/);
      if (round > 0) {
        for (let k = 0; k < 3; k++)
          toks[Math.floor(random() * toks.length)] = vocab[Math.floor(random() * vocab.length)]!;
      }
      last = date + round * 365 * 86_400_000 + i * TURN_SPACING_MS;
      palace.ingest({
        text: toks.join(" "),
        speaker: t.speaker,
        timestamp: last,
        sourceId: `${round}:${t.dia_id}`,
      });
      if (palace.size >= target) break;
    }
    round++;
  }
  const times: number[] = [];
  const questions = data.flatMap((c) => c.qa.map((q) => q.question));
  for (const q of questions) {
    const t0 = performance.now();
    palace.recall({ text: q, now: last + 86_400_000, limit: 10 });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { memories: palace.size, p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const parsed = JSON.parse(readFileSync(args.data, "utf8")) as unknown;
  if (isMultilingualData(parsed)) {
    runMultilingual(parsed, args.json);
    return;
  }
  const data = parsed as LocomoConversation[];
  const overall: Tally = { r5: 0, r10: 0, n: 0 };
  const base: Tally = { r5: 0, r10: 0, n: 0 };
  const perCat = new Map<string, Tally>();
  const recallTimes: number[] = [];
  let ingestMs = 0;
  let turnCount = 0;
  let warmed = false;

  for (const conv of data) {
    const palace = createMemoryPalace();
    const ids: string[] = [];
    const baselineTexts: string[] = [];
    let lastDate = 0;
    for (const s of sessions(conv)) {
      lastDate = s.date;
      for (const [i, t] of s.turns.entries()) {
        const turn: MemoryTurn = {
          text: turnText(t, args.captions),
          speaker: t.speaker,
          timestamp: s.date + i * TURN_SPACING_MS,
          sourceId: t.dia_id,
        };
        const t0 = performance.now();
        palace.ingest(turn);
        ingestMs += performance.now() - t0;
        turnCount++;
        ids.push(t.dia_id);
        baselineTexts.push(`(${s.dateText}) ${t.speaker} said, "${t.text}"`);
      }
    }
    const known = new Set(ids);
    const baseline = new Bm25Baseline(ids, baselineTexts);
    const now = lastDate + 86_400_000;
    if (!warmed) {
      // Let the JIT compile the recall path before timing it; results are unaffected.
      for (const qa of conv.qa) rankedSources(palace, qa.question, now);
      warmed = true;
    }
    for (const qa of conv.qa) {
      const evidence = resolveEvidence(qa.evidence, known);
      if (evidence.length === 0) continue;
      const t0 = performance.now();
      const ranked = rankedSources(palace, qa.question, now);
      recallTimes.push(performance.now() - t0);
      const r5 = recallAt(ranked, evidence, 5);
      const r10 = recallAt(ranked, evidence, 10);
      overall.r5 += r5;
      overall.r10 += r10;
      overall.n++;
      addTally(perCat, String(qa.category), r5, r10);
      const b = baseline.rank(qa.question);
      base.r5 += recallAt(b, evidence, 5);
      base.r10 += recallAt(b, evidence, 10);
      base.n++;
      if (process.env.MEMORY_BENCH_MISSES && r10 < 1) {
        console.error(
          `[${qa.category}] ${qa.question} | evidence ${evidence.join(",")} | got ${ranked.slice(0, 10).join(",")}`,
        );
      }
    }
  }
  recallTimes.sort((a, b) => a - b);
  const scale = scaleTest(data, args.captions);
  const round = (x: number, d = 4): number => Number(x.toFixed(d));
  const per: Record<string, { recall_at_5: number; recall_at_10: number; questions: number }> = {};
  for (const key of [...perCat.keys()].sort()) {
    const t = perCat.get(key)!;
    per[key] = { recall_at_5: round(t.r5 / t.n), recall_at_10: round(t.r10 / t.n), questions: t.n };
  }
  const result = {
    recall_at_5: round(overall.r5 / overall.n),
    recall_at_10: round(overall.r10 / overall.n),
    per_category: per,
    questions: overall.n,
    ingest_us_per_turn: round((ingestMs * 1000) / turnCount, 1),
    recall_p50_ms: round(percentile(recallTimes, 0.5), 3),
    recall_p99_ms: round(percentile(recallTimes, 0.99), 3),
    scale: {
      memories: scale.memories,
      recall_p50_ms: round(scale.p50, 3),
      recall_p99_ms: round(scale.p99, 3),
    },
    baseline: { recall_at_5: round(base.r5 / base.n), recall_at_10: round(base.r10 / base.n) },
  };
  if (args.json) {
    console.log(JSON.stringify(result));
    return;
  }
  const names: Record<string, string> = {
    "1": "multi-hop",
    "2": "temporal",
    "3": "open-domain",
    "4": "single-hop",
    "5": "adversarial",
  };
  console.log(`LoCoMo ${args.data}: ${result.questions} questions, ${turnCount} turns`);
  console.log(`memory palace   R@5 ${result.recall_at_5.toFixed(3)}  R@10 ${result.recall_at_10.toFixed(3)}`);
  console.log(
    `BM25+ baseline  R@5 ${result.baseline.recall_at_5.toFixed(3)}  R@10 ${result.baseline.recall_at_10.toFixed(3)}` +
      `  (palace/baseline: ${(result.recall_at_5 / result.baseline.recall_at_5).toFixed(2)}x / ` +
      `${(result.recall_at_10 / result.baseline.recall_at_10).toFixed(2)}x)`,
  );
  for (const [k, v] of Object.entries(per)) {
    console.log(
      `  ${k} ${(names[k] ?? "").padEnd(12)} R@5 ${v.recall_at_5.toFixed(3)}  R@10 ${v.recall_at_10.toFixed(3)}  (${v.questions} q)`,
    );
  }
  console.log(
    `ingest ${result.ingest_us_per_turn} µs/turn; recall p50 ${result.recall_p50_ms} ms, p99 ${result.recall_p99_ms} ms`,
  );
  console.log(
    `scale: ${scale.memories} memories, recall p50 ${result.scale.recall_p50_ms} ms, p99 ${result.scale.recall_p99_ms} ms`,
  );
}

main();
