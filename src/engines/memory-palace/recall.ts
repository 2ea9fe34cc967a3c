/**
 * Hybrid recall ranking: BM25+ relevance over stems and related words, plus time-expression
 * matching, question-type cues, speaker and room priors, recency, salience and emotional
 * congruence. Returns the few memories worth putting into the prompt, best first.
 */
import { planQuery, type QueryPlan, temporalMatch } from "./query.ts";
import { effectiveSalience } from "./salience.ts";
import type { Entry, PalaceStore } from "./store.ts";
import { DAY_MS } from "./time.ts";
import type { EmotionTag, Memory, RecallComponents, RecallHit, RecallQuery } from "./types.ts";

/** Weights of the score components; lexical relevance is normalised to [0, 1] per query. */
export const RECALL_WEIGHTS: Readonly<RecallComponents> = {
  lexical: 1,
  temporal: 0.35,
  recency: 0.04,
  salience: 0.08,
  emotion: 0.1,
  speaker: 0.15,
  room: 0.06,
  cue: 0.12,
};

/** Recency time constant: a memory's recency score is e^(-age / this). */
const RECENCY_TAU_MS = 120 * DAY_MS;

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
 * Rank the store's memories for a query. Candidates are memories sharing a term with the query,
 * plus, when the query names a time, memories from that time. Only candidates whose lexical score
 * plus the largest possible bonus can still reach the top are fully scored. Ties break by recency
 * then id, so equal palaces always answer equally.
 */
export function recallFromStore(store: PalaceStore, q: RecallQuery): RecallHit[] {
  const limit = q.limit ?? 5;
  if (limit <= 0 || store.size === 0) return [];
  const plan = planQuery(q.text, q.now, store.speakers, q.speaker);
  const lex = store.index.score(plan.terms);
  const W = RECALL_WEIGHTS;
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
    for (const e of store.entries.values()) {
      const t = temporalMatch(e.mem.createdAt, e.windows, plan.windows);
      if (t > 0.05) temporal.set(e, t);
    }
  }
  const onlySpeaker = q.onlySpeaker?.toLowerCase();
  const hits: RecallHit[] = [];
  const scored = new Set<Entry>();
  const evaluate = (e: Entry, lexical: number): void => {
    scored.add(e);
    const m = e.mem;
    if (onlySpeaker !== undefined && m.speaker.toLowerCase() !== onlySpeaker) return;
    const c: RecallComponents = {
      lexical,
      temporal: temporal.get(e) ?? 0,
      recency: Math.exp(-Math.max(0, q.now - m.createdAt) / RECENCY_TAU_MS),
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
  // Pass 1: the strongest lexical matches and every temporal match give a provisional cut-off.
  const pool = Math.min(scores.length, Math.max(4 * limit, 32));
  const cut = pool > 0 ? Float64Array.from(scores).sort()[scores.length - pool]! : Number.POSITIVE_INFINITY;
  const lexOf = new Map<Entry, number>();
  for (let i = 0; i < docs.length; i++) {
    if (scores[i]! < cut) continue;
    const e = store.byDoc[docs[i]!]!;
    lexOf.set(e, scores[i]! * inv);
  }
  for (const [e, v] of lexOf) evaluate(e, v);
  if (temporal.size > 0) {
    // Temporal candidates may also match lexically; look their lexical score up once.
    const pending = new Map<number, Entry>();
    for (const e of temporal.keys()) if (!scored.has(e)) pending.set(e.doc, e);
    const lexByDoc = new Map<number, number>();
    if (pending.size > 0)
      for (let i = 0; i < docs.length; i++)
        if (pending.has(docs[i]!)) lexByDoc.set(docs[i]!, scores[i]! * inv);
    for (const e of pending.values()) evaluate(e, lexByDoc.get(e.doc) ?? 0);
  }
  // Pass 2: anything else that could still beat the current limit-th score.
  hits.sort(byScore);
  const bar = hits.length >= limit ? hits[limit - 1]!.score : Number.NEGATIVE_INFINITY;
  const minLex = (bar - maxBonus) / W.lexical;
  for (let i = 0; i < docs.length; i++) {
    const v = scores[i]! * inv;
    if (v < minLex) continue;
    const e = store.byDoc[docs[i]!]!;
    if (!scored.has(e)) evaluate(e, v);
  }
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
