/**
 * The Redis CacheBus, shared by every instance: update de-duplication, rate limits and pub/sub
 * work across a fleet behind one webhook. Pub/sub needs its own connection (a subscribed Redis
 * connection can issue no other commands), opened lazily on the first subscribe.
 */
import { Redis } from "ioredis";
import type { Logger } from "../observability/logger.ts";
import { createNearCache } from "./near-cache.ts";
import type { BusHandler, CacheBus, RateLimitResult } from "./types.ts";

// Sliding window over a sorted set, atomic in one round trip: drop old hits, count, maybe add.
const RATE_LIMIT_SCRIPT = `
local key, now, window, limit, member = KEYS[1], tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local count = redis.call('ZCARD', key)
if count >= limit then
  local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
  return {0, 0, tonumber(oldest[2]) + window - now}
end
redis.call('ZADD', key, now, member)
redis.call('PEXPIRE', key, window)
return {1, limit - count - 1, 0}`;

// Claim, then append to every list (capped, TTL refreshed): a replay record in one round trip
// instead of eleven commands. KEYS: the claim, then the lists; ARGV: value, ttl, then each cap.
const PUSH_ONCE_SCRIPT = `
if not redis.call('SET', KEYS[1], '1', 'PX', ARGV[2], 'NX') then return 0 end
for i = 2, #KEYS do
  redis.call('RPUSH', KEYS[i], ARGV[1])
  redis.call('LTRIM', KEYS[i], -tonumber(ARGV[i + 1]), -1)
  redis.call('PEXPIRE', KEYS[i], ARGV[2])
end
return 1`;

// Compare and delete: the key goes only while it still holds the caller's value.
const DEL_IF_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

// A write whose key is then read back by the same client, so Redis tracks it for this process's
// near cache (tracking follows reads, and a write ends it).
const SET_TRACKED_SCRIPT = `
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return redis.call('GET', KEYS[1])`;

type ScriptedRedis = Redis & {
  velroSetTracked(key: string, value: string, ttlMs: number): Promise<string>;
  velroRateLimit(key: string, now: number, windowMs: number, limit: number, member: string): Promise<unknown>;
  velroPushOnce(numKeys: number, ...keysThenArgs: (string | number)[]): Promise<number>;
  velroDelIf(key: string, value: string): Promise<number>;
};

/** Connects to Redis at `url`; every key is prefixed so several deployments can share a server. */
export async function createRedisCacheBus(options: {
  url: string;
  logger: Logger;
  keyPrefix?: string;
}): Promise<CacheBus> {
  const prefix = options.keyPrefix ?? "velro:";
  const log = options.logger.child({ component: "redis" });
  const connect = (pipelined: boolean) => {
    const client = new Redis(options.url, {
      lazyConnect: true,
      maxRetriesPerRequest: 2,
      enableOfflineQueue: true,
      // A turn issues a dozen small commands, many from the same tick; sending those in one write
      // instead of one syscall each is most of what Redis costs this process under load.
      enableAutoPipelining: pipelined,
    });
    client.on("error", (err) => log.warn({ err: err.message }, "redis connection error"));
    return client;
  };
  const client = connect(true);
  // EVALSHA with the script's hash, falling back to EVAL once per connection if Redis lacks it.
  client.defineCommand("velroRateLimit", { numberOfKeys: 1, lua: RATE_LIMIT_SCRIPT });
  // The number of lists varies, so the key count is the call's first argument.
  client.defineCommand("velroPushOnce", { lua: PUSH_ONCE_SCRIPT });
  client.defineCommand("velroDelIf", { numberOfKeys: 1, lua: DEL_IF_SCRIPT });
  client.defineCommand("velroSetTracked", { numberOfKeys: 1, lua: SET_TRACKED_SCRIPT });
  const scripted = client as ScriptedRedis;
  const near = createNearCache({ url: options.url, main: client, logger: log });
  await client.connect();
  let subscriber: Redis | undefined;
  const handlers = new Map<string, Set<BusHandler>>();
  let seq = 0;

  const ensureSubscriber = async () => {
    if (subscriber) return subscriber;
    subscriber = connect(false);
    subscriber.on("message", (channel: string, message: string) => {
      const set = handlers.get(channel.slice(prefix.length));
      if (set) for (const h of set) h(message);
    });
    await subscriber.connect();
    return subscriber;
  };

  return {
    kind: "redis",
    async claim(key, ttlMs) {
      near.drop(prefix + key);
      return (await client.set(prefix + key, "1", "PX", ttlMs, "NX")) === "OK";
    },
    get: (key, opts) =>
      opts?.near ? near.read(prefix + key, () => client.get(prefix + key)) : client.get(prefix + key),
    async set(key, value, ttlMs, opts) {
      if (opts?.near) {
        await near.write(prefix + key, value, () => scripted.velroSetTracked(prefix + key, value, ttlMs));
        return;
      }
      near.drop(prefix + key);
      await client.set(prefix + key, value, "PX", ttlMs);
    },
    async del(key) {
      near.drop(prefix + key);
      await client.del(prefix + key);
    },
    async rateLimit(key, limit, windowMs): Promise<RateLimitResult> {
      const now = Date.now();
      const member = `${now}-${process.pid}-${seq++}`;
      const [allowed, remaining, retry] = (await scripted.velroRateLimit(
        prefix + key,
        now,
        windowMs,
        limit,
        member,
      )) as [number, number, number];
      return { allowed: allowed === 1, remaining, retryAfterMs: Math.max(0, retry) };
    },
    async delIf(key, value) {
      near.drop(prefix + key);
      return (await scripted.velroDelIf(prefix + key, value)) === 1;
    },
    async pushOnce(claimKey, lists, value, ttlMs) {
      const keys = [prefix + claimKey, ...lists.map((l) => prefix + l.key)];
      const done = await scripted.velroPushOnce(
        keys.length,
        ...keys,
        value,
        ttlMs,
        ...lists.map((l) => l.maxLength),
      );
      return done === 1;
    },
    listRange: (key) => client.lrange(prefix + key, 0, -1),
    async publish(channel, message) {
      await client.publish(prefix + channel, message);
    },
    async subscribe(channel, handler) {
      const sub = await ensureSubscriber();
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
        await sub.subscribe(prefix + channel);
      }
      set.add(handler);
      return async () => {
        set.delete(handler);
        if (set.size === 0) {
          handlers.delete(channel);
          await sub.unsubscribe(prefix + channel).catch(() => {});
        }
      };
    },
    async ping() {
      await client.ping();
    },
    async close() {
      near.close();
      await Promise.allSettled([client.quit(), subscriber?.quit()]);
    },
  };
}
