/**
 * Plain-data types of the memory palace. Everything here is JSON-serialisable so that services can
 * persist memories row by row and rebuild a palace from them.
 */

// The records storage shares with the engine live in src/domain, below both layers.
export type { EmotionTag, Memory, PalaceChanges, RoomId } from "../../domain/memory.ts";
export { DOCUMENT_ROOM, DREAM_ROOM, ROOM_IDS } from "../../domain/memory.ts";

import type { EmotionTag, Memory, PalaceChanges, RoomId } from "../../domain/memory.ts";

/** One chat turn as it arrives; `timestamp` is ms since epoch, `sourceId` the message id. */
export interface MemoryTurn {
  text: string;
  speaker: string;
  timestamp: number;
  sourceId: string;
  emotion?: EmotionTag;
}

/** A fact distilled from a turn, by the offline rules or by an LLM (see `ingestFacts`). */
export interface ExtractedFact {
  /** Self-contained statement, e.g. "Caroline's sister is called Anna". */
  text: string;
  /** Room to file under; classified from the text when omitted. */
  room?: RoomId;
  /** Importance in [0, 1]; a default per room is used when omitted. */
  salience?: number;
}

/** A composed dream to keep: its text, when it was dreamt, and where it came from. */
export interface DreamRecord {
  text: string;
  timestamp: number;
  /** What caused it ("dream:<id>"), so storage can tell one dream from another. */
  sourceId: string;
  /** Importance in [0, 1] (default 0.4): dreams fade like episodes. */
  salience?: number;
  emotion?: EmotionTag;
}

/** A document the user sent, cut into chunks to file in the "documents" room. */
export interface DocumentRecord {
  /** The file name the user sees ("report.pdf"); each chunk is labelled with it. */
  name: string;
  /** The document's text in pieces of a few hundred words, in order. */
  chunks: string[];
  speaker: string;
  timestamp: number;
  /** Where it came from ("doc:<chat>:<message>"): filing the same source again replaces it. */
  sourceId: string;
}

/** A recall request: the new message, the current time and optional current emotion. */
export interface RecallQuery {
  text: string;
  now: number;
  emotion?: EmotionTag;
  /** Maximum number of hits (default 5). */
  limit?: number;
  /** Who is asking; their own memories get a small boost when the question says "I"/"my". */
  speaker?: string;
  /** Restrict to memories of this speaker. */
  onlySpeaker?: string;
}

/** Score components of a hit, for debugging and for explaining why a memory surfaced. */
export interface RecallComponents {
  lexical: number;
  recency: number;
  salience: number;
  temporal: number;
  emotion: number;
  speaker: number;
  room: number;
  cue: number;
}

/** A recalled memory with its total score and the parts the score is made of. */
export interface RecallHit {
  memory: Memory;
  score: number;
  components: RecallComponents;
}

/** How many memories a room holds and when it last changed. */
export interface RoomSummary {
  room: RoomId;
  count: number;
  /** Most recent `updatedAt` in the room, or undefined when empty. */
  lastUpdatedAt?: number;
}

/** A closed time interval [start, end] in ms since epoch. */
export interface TimeWindow {
  start: number;
  end: number;
}

/** Options of `createMemoryPalace`. */
export interface MemoryPalaceOptions {
  /** Memories loaded from storage. */
  memories?: Memory[];
  /** Per-user bound; the least salient memories are evicted beyond it (default 10,000). */
  maxMemories?: number;
  /** Id generator; defaults to a deterministic counter so equal inputs give equal palaces. */
  idFactory?: () => string;
  /** Turns further apart than this (ms) belong to different conversations (default 6 h). */
  sessionGapMs?: number;
  /** Run the offline fact rules on every turn (default true); turn off when an LLM supplies facts. */
  ruleFacts?: boolean;
}

/** One user's long-term memory. Every mutation returns what changed, for storage to apply. */
export interface MemoryPalace {
  /** Store a chat turn as an episode (merged into a near-duplicate if one exists) plus rule facts. */
  ingest(turn: MemoryTurn): PalaceChanges;
  /**
   * File a dream Velro composed in the "dreams" room (kind "dream"). Recall never returns dreams,
   * so they are never retold as something the user said.
   */
  fileDream(dream: DreamRecord): PalaceChanges;
  /**
   * File a document's chunks in the "documents" room (kind "fact", so they fade slowly), replacing
   * what an earlier filing of the same source, or of a file of the same name by the same speaker,
   * left there. Chunks are never merged with other memories.
   */
  fileDocument(doc: DocumentRecord): PalaceChanges;
  /** Store facts extracted elsewhere (e.g. by an LLM, asynchronously) from `turn`. */
  ingestFacts(facts: ExtractedFact[], turn: MemoryTurn): PalaceChanges;
  /**
   * The memories most worth putting into the prompt for a new message, best first, followed by the
   * pinned ones the ranking left out. Read-only.
   */
  recall(query: RecallQuery): RecallHit[];
  /** Every room with its memory count. */
  rooms(): RoomSummary[];
  /** Copies of the memories, optionally of one room. */
  list(room?: RoomId): Memory[];
  /** A copy of one memory. */
  get(id: string): Memory | undefined;
  /** Forget one memory. */
  remove(id: string): PalaceChanges;
  /** Forget a whole room ("forget everything about my health"). */
  removeRoom(room: RoomId): PalaceChanges;
  /** Forget everything. */
  clear(): PalaceChanges;
  /** Forget memories whose decayed salience fell below the threshold at `now`. */
  decay(now: number): PalaceChanges;
  /** Pin or unpin a memory: a pinned one is always recalled and never decays or is evicted. */
  pin(id: string, on: boolean): PalaceChanges;
  /** Correct a memory's text and/or move it to another room (reinforced at `now`). */
  edit(id: string, change: { text?: string; room?: RoomId }, now: number): PalaceChanges;
  /** How many memories are pinned. */
  readonly pinnedCount: number;
  /** Record that memories went into a prompt; recalled memories decay from that time on. */
  markRecalled(ids: readonly string[], now: number): PalaceChanges;
  /** Copies of all memories, e.g. to persist the whole palace. */
  all(): Memory[];
  /** Number of memories held. */
  readonly size: number;
}
