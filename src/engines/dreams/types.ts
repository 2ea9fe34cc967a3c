/** Plain data of the dreams engine: what a dream is built from and what comes out. */
import type { Memory } from "../../domain/memory.ts";

/** Formats the message `id` of `locale` with `vars` (I18n#t, as the offline responder takes it). */
export type Translate = (locale: string, id: string, vars?: Record<string, string | number>) => string;

/** Where the user's mood stands, as the emotion engine's mood report gives it. */
export interface DreamMood {
  /** -1 (low) .. 1 (bright). */
  valence: number;
  /** 0 (calm) .. 1 (agitated). */
  arousal: number;
  /** The mood's most salient emotion (anger, joy, sadness, …), or null when none stands out. */
  salient: string | null;
}

/** What a dream is asked for. Every memory must belong to the dreamer: the engine cannot tell. */
export interface DreamRequest {
  /** The dreamer's own memories (any rooms; dreams and sensitive ones are filtered here). */
  memories: readonly Memory[];
  mood?: DreamMood | null;
  /** The locale to dream in (one of the bot's 12). */
  locale: string;
  /** Same seed, same memories, same mood: same dream. */
  seed: number | string;
  /** "/dream about <topic>": dream around memories that mention it, sensitive ones included. */
  topic?: string;
  /** The time the dream is composed at (ms), for preferring recent memories. */
  now: number;
}

/** People, places, feelings and fragments taken from the memories, and the motif chosen. */
export interface DreamElements {
  /** Names of people (and pets) as the user wrote them. */
  people: string[];
  /** Place names as the user wrote them. */
  places: string[];
  /** Short quotations of what the user said, clipped at a word boundary. */
  fragments: string[];
  /** Emotion label that colours the dream (joy, sadness, …; neutral when nothing stands out). */
  feeling: string;
  /** Id of the dream image (see motifs.ts), chosen by seed among those that suit the mood. */
  motif: string;
  /** Ids of the memories the elements came from. */
  memoryIds: string[];
  /** True when the memories held nothing to remix (a new user): the dream is made of motifs only. */
  empty: boolean;
  /** With a topic: whether any memory mentioned it (else the dream is about whatever it found). */
  topicFound: boolean | null;
}

/** A composed dream. */
export interface Dream {
  title: string;
  text: string;
  /** Memories it remixed (all the dreamer's own). */
  usedMemoryIds: string[];
  /** An English prompt for an image model: the dream's imagery and light, no names or quotes. */
  imagePrompt: string;
  elements: DreamElements;
  locale: string;
  /** "offline" for the engine's own composer, "llm" when a model wrote the text. */
  source: "offline" | "llm";
}
