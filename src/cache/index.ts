export { createMemoryCacheBus } from "./memory.ts";
export { createRedisCacheBus } from "./redis.ts";
export type { BusHandler, CacheBus, RateLimitResult } from "./types.ts";
