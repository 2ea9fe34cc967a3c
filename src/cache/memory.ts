/**
 * The in-process CacheBus: correct for a single instance, nothing to install. Expired keys are
 * swept lazily on access and periodically, so memory stays bounded by what is live.
 */
import { EventEmitter } from "node:events";
import type { BusHandler, CacheBus, RateLimitResult } from "./types.ts";

interface Entry {
  value: string;
  expiresAt: number;
}

/** Creates an in-process CacheBus; `now` is injectable so tests can move time. */
export function createMemoryCacheBus(options: { now?: () => number; sweepMs?: number } = {}): CacheBus {
  const now = options.now ?? Date.now;
  const store = new Map<string, Entry>();
  const windows = new Map<string, number[]>();
  const lists = new Map<string, { items: string[]; expiresAt: number }>();
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);

  const live = (key: string): Entry | undefined => {
    const e = store.get(key);
    if (e && e.expiresAt <= now()) {
      store.delete(key);
      return undefined;
    }
    return e;
  };

  const sweep = setInterval(() => {
    const t = now();
    for (const [k, e] of store) if (e.expiresAt <= t) store.delete(k);
    for (const [k, hits] of windows)
      if (hits.length === 0 || hits[hits.length - 1]! < t - 3_600_000) windows.delete(k);
    for (const [k, l] of lists) if (l.expiresAt <= t) lists.delete(k);
  }, options.sweepMs ?? 30_000);
  sweep.unref();

  return {
    kind: "memory",
    async claim(key, ttlMs) {
      if (live(key)) return false;
      store.set(key, { value: "1", expiresAt: now() + ttlMs });
      return true;
    },
    async get(key) {
      return live(key)?.value ?? null;
    },
    async set(key, value, ttlMs) {
      store.set(key, { value, expiresAt: now() + ttlMs });
    },
    async del(key) {
      store.delete(key);
    },
    async rateLimit(key, limit, windowMs): Promise<RateLimitResult> {
      const t = now();
      const hits = (windows.get(key) ?? []).filter((h) => h > t - windowMs);
      if (hits.length >= limit) {
        windows.set(key, hits);
        return { allowed: false, remaining: 0, retryAfterMs: hits[0]! + windowMs - t };
      }
      hits.push(t);
      windows.set(key, hits);
      return { allowed: true, remaining: limit - hits.length, retryAfterMs: 0 };
    },
    async delIf(key, value) {
      if (live(key)?.value !== value) return false;
      store.delete(key);
      return true;
    },
    async pushOnce(claimKey, targets, value, ttlMs) {
      const t = now();
      if (live(claimKey)) return false;
      store.set(claimKey, { value: "1", expiresAt: t + ttlMs });
      for (const { key, maxLength } of targets) {
        let list = lists.get(key);
        if (!list || list.expiresAt <= t) {
          list = { items: [], expiresAt: 0 };
          lists.set(key, list);
        }
        list.items.push(value);
        if (list.items.length > maxLength) list.items.splice(0, list.items.length - maxLength);
        list.expiresAt = t + ttlMs;
      }
      return true;
    },
    async listRange(key) {
      const list = lists.get(key);
      if (!list || list.expiresAt <= now()) return [];
      return [...list.items];
    },
    async publish(channel, message) {
      // Asynchronous like Redis pub/sub, so publishers never run subscriber code inline.
      queueMicrotask(() => emitter.emit(channel, message));
    },
    async subscribe(channel, handler: BusHandler) {
      emitter.on(channel, handler);
      return async () => {
        emitter.off(channel, handler);
      };
    },
    async ping() {},
    async close() {
      clearInterval(sweep);
      emitter.removeAllListeners();
      store.clear();
      windows.clear();
      lists.clear();
    },
  };
}
