/**
 * The memory palace as the user edits it (the Mini App's memory page): add a memory in their own
 * words, correct or move one, pin one so it is always considered, search, and see which memories
 * the last reply used. Also the mood's history by day. Every change goes through the memory store,
 * so other instances reload the palace and the next turn, in Telegram or in the app, sees it.
 */
import { randomUUID } from "node:crypto";
import type { CacheBus } from "../cache/types.ts";
import type { MoodDayView, MoodHistoryRepository, MoodReading } from "../db/mood-history-repository.ts";
import { MAX_PINNED } from "../engines/memory-palace/index.ts";
import type { Memory, RoomId } from "../engines/memory-palace/types.ts";
import type { MemoryStore } from "./memory-store.ts";

export interface MemoryEditingDeps {
  memories: MemoryStore;
  /** Where the ids of the memories each reply used are noted (for "used in the last reply"). */
  cache?: CacheBus;
  moodHistory?: MoodHistoryRepository;
}

/** Why a memory change was refused. */
export type MemoryRefusal = "not_found" | "too_many_pinned" | "empty";

export type MemoryResult = { ok: true; memory: Memory } | { ok: false; reason: MemoryRefusal };

// "Which memories the last reply used" matters while the user looks at that reply; a month is ample.
const LAST_USED_TTL_MS = 30 * 24 * 3_600_000;
const lastUsedKey = (userId: number, chatId: number) => `memused:${userId}:${chatId}`;

/** Creates the editing operations over a user's palace. */
export function memoryEditing(deps: MemoryEditingDeps) {
  const { memories } = deps;

  return {
    /** Files a memory the user wrote as a fact (merged into a near-duplicate if there is one). */
    async addMemory(
      userId: number,
      input: { text: string; room?: RoomId; speaker: string },
      now = Date.now(),
    ): Promise<MemoryResult> {
      const text = input.text.trim();
      if (!text) return { ok: false, reason: "empty" };
      const changes = await memories.change(userId, (palace) =>
        palace.ingestFacts([{ text, room: input.room, salience: 0.8 }], {
          text,
          speaker: input.speaker,
          timestamp: now,
          sourceId: `app:${randomUUID()}`,
        }),
      );
      const memory = changes.added[0] ?? changes.updated[0];
      return memory ? { ok: true, memory } : { ok: false, reason: "empty" };
    },

    /** Corrects a memory's text and/or moves it to another room. */
    async editMemory(
      userId: number,
      id: string,
      change: { text?: string; room?: RoomId },
      now = Date.now(),
    ): Promise<MemoryResult> {
      const palace = await memories.palaceFor(userId);
      if (!palace.get(id)) return { ok: false, reason: "not_found" };
      if (change.text !== undefined && !change.text.trim()) return { ok: false, reason: "empty" };
      await memories.change(userId, (p) => p.edit(id, change, now));
      return { ok: true, memory: (await memories.palaceFor(userId)).get(id)! };
    },

    /** Pins or unpins a memory; at most MAX_PINNED are pinned at once. */
    async pinMemory(userId: number, id: string, on: boolean): Promise<MemoryResult> {
      const palace = await memories.palaceFor(userId);
      const memory = palace.get(id);
      if (!memory) return { ok: false, reason: "not_found" };
      if (on && !memory.pinned && palace.pinnedCount >= MAX_PINNED)
        return { ok: false, reason: "too_many_pinned" };
      await memories.change(userId, (p) => p.pin(id, on));
      return { ok: true, memory: (await memories.palaceFor(userId)).get(id)! };
    },

    /**
     * Memories matching a search, best first: recall's ranking restricted to memories sharing a
     * word with the query (stems, related words, every script), then plain substring matches.
     */
    async searchMemories(userId: number, query: string, limit = 30, now = Date.now()): Promise<Memory[]> {
      const palace = await memories.palaceFor(userId);
      const ranked = palace
        .recall({ text: query, now, limit })
        .filter((h) => h.components.lexical > 0 || h.components.temporal > 0)
        .map((h) => h.memory);
      const seen = new Set(ranked.map((m) => m.id));
      const needle = query.trim().toLocaleLowerCase();
      const literal = needle
        ? palace.all().filter((m) => !seen.has(m.id) && m.text.toLocaleLowerCase().includes(needle))
        : [];
      return [...ranked, ...literal].filter((m) => m.kind !== "dream").slice(0, limit);
    },

    /** Notes which memories went into a reply (called after each turn). */
    async noteRecall(userId: number, chatId: number, ids: readonly string[]): Promise<void> {
      await deps.cache?.set(lastUsedKey(userId, chatId), JSON.stringify(ids), LAST_USED_TTL_MS);
    },

    /** The memories the last reply in a chat used, as they are now (deleted ones left out). */
    async lastUsedMemories(userId: number, chatId: number): Promise<Memory[]> {
      const raw = await deps.cache?.get(lastUsedKey(userId, chatId));
      if (!raw) return [];
      let ids: unknown;
      try {
        ids = JSON.parse(raw);
      } catch {
        return [];
      }
      if (!Array.isArray(ids)) return [];
      const palace = await memories.palaceFor(userId);
      return ids.flatMap((id) => (typeof id === "string" ? (palace.get(id) ?? []) : []));
    },

    /** Adds a message's reading to the day's mood (private chats; the app charts them). */
    async recordMood(userId: number, chatId: number, at: Date, reading: MoodReading): Promise<void> {
      await deps.moodHistory?.record(userId, chatId, at, reading);
    },

    /** The mood by day over the last `days` days, oldest first. */
    async moodDays(userId: number, chatId: number, days: number, now = Date.now()): Promise<MoodDayView[]> {
      if (!deps.moodHistory) return [];
      const since = new Date(now - days * 86_400_000);
      since.setUTCHours(0, 0, 0, 0);
      return deps.moodHistory.days(userId, chatId, since);
    },
  };
}

export type MemoryEditing = ReturnType<typeof memoryEditing>;
