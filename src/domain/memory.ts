/**
 * Records of long-term memory that both the storage layer and the memory palace engine speak.
 * Everything here is plain, JSON-serialisable data, so memories can be stored row by row and a
 * palace rebuilt from them without the database code depending on the engine.
 */

/**
 * Life areas a memory is filed under. "episodes" holds turns that fit no specific area; "dreams"
 * holds dreams Velro composed (never something the user said, so recall leaves that room out).
 */
export const ROOM_IDS = [
  "identity",
  "people",
  "work",
  "education",
  "hobbies",
  "preferences",
  "plans",
  "events",
  "health",
  "places",
  "pets",
  "feelings",
  "episodes",
  "documents",
  "dreams",
] as const;

/** The room the files a user sends (text, Markdown, PDF) are kept in, chunk by chunk. */
export const DOCUMENT_ROOM = "documents" satisfies RoomId;

/** The room dreams are filed in; what is in it is invention, never a fact about the user. */
export const DREAM_ROOM = "dreams" satisfies RoomId;

/** One of ROOM_IDS. */
export type RoomId = (typeof ROOM_IDS)[number];

/** An emotion tag: a label from any emotion model and a valence in [-1, 1]. */
export interface EmotionTag {
  label: string;
  valence: number;
}

/** A stored memory: a verbatim episode (a turn), a distilled fact, or a dream Velro composed. */
export interface Memory {
  id: string;
  room: RoomId;
  text: string;
  speaker: string;
  kind: "fact" | "episode" | "dream";
  createdAt: number;
  updatedAt: number;
  /** Every message the memory was built from; merges append, never drop. */
  sourceIds: string[];
  /** Base importance in [0, 1] at `updatedAt`; the effective value decays with age. */
  salience: number;
  emotion?: EmotionTag;
  /** How many turns restated this memory (1 = said once). */
  mentions: number;
  lastRecalledAt?: number;
  /** Text of the neighbouring turns of the same conversation, indexed at a lower weight. */
  context?: string;
  /** Pinned by the user: always considered in recall, never faded out or evicted. */
  pinned?: boolean;
}

/** What a palace operation changed, so a service can write exactly that back to storage. */
export interface PalaceChanges {
  added: Memory[];
  updated: Memory[];
  removed: string[];
  /**
   * Memories whose only change is having been recalled (at `at`, ms): written as that one column,
   * not the whole row — a turn recalls a handful of memories, and rewriting each in full was most
   * of what a turn cost the database.
   */
  recalled?: MemoryRecall[];
}

/** A memory recalled at `at` (ms since epoch). */
export interface MemoryRecall {
  id: string;
  at: number;
}
