/** The six Ekman basic emotions plus neutral, in the fixed order used by every vector in this engine. */
export const EKMAN_LABELS = ["anger", "disgust", "fear", "joy", "sadness", "surprise", "neutral"] as const;

/** One of the seven Ekman-plus-neutral classes. */
export type EmotionLabel = (typeof EKMAN_LABELS)[number];

/** Number of output classes; vectors of scores and weights are laid out with this stride. */
export const NUM_LABELS = EKMAN_LABELS.length;

/**
 * Where each class sits on Russell's circumplex (valence -1..1, arousal 0..1); the engine blends
 * these by predicted probability, because GoEmotions has no valence/arousal annotation of its own.
 */
export const CIRCUMPLEX: Record<EmotionLabel, { valence: number; arousal: number }> = {
  anger: { valence: -0.75, arousal: 0.85 },
  disgust: { valence: -0.7, arousal: 0.6 },
  fear: { valence: -0.7, arousal: 0.8 },
  joy: { valence: 0.7, arousal: 0.6 },
  sadness: { valence: -0.75, arousal: 0.25 },
  surprise: { valence: 0.1, arousal: 0.8 },
  neutral: { valence: 0, arousal: 0.2 },
};
