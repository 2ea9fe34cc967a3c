import { clamp } from "../../util/math.ts";
import { featurizeTokens } from "./features.ts";
import { CIRCUMPLEX, EKMAN_LABELS, type EmotionLabel, NUM_LABELS } from "./labels.ts";
import { type EmotionModel, modelLogits } from "./model.ts";
import { type TextCues, type Tokenized, tokenize } from "./tokenize.ts";

/** Which reader produced an analysis: the English model, an LLM, or a small word list. */
export type EmotionSource = "model" | "llm" | "lexicon";

/** What the engine says about one message. */
export interface EmotionAnalysis {
  /**
   * Per-class probability that the class is present (multi-label, so they need not sum to 1),
   * calibrated so that 0.5 is the tuned decision point of that class.
   */
  scores: Record<EmotionLabel, number>;
  /** Multi-label prediction: every class with score ≥ 0.5, or the best one if none reaches it. */
  labels: EmotionLabel[];
  /** The strongest predicted class. */
  dominant: EmotionLabel;
  /** Pleasantness, -1 (very negative) .. 1 (very positive). */
  valence: number;
  /** Activation, 0 (calm) .. 1 (agitated). */
  arousal: number;
  /**
   * How likely the dominant class is right, 0..1. For the model it is calibrated on held-out
   * training folds; for the LLM and the lexicons it is a fixed share of their reading, capped so a
   * lexicon never reaches "medium" (see confidenceLevel).
   */
  confidence: number;
  source: EmotionSource;
  /** Language the message was read as (ISO 639-1), or null when it could not be told. */
  language: string | null;
}

/** Coarse confidence bands, for saying how sure a reading or a mood is. */
export type ConfidenceLevel = "low" | "medium" | "high";

/** Band of a 0..1 confidence: below 0.4 low, below 0.7 medium, else high. */
export function confidenceLevel(confidence: number): ConfidenceLevel {
  return confidence < 0.4 ? "low" : confidence < 0.7 ? "medium" : "high";
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

// Logit nudge from emoji/emoticons. The model sees them as features too, but most are too rare
// in GoEmotions to have learnt weights, and one-token messages are mostly neutral there, so a
// lone "😡" would otherwise read as neutral. An emoji's votes raise its emotion and, being an
// emotional signal at all, lower neutral by the same share.
const LEXICON_NUDGE = 2.5;
const NEUTRAL = EKMAN_LABELS.indexOf("neutral");

/**
 * Valence and arousal from per-class scores placed on the circumplex, raised by shouting and
 * exclamation and lowered by hedges. Shared by every reader so their readings are comparable.
 */
export function affectFromScores(
  probs: ArrayLike<number>,
  cues: TextCues,
): { valence: number; arousal: number } {
  let total = 0;
  let valence = 0;
  let arousal = 0;
  for (let c = 0; c < NUM_LABELS; c++) {
    // Squared probabilities let the clear winner set the tone; a plain mean drags every
    // message toward the middle because weak side classes (often neutral) add up.
    const p = probs[c]! * probs[c]!;
    const point = CIRCUMPLEX[EKMAN_LABELS[c]!];
    total += p;
    valence += p * point.valence;
    arousal += p * point.arousal;
  }
  // Nothing scored at all (a reader with no evidence): calm and neither pleasant nor not.
  valence = total > 0 ? valence / total : 0;
  arousal = total > 0 ? arousal / total : CIRCUMPLEX.neutral.arousal;
  // Shouting, "!!!", "sooo" and "really" raise activation; "a bit", "kinda" lower it.
  const emphasis =
    0.06 * Math.min(cues.exclamations, 3) +
    (cues.capsWords > 0 ? 0.1 : 0) +
    0.05 * Math.min(cues.intensifiers, 2) +
    0.05 * Math.min(cues.elongated, 2) -
    0.08 * Math.min(cues.diminishers, 2);
  return {
    valence: clamp(valence * (1 + Math.max(0, emphasis)), -1, 1),
    arousal: clamp(arousal + emphasis, 0, 1),
  };
}

/**
 * Ensemble logits plus the emoji/emoticon nudge, before thresholds. Training tunes thresholds on
 * exactly these numbers, so the shipped decision points match what analyze() computes.
 */
export function decisionLogits(model: EmotionModel, tokens: Tokenized): Float64Array {
  const logits = new Float64Array(NUM_LABELS);
  modelLogits(model, featurizeTokens(tokens, model.features), logits);
  const lex = tokens.cues.lex;
  const lexTotal = lex.reduce((a, b) => a + b, 0);
  if (lexTotal > 0) {
    for (let c = 0; c < NUM_LABELS; c++) {
      const share = lex[c]! / lexTotal;
      logits[c]! += LEXICON_NUDGE * (c === NEUTRAL ? share - 1 : share);
    }
  }
  return logits;
}

/** Everything an analysis holds apart from valence and arousal, from per-class scores. */
export function labelsFromScores(probs: ArrayLike<number>): {
  scores: Record<EmotionLabel, number>;
  labels: EmotionLabel[];
  dominant: EmotionLabel;
  best: number;
} {
  const scores = {} as Record<EmotionLabel, number>;
  const labels: EmotionLabel[] = [];
  let best = 0;
  for (let c = 0; c < NUM_LABELS; c++) {
    const label = EKMAN_LABELS[c]!;
    scores[label] = probs[c]!;
    if (probs[c]! >= 0.5) labels.push(label);
    if (probs[c]! > probs[best]!) best = c;
  }
  const dominant = EKMAN_LABELS[best]!;
  if (labels.length === 0) labels.push(dominant);
  return { scores, labels, dominant, best };
}

/**
 * Analyse one message with a loaded model: run the ensemble, shift each class by its threshold
 * so 0.5 becomes the decision point, and derive valence and arousal from the result. Confidence
 * is the calibrated probability that the dominant class is present, from a per-class logistic fit
 * of held-out margins (without a fit it falls back to the threshold-shifted score itself).
 */
export function analyzeWithModel(
  model: EmotionModel,
  text: string,
  tokens: Tokenized = tokenize(text),
  language: string | null = null,
): EmotionAnalysis {
  const logits = decisionLogits(model, tokens);
  const probs = new Float64Array(NUM_LABELS);
  for (let c = 0; c < NUM_LABELS; c++) probs[c] = sigmoid(logits[c]! - model.thresholds[c]!);
  const { scores, labels, dominant, best } = labelsFromScores(probs);
  const margin = logits[best]! - model.thresholds[best]!;
  const cal = model.calibration;
  const confidence = cal ? sigmoid(cal[2 * best]! * margin + cal[2 * best + 1]!) : probs[best]!;
  return {
    scores,
    labels,
    dominant,
    ...affectFromScores(probs, tokens.cues),
    confidence,
    source: "model",
    language,
  };
}
