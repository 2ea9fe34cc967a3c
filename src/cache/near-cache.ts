/**
 * This process's copy of read-mostly Redis keys (a user's language, a chat's fingerprint, a
 * preference), kept coherent by Redis itself: server-assisted client-side caching (Redis ≥ 6).
 * Tracking is turned on for the main connection with its invalidations redirected to a second
 * connection subscribed to `__redis__:invalidate`; from then on Redis remembers every key the main
 * connection reads and reports the moment one changes or expires, whoever changed it. A turn reads
 * half a dozen such keys that almost never change, so served from here they cost nothing instead of
 * a round trip each.
 *
 * Why the copies cannot go stale:
 * - Only reads made while tracking is known to be on are kept, and a copy is kept only if no
 *   invalidation of its key arrived while its read was on the way (the two connections race).
 * - NOLOOP: Redis does not report this process's own writes, and a write also ends the key's
 *   tracking; every write through this process therefore drops its copy (the next read tracks it
 *   again).
 * - Either connection closing, or an invalidation for everything (FLUSHALL), drops every copy;
 *   tracking is set up again on the next `ready`, and until then nothing is served from here.
 * - A copy is also dropped after `maxAgeMs`, as a bound should anything above be missed.
 *
 * What remains is the delivery of one message: another instance's write is seen here once its
 * invalidation has arrived on the listener, a fraction of a millisecond after the write.
 *
 * Servers without tracking (older Redis, restrictive ACLs) answer the set-up with an error: the
 * cache then stays off and every read goes to Redis, as before.
 */
import { Redis } from "ioredis";
import type { Logger } from "../observability/logger.ts";

const INVALIDATE_CHANNEL = "__redis__:invalidate";

interface Copy {
  value: string | null;
  at: number;
}

export interface NearCache {
  /** The value of `key`: this process's copy while tracked, else `fetch` (kept when safe). */
  read(key: string, fetch: () => Promise<string | null>): Promise<string | null>;
  /**
   * Writes `value` with `store`, which must also read the key back in the same command (a script)
   * so that Redis tracks it for this process, and keeps `value` as the copy.
   */
  write(key: string, value: string, store: () => Promise<unknown>): Promise<void>;
  /** Forgets `key` (this process is about to write it). */
  drop(key: string): void;
  /** True while copies are being served (tracking is on). */
  active(): boolean;
  close(): void;
}

export function createNearCache(options: {
  url: string;
  main: Redis;
  logger: Logger;
  maxEntries?: number;
  maxAgeMs?: number;
}): NearCache {
  const { main, logger } = options;
  const maxEntries = options.maxEntries ?? 10_000;
  const maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
  const copies = new Map<string, Copy>();
  /** Reads on the way, by key: the token of the latest; an invalidation removes it. */
  const pending = new Map<string, object>();
  let enabled = false;
  let closed = false;
  let unsupported = false;
  /** Bumped whenever tracking stops: a read begun under an older generation is not kept. */
  let generation = 0;
  let listener: Redis | undefined;

  const forgetAll = () => {
    copies.clear();
    pending.clear();
  };
  const reset = () => {
    generation++;
    enabled = false;
    forgetAll();
  };
  /**
   * Runs `op` (a read, or a write that reads back) and keeps the value it settles on, unless an
   * invalidation, a drop or a newer operation touched the key while it was on the way.
   */
  async function through(key: string, op: () => Promise<string | null>): Promise<string | null> {
    const token = {};
    const gen = generation;
    pending.set(key, token);
    // Ours only if nothing replaced or removed the token meanwhile.
    const settle = () => {
      const untouched = pending.get(key) === token;
      if (untouched) pending.delete(key);
      return untouched;
    };
    let value: string | null;
    try {
      value = await op();
    } catch (err) {
      settle();
      throw err;
    }
    if (settle() && enabled && gen === generation) {
      copies.set(key, { value, at: Date.now() });
      if (copies.size > maxEntries) copies.delete(copies.keys().next().value!);
    }
    return value;
  }
  const drop = (key: string) => {
    copies.delete(key);
    pending.delete(key);
  };

  async function setUp() {
    if (closed || unsupported) return;
    reset();
    const gen = generation;
    listener?.disconnect();
    // Never reconnects by itself: a lost listener means lost invalidations, so the whole set-up
    // is redone (with a new client id to redirect to) once the main connection is ready.
    const conn = new Redis(options.url, {
      lazyConnect: true,
      autoResubscribe: false,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    listener = conn;
    conn.on("error", (err) => logger.debug({ err: err.message }, "near cache listener error"));
    conn.on("close", () => {
      if (listener !== conn || gen !== generation) return;
      reset();
      if (!closed && main.status === "ready") setTimeout(() => void setUp(), 1_000).unref();
    });
    conn.on("messageBuffer", (channel: Buffer, keys: Buffer[] | null) => {
      if (gen !== generation || channel.toString() !== INVALIDATE_CHANNEL) return;
      // FLUSHDB / FLUSHALL invalidate every key at once.
      if (!Array.isArray(keys)) forgetAll();
      else for (const key of keys) drop(key.toString());
    });
    try {
      await conn.connect();
      const id = await conn.client("ID");
      await conn.subscribe(INVALIDATE_CHANNEL);
      await main.client("TRACKING", "OFF");
      await main.client("TRACKING", "ON", "REDIRECT", id, "NOLOOP");
      if (gen === generation && !closed) enabled = true;
    } catch (err) {
      const message = (err as Error).message;
      // An error reply (not a lost connection) means this server will not track: stop asking.
      if (/^(ERR|NOPERM)/.test(message)) unsupported = true;
      logger.info({ err: message }, "redis client-side caching unavailable: every read goes to redis");
      if (listener === conn) conn.disconnect();
    }
  }

  main.on("close", reset);
  main.on("ready", () => void setUp());
  if (main.status === "ready") void setUp();

  return {
    async read(key, fetch) {
      if (!enabled) return fetch();
      const copy = copies.get(key);
      if (copy && Date.now() - copy.at < maxAgeMs) {
        copies.delete(key);
        copies.set(key, copy);
        return copy.value;
      }
      return through(key, fetch);
    },
    async write(key, value, store) {
      copies.delete(key);
      await through(key, async () => {
        await store();
        return value;
      });
    },
    drop,
    active: () => enabled,
    close() {
      closed = true;
      reset();
      listener?.disconnect();
    },
  };
}
