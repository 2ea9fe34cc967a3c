/**
 * What one palace operation changed (added, updated, removed memories), reported so the store can
 * persist exactly that, and how new memories get their ids.
 */
import type { Memory, PalaceChanges } from "./types.ts";

export function clone(m: Memory): Memory {
  return { ...m, sourceIds: [...m.sourceIds], ...(m.emotion ? { emotion: { ...m.emotion } } : {}) };
}

export function emptyChanges(): PalaceChanges {
  return { added: [], updated: [], removed: [] };
}

/** Accumulates changes of one operation; a memory added then evicted in it is reported as neither. */
export class ChangeLog {
  private readonly added = new Map<string, Memory>();
  private readonly updated = new Map<string, Memory>();
  private readonly removed = new Set<string>();
  private readonly recalled = new Map<string, number>();

  add(m: Memory): void {
    this.added.set(m.id, m);
  }
  update(m: Memory): void {
    if (!this.added.has(m.id)) this.updated.set(m.id, m);
  }
  /** `m` was recalled (its lastRecalledAt is already set); a fuller change of it covers this. */
  recall(m: Memory): void {
    this.recalled.set(m.id, m.lastRecalledAt ?? 0);
  }
  remove(id: string): void {
    this.recalled.delete(id);
    if (this.added.delete(id)) return;
    this.updated.delete(id);
    this.removed.add(id);
  }
  result(): PalaceChanges {
    const changes: PalaceChanges = {
      added: [...this.added.values()].map(clone),
      updated: [...this.updated.values()].map(clone),
      removed: [...this.removed],
    };
    const recalled = [...this.recalled]
      .filter(([id]) => !this.added.has(id) && !this.updated.has(id))
      .map(([id, at]) => ({ id, at }));
    if (recalled.length) changes.recalled = recalled;
    return changes;
  }
}

/** Ids "m<n>" continuing after the highest one already taken. */
export function defaultIdFactory(existing: Iterable<string>): () => string {
  let n = 0;
  for (const id of existing) {
    const m = /^m(\d+)$/.exec(id);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return () => `m${++n}`;
}
