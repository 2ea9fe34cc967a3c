/**
 * One interface over two implementations: Redis (shared by every instance) and in-process (the
 * no-install default). Everything that must be consistent across instances goes through it.
 */

export interface RateLimitResult {
  allowed: boolean;
  /** Requests left in the current window (0 when refused). */
  remaining: number;
  /** When refused: milliseconds until a request will be allowed again. */
  retryAfterMs: number;
}

export type BusHandler = (message: string) => void;

export interface CacheBus {
  readonly kind: "redis" | "memory";
  /** Returns true the first time a key is claimed within `ttlMs`, false for every repeat. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  del(key: string): Promise<void>;
  /** Sliding-window limit: at most `limit` hits per `windowMs` for `key`. */
  rateLimit(key: string, limit: number, windowMs: number): Promise<RateLimitResult>;
  /** Appends to a list capped at `maxLength` (the oldest items are dropped) and refreshes its TTL. */
  listPush(key: string, value: string, maxLength: number, ttlMs: number): Promise<void>;
  /** Every item of a list, oldest first; empty when the list is missing or expired. */
  listRange(key: string): Promise<string[]>;
  publish(channel: string, message: string): Promise<void>;
  /** Subscribes to a channel; the returned function unsubscribes. */
  subscribe(channel: string, handler: BusHandler): Promise<() => Promise<void>>;
  ping(): Promise<void>;
  /** "degraded" while a fallback stands in for an unreachable backend (see resilient.ts). */
  status?(): "ok" | "degraded";
  close(): Promise<void>;
}
