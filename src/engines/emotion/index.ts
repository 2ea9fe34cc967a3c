import { analyzeWithModel, type EmotionAnalysis } from "./analyze.ts";
import type { EmotionModel } from "./model.ts";
import { loadDefaultModel } from "./weights-io.ts";

export type { EmotionAnalysis } from "./analyze.ts";
export { EKMAN_LABELS, type EmotionLabel } from "./labels.ts";
export type { EmotionModel } from "./model.ts";
export {
  type AffectState,
  botAffect,
  describeMood,
  emptyMood,
  type MoodState,
  restoreMood,
  type Temperament,
  updateMood,
} from "./mood.ts";
export { toneHint } from "./tone.ts";
export { decodeModel, encodeModel, loadDefaultModel } from "./weights-io.ts";

/** Scores chat messages for Ekman emotions, valence and arousal. */
export interface EmotionEngine {
  analyze(text: string): EmotionAnalysis;
}

/**
 * Build an emotion engine around a model, by default the weights shipped in this folder (read
 * from disk once per process; nothing is downloaded). Analysis is pure and synchronous.
 */
export function createEmotionEngine(model?: EmotionModel): EmotionEngine {
  const m = model ?? loadDefaultModel();
  return { analyze: (text: string) => analyzeWithModel(m, text) };
}
