/**
 * Each user's memory palace, loaded from the database on first use and kept in process (bounded,
 * least recently used first out). Every change is written through at once; a version token in the
 * shared cache makes other instances reload a palace this instance changed.
 */
import { randomUUID } from "node:crypto";
import type { CacheBus } from "../cache/types.ts";
import { createVersionedCache } from "../cache/versioned.ts";
import type { MindRepository } from "../db/mind-repository.ts";
import { createMemoryPalace } from "../engines/memory-palace/index.ts";
import type { MemoryPalace, PalaceChanges } from "../engines/memory-palace/types.ts";

const TOKEN_TTL_MS = 7 * 24 * 3_600_000;

/** Folds several change sets into one, so a turn writes once. */
export function mergeChanges(...sets: PalaceChanges[]): PalaceChanges {
  const added = new Map<string, PalaceChanges["added"][number]>();
  const updated = new Map<string, PalaceChanges["updated"][number]>();
  const removed = new Set<string>();
  const recalled = new Map<string, number>();
  for (const s of sets) {
    for (const m of s.added) added.set(m.id, m);
    for (const m of s.updated) {
      if (added.has(m.id)) added.set(m.id, m);
      else updated.set(m.id, m);
    }
    for (const id of s.removed) {
      if (!added.delete(id)) removed.add(id);
      updated.delete(id);
      recalled.delete(id);
    }
    for (const r of s.recalled ?? []) recalled.set(r.id, Math.max(recalled.get(r.id) ?? 0, r.at));
  }
  // A memory written in full carries its latest recall with it (its copy may predate the recall).
  const withRecall = (m: PalaceChanges["added"][number]) => {
    const at = recalled.get(m.id);
    if (at === undefined) return m;
    recalled.delete(m.id);
    return at > (m.lastRecalledAt ?? 0) ? { ...m, lastRecalledAt: at } : m;
  };
  return {
    added: [...added.values()].map(withRecall),
    updated: [...updated.values()].map(withRecall),
    removed: [...removed],
    recalled: [...recalled].map(([id, at]) => ({ id, at })),
  };
}

/** Creates the store. `maxPalaces` bounds how many users' palaces stay in memory. */
export function createMemoryStore(minds: MindRepository, cache: CacheBus, maxPalaces = 1_000) {
  const palaces = createVersionedCache<MemoryPalace>({
    cache,
    prefix: "memv:",
    ttlMs: TOKEN_TTL_MS,
    maxEntries: maxPalaces,
  });

  async function palaceFor(userId: number): Promise<MemoryPalace> {
    const { version, entry } = await palaces.lookup(String(userId));
    if (entry) return entry.value;
    const palace = createMemoryPalace({
      memories: await minds.loadMemories(userId),
      idFactory: () => randomUUID(),
    });
    palaces.remember(String(userId), palace, version);
    // Stale, low-salience memories fade out whenever a palace is (re)loaded, so a user who comes
    // back after months finds what mattered, not every passing remark.
    await persist(userId, palace.decay(Date.now()));
    return palace;
  }

  /** Writes a change set and bumps the user's version token. */
  async function persist(userId: number, changes: PalaceChanges): Promise<void> {
    if (
      !changes.added.length &&
      !changes.updated.length &&
      !changes.removed.length &&
      !changes.recalled?.length
    ) {
      return;
    }
    await minds.applyChanges(userId, changes);
    const version = await palaces.publish(String(userId));
    // The local palace is the one the change was made on, so it is current at the new version.
    const entry = palaces.peek(String(userId));
    if (entry) entry.version = version;
  }

  /** Runs a palace operation and persists what it changed. */
  async function change(userId: number, op: (palace: MemoryPalace) => PalaceChanges): Promise<PalaceChanges> {
    const palace = await palaceFor(userId);
    const changes = op(palace);
    await persist(userId, changes);
    return changes;
  }

  return { palaceFor, persist, change };
}

export type MemoryStore = ReturnType<typeof createMemoryStore>;
