import { affectFromScores, type EmotionAnalysis, labelsFromScores } from "./analyze.ts";
import { EKMAN_LABELS, type EmotionLabel, NUM_LABELS } from "./labels.ts";
import { lexiconVotes } from "./lexicon-reading.ts";
import type { Tokenized } from "./tokenize.ts";

/** No class read from a word list scores higher than this: a hint, never a strong emotion. */
export const LEXICON_MAX_SCORE = 0.6;
/** A word-list reading is never more than this sure (below the "medium" band). */
export const LEXICON_MAX_CONFIDENCE = 0.35;
/** An LLM's zero-shot reading is trusted at most this much. */
export const LLM_MAX_CONFIDENCE = 0.8;
/** A score at or above this, on a non-neutral class, counts as a strong emotion. */
export const STRONG_SCORE = 0.7;

const NEUTRAL = EKMAN_LABELS.indexOf("neutral");

/**
 * Read a message the English model cannot read from emotion words of its language and from emoji
 * (which mean the same in every language). Each word is weak evidence: scores saturate below
 * LEXICON_MAX_SCORE, valence is damped, and confidence stays low; with no cue at all the reading
 * is a faint neutral rather than a guess.
 */
export function analyzeWithLexicon(
  text: string,
  tokens: Tokenized,
  lexicons: readonly string[],
  language: string | null,
): EmotionAnalysis {
  const { votes } = lexiconVotes(text, lexicons);
  for (let c = 0; c < NUM_LABELS; c++) votes[c]! += tokens.cues.lex[c]!;
  const total = votes.reduce((a, b) => a + b, 0);
  const probs = new Float64Array(NUM_LABELS);
  for (let c = 0; c < NUM_LABELS; c++) {
    probs[c] =
      c === NEUTRAL
        ? 0.5 * Math.exp(-0.7 * total) + 0.05
        : LEXICON_MAX_SCORE * (1 - Math.exp(-0.7 * votes[c]!));
  }
  const { scores, labels, dominant } = labelsFromScores(probs);
  const affect = affectFromScores(probs, tokens.cues);
  const confidence = total === 0 ? 0.15 : Math.min(LEXICON_MAX_CONFIDENCE, 0.2 + 0.05 * total);
  return {
    scores,
    labels,
    dominant,
    valence: affect.valence * 0.6,
    arousal: 0.25 + (affect.arousal - 0.25) * 0.6,
    confidence,
    source: "lexicon",
    language,
  };
}

/**
 * Turn per-class scores from an LLM (0..1 each, missing ones 0) into an analysis comparable to
 * the model's. Its confidence is the dominant score scaled down to LLM_MAX_CONFIDENCE: a
 * zero-shot classifier is good but not calibrated, and it never sees the conversation.
 */
export function analysisFromLlmScores(
  raw: Partial<Record<EmotionLabel, number>>,
  tokens: Tokenized,
  language: string | null,
): EmotionAnalysis {
  const probs = new Float64Array(NUM_LABELS);
  EKMAN_LABELS.forEach((l, c) => {
    const v = raw[l];
    probs[c] = typeof v === "number" && Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : Number.NaN;
  });
  // A class the answer left out counts as absent, except neutral, which is whatever no emotion
  // claimed (so an empty answer reads as neutral rather than as a tie won by anger).
  let strongest = 0;
  for (let c = 0; c < NUM_LABELS; c++)
    if (c !== NEUTRAL && probs[c]! >= 0 && probs[c]! > strongest) strongest = probs[c]!;
  for (let c = 0; c < NUM_LABELS; c++) {
    if (Number.isNaN(probs[c]!)) probs[c] = c === NEUTRAL ? 1 - strongest : 0;
  }
  const { scores, labels, dominant, best } = labelsFromScores(probs);
  return {
    scores,
    labels,
    dominant,
    ...affectFromScores(probs, tokens.cues),
    confidence: LLM_MAX_CONFIDENCE * probs[best]!,
    source: "llm",
    language,
  };
}

/**
 * Weaken a model reading of text whose language is unknown: the labels (decided at 0.5) stay,
 * but no emotion may score STRONG_SCORE or more, affect is damped and confidence halved, because
 * the text may be in a language the model only pretends to read.
 */
export function guardReading(a: EmotionAnalysis): EmotionAnalysis {
  const scores = { ...a.scores };
  for (const l of EKMAN_LABELS) if (l !== "neutral") scores[l] = Math.min(scores[l], STRONG_SCORE - 0.05);
  return {
    ...a,
    scores,
    valence: a.valence * 0.6,
    arousal: 0.25 + (a.arousal - 0.25) * 0.6,
    confidence: a.confidence * 0.5,
  };
}

/** True when an analysis reads a non-neutral emotion at STRONG_SCORE or more. */
export function isStrongEmotion(a: EmotionAnalysis): boolean {
  return EKMAN_LABELS.some((l) => l !== "neutral" && a.scores[l] >= STRONG_SCORE);
}
