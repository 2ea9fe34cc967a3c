import { featurizeTokens } from "./features.ts";
import { CIRCUMPLEX, EKMAN_LABELS, type EmotionLabel, NUM_LABELS } from "./labels.ts";
import { type EmotionModel, modelLogits } from "./model.ts";
import { type TextCues, type Tokenized, tokenize } from "./tokenize.ts";

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
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

// Logit nudge from emoji/emoticons. The model sees them as features too, but most are too rare
// in GoEmotions to have learnt weights, and one-token messages are mostly neutral there, so a
// lone "😡" would otherwise read as neutral. An emoji's votes raise its emotion and, being an
// emotional signal at all, lower neutral by the same share.
const LEXICON_NUDGE = 2.5;
const NEUTRAL = EKMAN_LABELS.indexOf("neutral");

function affectFromScores(probs: Float64Array, cues: TextCues): { valence: number; arousal: number } {
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
  valence /= total;
  arousal /= total;
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

/**
 * Analyse one message with a loaded model: run the ensemble, shift each class by its threshold
 * so 0.5 becomes the decision point, and derive valence and arousal from the result.
 */
export function analyzeWithModel(model: EmotionModel, text: string): EmotionAnalysis {
  const tokens = tokenize(text);
  const logits = decisionLogits(model, tokens);
  const probs = new Float64Array(NUM_LABELS);
  for (let c = 0; c < NUM_LABELS; c++) probs[c] = sigmoid(logits[c]! - model.thresholds[c]!);
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
  return { scores, labels, dominant, ...affectFromScores(probs, tokens.cues) };
}
