/**
 * Redis loss must not take the bot down. This CacheBus delegates to Redis and, when a call fails
 * or takes too long, switches every call to an in-process fallback (de-duplication, rate limits,
 * caching and pub/sub then work per instance only), logs one warning, reports "degraded" to
 * /ready, and probes Redis in the background; when Redis answers again it switches back and
 * re-establishes the pub/sub subscriptions that could not be made while it was away.
 *
 * Trade-off, on purpose: while degraded, two instances may both process a redelivered update and
 * rate limits are per instance. Refusing all traffic instead would turn a cache outage into a
 * full outage.
 */
import { withoutCorrelation } from "../observability/correlation.ts";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import type { BusHandler, CacheBus } from "./types.ts";

export interface ResilientCacheOptions {
  primary: CacheBus;
  fallback: CacheBus;
  logger: Logger;
  metrics?: Metrics;
  /** A primary call slower than this counts as a failure (default 1000 ms). */
  opTimeoutMs?: number;
  /** How often Redis is probed while degraded (default 1000 ms). */
  probeIntervalMs?: number;
}

class CacheTimeout extends Error {}

/**
 * Deadlines for primary calls. A turn makes a couple of dozen cache calls, and a timer, a race and
 * two promises for each cost more than many of the calls; one sweep a quarter of the deadline
 * apart times out whatever is overdue instead (so a call fails between 1 and 1.25 deadlines late,
 * which is all "too slow" needs).
 */
function createDeadlines(ms: number) {
  const pending = new Set<{ started: number; reject: (err: Error) => void }>();
  let sweeper: NodeJS.Timeout | undefined;
  const sweep = () => {
    const now = performance.now();
    for (const call of pending) {
      if (now - call.started < ms) continue;
      pending.delete(call);
      call.reject(new CacheTimeout(`cache call timed out after ${ms} ms`));
    }
    if (!pending.size) {
      clearInterval(sweeper);
      sweeper = undefined;
    }
  };
  return function within<T>(p: Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const call = { started: performance.now(), reject };
      pending.add(call);
      if (!sweeper) {
        // A background timer: it must not carry the correlation id of the call that started it.
        sweeper = withoutCorrelation(() => setInterval(sweep, Math.max(1, ms / 4)));
        sweeper.unref();
      }
      p.then(
        (value) => {
          pending.delete(call);
          resolve(value);
        },
        (err) => {
          pending.delete(call);
          reject(err);
        },
      );
    });
  };
}

/** Wraps a primary (Redis) CacheBus with an in-process fallback; see the module comment. */
export function createResilientCacheBus(o: ResilientCacheOptions): CacheBus {
  const { primary, fallback, logger } = o;
  const log = logger.child({ component: "cache" });
  const opTimeout = o.opTimeoutMs ?? 1_000;
  const within = createDeadlines(opTimeout);
  let degraded = false;
  let probe: NodeJS.Timeout | undefined;
  let closed = false;
  // Subscriptions wanted on the primary but not yet made there (made while it was away).
  const pendingPrimary = new Set<{
    channel: string;
    handler: BusHandler;
    unsubscribe?: () => Promise<void>;
  }>();
  o.metrics?.cacheFallback.set(0);

  const enterDegraded = (err: unknown) => {
    if (degraded || closed) return;
    degraded = true;
    o.metrics?.cacheFallback.set(1);
    log.warn(
      { err: (err as Error)?.message },
      "redis unreachable: falling back to in-process cache and bus (per instance) until it returns",
    );
    // A background loop: it must not carry the correlation id of the call that tripped it.
    probe = withoutCorrelation(() => setInterval(() => void tryRecover(), o.probeIntervalMs ?? 1_000));
    probe.unref();
  };

  let recovering = false;
  async function tryRecover() {
    if (recovering || closed) return;
    recovering = true;
    try {
      await within(primary.ping());
      for (const sub of [...pendingPrimary]) {
        sub.unsubscribe = await within(primary.subscribe(sub.channel, sub.handler));
        pendingPrimary.delete(sub);
      }
      degraded = false;
      clearInterval(probe);
      o.metrics?.cacheFallback.set(0);
      log.info("redis is back: shared cache and bus restored");
    } catch {
      // Still down; the next probe tries again.
    } finally {
      recovering = false;
    }
  }

  /** Runs on the primary unless degraded; any failure switches to the fallback for this call too. */
  async function call<T>(op: (c: CacheBus) => Promise<T>): Promise<T> {
    if (!degraded) {
      try {
        return await within(op(primary));
      } catch (err) {
        enterDegraded(err);
      }
    }
    return op(fallback);
  }

  return {
    kind: primary.kind,
    claim: (key, ttlMs) => call((c) => c.claim(key, ttlMs)),
    async get(key, options) {
      const value = await call((c) => c.get(key, options));
      o.metrics?.cacheRequests.inc({ result: value === null ? "miss" : "hit" });
      return value;
    },
    set: (key, value, ttlMs, options) => call((c) => c.set(key, value, ttlMs, options)),
    del: (key) => call((c) => c.del(key)),
    rateLimit: (key, limit, windowMs) => call((c) => c.rateLimit(key, limit, windowMs)),
    delIf: (key, value) => call((c) => c.delIf(key, value)),
    pushOnce: (claimKey, lists, value, ttlMs) => call((c) => c.pushOnce(claimKey, lists, value, ttlMs)),
    listRange: (key) => call((c) => c.listRange(key)),
    publish: (channel, message) => call((c) => c.publish(channel, message)),
    async subscribe(channel, handler) {
      // Always on the fallback too: while degraded, publishes go there and must still arrive.
      const local = await fallback.subscribe(channel, handler);
      const sub: { channel: string; handler: BusHandler; unsubscribe?: () => Promise<void> } = {
        channel,
        handler,
      };
      if (degraded) pendingPrimary.add(sub);
      else {
        try {
          sub.unsubscribe = await within(primary.subscribe(channel, handler));
        } catch (err) {
          pendingPrimary.add(sub);
          enterDegraded(err);
        }
      }
      return async () => {
        pendingPrimary.delete(sub);
        await local();
        await sub.unsubscribe?.().catch(() => {});
      };
    },
    async ping() {
      // The fallback always answers; /ready learns about the outage from status().
      if (!degraded) await within(primary.ping()).catch(enterDegraded);
    },
    status: () => (degraded ? "degraded" : "ok"),
    async close() {
      closed = true;
      clearInterval(probe);
      await Promise.allSettled([primary.close(), fallback.close()]);
    },
  };
}

/** Counts cache reads as hits and misses (the in-process default, which needs no fallback). */
export function countCacheHits(cache: CacheBus, metrics?: Metrics): CacheBus {
  if (!metrics) return cache;
  return {
    ...cache,
    kind: cache.kind,
    async get(key, options) {
      const value = await cache.get(key, options);
      metrics.cacheRequests.inc({ result: value === null ? "miss" : "hit" });
      return value;
    },
  };
}
