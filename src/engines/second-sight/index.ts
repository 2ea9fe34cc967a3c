/**
 * Public surface of the second-sight engine: notices when a message is a decision, torn between
 * feelings, or too unclear to answer, and says what to do about it (one clarifying question, or
 * two or three perspectives voiced by different personas). Pure: text (and optionally the emotion
 * engine) in, plain data and Fluent message ids out.
 */
export { CONTRAST_VALENCE, detectSecondSight, MIXED_SCORE, optionsIn } from "./detect.ts";
export {
  type LabelledMessage,
  type PrecisionRecall,
  type SightScores,
  scoreSecondSight,
} from "./evaluate.ts";
export { offlineSight, perspectivesPrompt, sightDirective, VOICES } from "./perspectives.ts";
export type {
  EmotionReader,
  SecondSightReading,
  SightAction,
  SightKind,
  Translate,
} from "./types.ts";
