/**
 * Hybrid recall ranking: BM25+ relevance over stems and related words, plus time-expression
 * matching, question-type cues, speaker and room priors, recency, salience and emotional
 * congruence. Returns the few memories worth putting into the prompt, best first.
 */
import type { ScoreResult } from "./lexical-index.ts";
import { planQuery, type QueryPlan, temporalMatch, temporalReach } from "./query.ts";
import { effectiveSalience } from "./salience.ts";
import type { Entry, PalaceStore } from "./store.ts";
import { DAY_MS } from "./time.ts";
import { TUNING } from "./tuning.ts";
import type { EmotionTag, Memory, RecallComponents, RecallHit, RecallQuery } from "./types.ts";

/** Emotional congruence in [0, 1]: close valence, plus a bonus for the same label. */
export function emotionalCongruence(a: EmotionTag | undefined, b: EmotionTag | undefined): number {
  if (!a || !b) return 0;
  const close = 1 - Math.min(2, Math.abs(a.valence - b.valence)) / 2;
  const same = a.label.toLowerCase() === b.label.toLowerCase() ? 0.25 : 0;
  return Math.min(1, close * 0.75 + same);
}

function cueScore(plan: QueryPlan, e: Entry): number {
  switch (plan.kind) {
    case "when":
      return e.windows.length > 0 ? 1 : e.timeCue ? 0.6 : 0;
    case "where":
      return e.mem.room === "places" || e.mem.room === "events" ? 0.6 : 0;
    case "who":
      return e.mem.room === "people" ? 0.6 : 0;
    default:
      return 0;
  }
}

function cloneMemory(m: Memory): Memory {
  return { ...m, sourceIds: [...m.sourceIds], ...(m.emotion ? { emotion: { ...m.emotion } } : {}) };
}

/**
 * Let each episode borrow a share of its best neighbour's lexical score. Context indexing reaches
 * one turn away; this reaches the turn after a reply too, where answers to a topic often sit.
 */
export function spreadToNeighbours(store: PalaceStore, lex: ScoreResult, share: number): ScoreResult {
  const n = lex.docs.length;
  if (share <= 0 || n === 0) return lex;
  const { own, mark, gen } = store.scratch();
  // Only the strongest matches lend score: a weak match's share cannot move anything into the top.
  const cut = n > SPREAD_SOURCES ? kthLargest(lex.scores, SPREAD_SOURCES) : Number.NEGATIVE_INFINITY;
  const sources: Entry[] = [];
  for (let i = 0; i < n; i++) {
    if (lex.scores[i]! < cut) continue;
    own[lex.docs[i]!] = lex.scores[i]!;
    sources.push(store.byDoc[lex.docs[i]!]!);
  }
  const out: ScoreResult = { docs: [], scores: [], max: 0 };
  const emit = (e: Entry, base: number): void => {
    mark[e.doc] = gen;
    const p = e.prev ? own[e.prev.doc]! : 0;
    const q = e.next ? own[e.next.doc]! : 0;
    const s = base + share * Math.max(p, q);
    if (s <= 0) return;
    out.docs.push(e.doc);
    out.scores.push(s);
    if (s > out.max) out.max = s;
  };
  for (let i = 0; i < n; i++) emit(store.byDoc[lex.docs[i]!]!, lex.scores[i]!);
  for (const e of sources) {
    if (e.prev && mark[e.prev.doc] !== gen) emit(e.prev, 0);
    if (e.next && mark[e.next.doc] !== gen) emit(e.next, 0);
  }
  for (const e of sources) own[e.doc] = 0;
  return out;
}

/** How many of the best lexical matches lend score to their neighbours. */
const SPREAD_SOURCES = 256;

/** The k-th largest value of `xs` (1-based), by quickselect on a copy. */
function kthLargest(xs: readonly number[], k: number): number {
  const a = Float64Array.from(xs);
  let lo = 0;
  let hi = a.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! > pivot) i++;
      while (a[j]! < pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i] = a[j]!;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return a[target]!;
}

/**
 * Rank the store's memories for a query. Candidates are memories sharing a term with the query,
 * plus, when the query names a time, memories from that time. Only candidates whose lexical score
 * plus the largest possible bonuses can still reach the top are fully scored. Ties break by recency
 * then id, so equal palaces always answer equally.
 */
export function recallFromStore(store: PalaceStore, q: RecallQuery): RecallHit[] {
  const limit = q.limit ?? 5;
  if (limit <= 0 || store.size === 0) return [];
  const plan = planQuery(
    q.text,
    q.now,
    store.speakers,
    q.speaker,
    store.dominantLanguage,
    store.languageList,
  );
  const lex = spreadToNeighbours(store, store.index.score(plan.terms), TUNING.neighbourShare);
  const W = TUNING.weights;
  const maxBonus =
    (plan.windows.length > 0 ? W.temporal : 0) +
    W.recency +
    W.salience +
    (q.emotion ? W.emotion : 0) +
    (plan.speakers.size > 0 ? W.speaker : 0) +
    (plan.rooms.size > 0 ? W.room : 0) +
    (plan.kind === "when" || plan.kind === "where" || plan.kind === "who" ? W.cue : 0);

  const temporal = new Map<Entry, number>();
  if (plan.windows.length > 0) {
    const reach = temporalReach(plan.windows);
    for (const e of store.entries.values()) {
      const at = e.mem.createdAt;
      if (e.windows.length === 0 && (at < reach.start || at > reach.end)) continue;
      const t = temporalMatch(at, e.windows, plan.windows);
      if (t > 0.05) temporal.set(e, t);
    }
  }
  const onlySpeaker = q.onlySpeaker?.toLowerCase();
  const hits: RecallHit[] = [];
  const { lexical, mark, gen } = store.scratch();
  const evaluate = (e: Entry, lexScore: number): void => {
    mark[e.doc] = gen;
    const m = e.mem;
    if (onlySpeaker !== undefined && m.speaker.toLowerCase() !== onlySpeaker) return;
    // A dream is invention: recalling it as something the user said would present it as a fact.
    if (m.kind === "dream") return;
    const c: RecallComponents = {
      lexical: lexScore,
      temporal: temporal.get(e) ?? 0,
      recency: Math.exp(-Math.max(0, q.now - m.createdAt) / (TUNING.recencyDays * DAY_MS)),
      salience: effectiveSalience(m, q.now),
      emotion: emotionalCongruence(q.emotion, m.emotion),
      speaker: plan.speakers.size > 0 && e.speakerWords.some((w) => plan.speakers.has(w)) ? 1 : 0,
      room: plan.rooms.get(m.room) ?? 0,
      cue: cueScore(plan, e),
    };
    const score =
      W.lexical * c.lexical +
      W.temporal * c.temporal +
      W.recency * c.recency +
      W.salience * c.salience +
      W.emotion * c.emotion +
      W.speaker * c.speaker +
      W.room * c.room +
      W.cue * c.cue;
    hits.push({ memory: m, score, components: c });
  };

  const { docs, scores } = lex;
  const inv = lex.max > 0 ? 1 / lex.max : 0;
  for (let i = 0; i < docs.length; i++) lexical[docs[i]!] = scores[i]! * inv;
  // Pass 1: the strongest lexical matches give a provisional cut-off.
  const pool = Math.min(scores.length, Math.max(4 * limit, 32));
  const cut = pool > 0 ? kthLargest(scores, pool) * inv : Number.POSITIVE_INFINITY;
  for (const doc of docs) if (lexical[doc]! >= cut) evaluate(store.byDoc[doc]!, lexical[doc]!);
  hits.sort(byScore);
  if (hits.length < limit) {
    // Too few lexical matches to set a bar: score every temporal match as well.
    for (const e of temporal.keys()) if (mark[e.doc] !== gen) evaluate(e, lexical[e.doc]!);
    hits.sort(byScore);
  }
  // Pass 2: anything else whose best possible score can still beat the current limit-th score.
  const bar = hits.length >= limit ? hits[limit - 1]!.score : Number.NEGATIVE_INFINITY;
  const otherBonus = maxBonus - (plan.windows.length > 0 ? W.temporal : 0);
  for (const [e, t] of temporal) {
    if (mark[e.doc] !== gen && W.lexical * lexical[e.doc]! + W.temporal * t + otherBonus >= bar)
      evaluate(e, lexical[e.doc]!);
  }
  const minLex = (bar - maxBonus) / W.lexical;
  for (const doc of docs) {
    const v = lexical[doc]!;
    if (v < minLex) continue;
    const e = store.byDoc[doc]!;
    if (mark[e.doc] !== gen) evaluate(e, v);
  }
  for (const doc of docs) lexical[doc] = 0;
  hits.sort(byScore);
  return hits.slice(0, limit).map((h) => ({ ...h, memory: cloneMemory(h.memory) }));
}

function byScore(a: RecallHit, b: RecallHit): number {
  return (
    b.score - a.score ||
    b.memory.createdAt - a.memory.createdAt ||
    (a.memory.id < b.memory.id ? -1 : a.memory.id > b.memory.id ? 1 : 0)
  );
}
