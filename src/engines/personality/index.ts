/**
 * Public API of the personality engine: built-in and custom personas, per-user style learning
 * and per-reply style directives. Pure: plain data in, plain data out, no I/O, no clocks.
 */
export {
  createCustomPersona,
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  parseName,
} from "./custom-persona.ts";
export { styleDirectives } from "./directives.ts";
export { SAFETY_BOUNDARIES } from "./guard.ts";
export { type DetectedLanguage, detectLanguage, languageName } from "./language.ts";
export { parsePersona, parseStyleProfile, serializePersona } from "./persona-codec.ts";
export { renderPersonaPrompt } from "./persona-prompt.ts";
export { DEFAULT_PERSONA_ID, getPersona, PERSONAS } from "./personas.ts";
export {
  applyFeedback,
  initialStyleProfile,
  observeUserMessage,
  preferredLanguage,
} from "./style-profile.ts";
export type {
  BigFive,
  EmotionInput,
  MoodInput,
  Persona,
  PersonaResult,
  Range,
  Sampling,
  StyleBounds,
  StyleDimension,
  StyleDirectives,
  StyleDirectivesInput,
  StyleFeedback,
  StyleProfile,
  StyleValues,
  Temperament,
} from "./types.ts";
