/**
 * Plain-data types of the memory palace. Everything here is JSON-serialisable so that services can
 * persist memories row by row and rebuild a palace from them.
 */

// The records storage shares with the engine live in src/domain, below both layers.
export type { EmotionTag, Memory, PalaceChanges, RoomId } from "../../domain/memory.ts";
export { ROOM_IDS } from "../../domain/memory.ts";

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
  /** Store facts extracted elsewhere (e.g. by an LLM, asynchronously) from `turn`. */
  ingestFacts(facts: ExtractedFact[], turn: MemoryTurn): PalaceChanges;
  /** The memories most worth putting into the prompt for a new message, best first. Read-only. */
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
  /** Record that memories went into a prompt; recalled memories decay from that time on. */
  markRecalled(ids: readonly string[], now: number): PalaceChanges;
  /** Copies of all memories, e.g. to persist the whole palace. */
  all(): Memory[];
  /** Number of memories held. */
  readonly size: number;
}
