/**
 * Tuning constants of indexing and ranking, in one place. They were set on LoCoMo development
 * data with round values and ablations (see bench/memory.ts); the object is mutable only so the
 * benchmark can run ablations, and the engine never changes it.
 */
import type { RecallComponents } from "./types.ts";

/** Knobs of indexing and ranking. */
export interface Tuning {
  /** Weight of neighbour-turn context relative to a memory's own words. */
  contextWeight: number;
  /** Neighbour context kept per side, in characters. */
  contextChars: number;
  /** Weight of the speaker's name as an index term. */
  speakerWeight: number;
  /** Query weight of a typed word that is a known speaker's name. */
  nameTermWeight: number;
  /** Query weight of a related word added by expansion. */
  relatedTermWeight: number;
  /** Share of the best adjacent episode's lexical score an episode borrows at recall. */
  neighbourShare: number;
  /** Recency time constant in days: recency is e^(-age / this). */
  recencyDays: number;
  /** Weights of the score components; lexical relevance is normalised to [0, 1] per query. */
  weights: RecallComponents;
}

/** The values in force. */
export const TUNING: Tuning = {
  contextWeight: 0.5,
  contextChars: 280,
  speakerWeight: 0,
  nameTermWeight: 0.4,
  relatedTermWeight: 0.3,
  neighbourShare: 0.4,
  recencyDays: 120,
  weights: {
    lexical: 1,
    temporal: 0.5,
    recency: 0.04,
    salience: 0.08,
    emotion: 0.1,
    speaker: 0.15,
    room: 0.06,
    cue: 0.12,
  },
};
