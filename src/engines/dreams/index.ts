/**
 * Public surface of the dreams engine: a short dream remixing the people, places, feelings and
 * words a user mentioned, from their memories and mood. Offline it is composed from per-locale
 * Fluent templates (deterministic by seed); with an LLM the same elements go into `dreamPrompt`.
 * Pure: the caller passes one user's memories, a translate function and a seed; no I/O here.
 */
export { composeDream, composeDreamText, dreamImagePrompt } from "./compose.ts";
export {
  dreamCandidates,
  dreamElements,
  fragmentOf,
  MAX_DREAM_MEMORIES,
  namesIn,
  seedOf,
} from "./elements.ts";
export { MOTIFS, type MoodBand, type Motif, moodBand } from "./motifs.ts";
export { DREAM_MAX_CHARS, dreamPrompt, parseDreamReply } from "./prompt.ts";
export { isSensitiveMemory, mentionsSensitive, SENSITIVE_VALENCE } from "./sensitive.ts";
export type { Dream, DreamElements, DreamMood, DreamRequest, Translate } from "./types.ts";
