import { analyzeWithModel, type EmotionAnalysis } from "./analyze.ts";
import { readingPlan } from "./language-gate.ts";
import type { EmotionModel } from "./model.ts";
import { analyzeWithLexicon, guardReading } from "./readings.ts";
import { tokenize } from "./tokenize.ts";
import { loadDefaultModel } from "./weights-io.ts";

export {
  type ConfidenceLevel,
  confidenceLevel,
  type EmotionAnalysis,
  type EmotionSource,
} from "./analyze.ts";
export { EKMAN_LABELS, type EmotionLabel } from "./labels.ts";
export { type ReadingPlan, readingPlan } from "./language-gate.ts";
export type { EmotionModel } from "./model.ts";
export {
  type AffectState,
  botAffect,
  describeMood,
  emptyMood,
  HIGH_MOOD,
  LOW_MOOD,
  type MoodCertainty,
  type MoodState,
  moodCertainty,
  restoreMood,
  type Temperament,
  updateMood,
} from "./mood.ts";
export {
  analysisFromLlmScores,
  isStrongEmotion,
  LEXICON_MAX_CONFIDENCE,
  LEXICON_MAX_SCORE,
  LLM_MAX_CONFIDENCE,
  STRONG_SCORE,
} from "./readings.ts";
export { toneHint } from "./tone.ts";
export { decodeModel, encodeModel, loadDefaultModel } from "./weights-io.ts";

/** Options of one analysis. */
export interface AnalyzeOptions {
  /**
   * The message's language when the caller knows it (ISO 639-1 or a Telegram language_code);
   * otherwise it is detected from the text.
   */
  language?: string | null;
}

/** Scores chat messages for Ekman emotions, valence, arousal and how sure it is. */
export interface EmotionEngine {
  analyze(text: string, options?: AnalyzeOptions): EmotionAnalysis;
}

/**
 * Build an emotion engine around a model, by default the weights shipped in this folder (read
 * from disk once per process; nothing is downloaded). English (and language-free text such as
 * emoji) is read by the model; any other language by a small word list at low confidence, never
 * by the English n-grams. Analysis is pure and synchronous.
 */
export function createEmotionEngine(model?: EmotionModel): EmotionEngine {
  const m = model ?? loadDefaultModel();
  return {
    analyze(text, options = {}) {
      const plan = readingPlan(text, options.language);
      const tokens = tokenize(text);
      if (!plan.model) return analyzeWithLexicon(text, tokens, plan.lexicons, plan.language);
      const reading = analyzeWithModel(m, text, tokens, plan.language);
      return plan.guarded ? guardReading(reading) : reading;
    },
  };
}
