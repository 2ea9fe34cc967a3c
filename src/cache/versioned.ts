/**
 * An in-process copy of values that are expensive to load (a mind state, a memory palace, a
 * conversation's recent turns), kept in step across instances by a version token in the shared
 * cache. A reader compares the shared token with the one its copy was made at: equal means no
 * instance has written since, so the copy is served; anything else means load again. A writer
 * publishes a new token after writing, which every other instance's copy then fails to match.
 * Bounded: past `maxEntries` the least recently used copy is dropped.
 */
import { randomUUID } from "node:crypto";
import type { CacheBus } from "./types.ts";

/** One local copy and the version it was made at. */
export interface VersionedEntry<V> {
  value: V;
  version: string;
}

export interface VersionedCacheOptions {
  cache: CacheBus;
  /** Prefix of the shared version keys (`mindv:`, `memv:`, …). */
  prefix: string;
  /** How long a published version lives in the shared cache; without one, copies reload. */
  ttlMs: number;
  maxEntries: number;
}

export interface VersionedCache<V> {
  /**
   * The shared version of `key` ("" when none was published or it expired) and the local copy
   * when it was made at that version (it becomes the most recently used).
   */
  lookup(key: string): Promise<{ version: string; entry: VersionedEntry<V> | undefined }>;
  /** Keeps `value` as the local copy of `key` at `version`. */
  remember(key: string, value: V, version: string): VersionedEntry<V>;
  /** The local copy whatever its version, without touching the recency order. */
  peek(key: string): VersionedEntry<V> | undefined;
  /**
   * Publishes a new version of `key` after a write (random unless given) and returns it. Local
   * copies are left alone: the caller knows whether its copy already holds the write.
   */
  publish(key: string, version?: string): Promise<string>;
}

export function createVersionedCache<V>(options: VersionedCacheOptions): VersionedCache<V> {
  const { cache, prefix, ttlMs, maxEntries } = options;
  const local = new Map<string, VersionedEntry<V>>();

  function remember(key: string, value: V, version: string): VersionedEntry<V> {
    const entry = { value, version };
    local.delete(key);
    local.set(key, entry);
    if (local.size > maxEntries) local.delete(local.keys().next().value!);
    return entry;
  }

  return {
    async lookup(key) {
      // Near: Redis tells this process when another instance publishes, so an unchanged version
      // is known without a round trip.
      const version = (await cache.get(`${prefix}${key}`, { near: true })) ?? "";
      const hit = local.get(key);
      if (!hit || hit.version !== version) return { version, entry: undefined };
      local.delete(key);
      local.set(key, hit);
      return { version, entry: hit };
    },
    remember,
    peek: (key) => local.get(key),
    async publish(key, version = randomUUID()) {
      await cache.set(`${prefix}${key}`, version, ttlMs, { near: true });
      return version;
    },
  };
}
