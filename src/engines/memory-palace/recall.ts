/**
 * Hybrid recall ranking: BM25+ relevance over stems and related words, plus time-expression
 * matching, question-type cues, speaker and room priors, recency, salience and emotional
 * congruence. Returns the few memories worth putting into the prompt, best first.
 */
import { planQuery, type QueryPlan, temporalMatch } from "./query.ts";
import { effectiveSalience } from "./salience.ts";
import { DAY_MS } from "./time.ts";
import type { Entry, PalaceStore } from "./store.ts";
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
 * plus, when the query names a time, memories from that time; ties break by recency then id so
 * equal palaces always answer equally.
 */
export function recallFromStore(store: PalaceStore, q: RecallQuery): RecallHit[] {
  const limit = q.limit ?? 5;
  if (limit <= 0 || store.size === 0) return [];
  const plan = planQuery(q.text, q.now, store.speakers, q.speaker);
  const lexical = store.index.score(plan.terms);
  let maxLex = 0;
  for (const v of lexical.values()) if (v > maxLex) maxLex = v;

  const candidates = new Set<Entry>();
  for (const doc of lexical.keys()) candidates.add(store.byDoc.get(doc)!);
  const temporal = new Map<Entry, number>();
  if (plan.windows.length > 0) {
    for (const e of store.entries.values()) {
      const t = temporalMatch(e.mem.createdAt, e.windows, plan.windows);
      if (t > 0.05) {
        temporal.set(e, t);
        candidates.add(e);
      }
    }
  }
  const onlySpeaker = q.onlySpeaker?.toLowerCase();
  const W = RECALL_WEIGHTS;
  const hits: RecallHit[] = [];
  for (const e of candidates) {
    const m = e.mem;
    if (onlySpeaker !== undefined && m.speaker.toLowerCase() !== onlySpeaker) continue;
    const c: RecallComponents = {
      lexical: maxLex > 0 ? (lexical.get(e.doc) ?? 0) / maxLex : 0,
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
  }
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      b.memory.createdAt - a.memory.createdAt ||
      (a.memory.id < b.memory.id ? -1 : a.memory.id > b.memory.id ? 1 : 0),
  );
  return hits.slice(0, limit).map((h) => ({ ...h, memory: cloneMemory(h.memory) }));
}
