/**
 * Public surface of the memory palace engine: long-term memory per user, organised in rooms, with
 * offline fact extraction, near-duplicate merging, decay, a size bound and hybrid recall.
 */
export { extractFacts } from "./extract.ts";
export { formatMemoryLine } from "./format.ts";
export { createMemoryPalace, DEFAULT_MAX_MEMORIES } from "./palace.ts";
export { MAX_PINNED } from "./pins.ts";
export { classifyRoom, roomScores } from "./rooms.ts";
export { effectiveSalience } from "./salience.ts";
export { stem } from "./stemmer.ts";
export { stemWord } from "./stemmers.ts";
export { MEMORY_LOCALES, textLanguage } from "./text-language.ts";
export { findTimeMentions, formatDate, formatWhen, parseDateText, timeWindows } from "./time.ts";
export { contentStems } from "./tokenize.ts";
export * from "./types.ts";
