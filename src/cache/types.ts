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

/** A capped list to append to. */
export interface ListTarget {
  key: string;
  maxLength: number;
}

export interface CacheBus {
  readonly kind: "redis" | "memory";
  /** Returns true the first time a key is claimed within `ttlMs`, false for every repeat. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /**
   * `near`: the key is read-mostly and may be served from this process's copy, which the shared
   * cache keeps coherent (Redis tells this process the moment the key changes anywhere).
   */
  get(key: string, options?: { near?: boolean }): Promise<string | null>;
  /** `near`: keep this process's copy of the value, for reads of the key with `near`. */
  set(key: string, value: string, ttlMs: number, options?: { near?: boolean }): Promise<void>;
  del(key: string): Promise<void>;
  /** Sliding-window limit: at most `limit` hits per `windowMs` for `key`. */
  rateLimit(key: string, limit: number, windowMs: number): Promise<RateLimitResult>;
  /** Deletes `key` only while it holds `value` (compare and delete, atomically); true when deleted. */
  delIf(key: string, value: string): Promise<boolean>;
  /**
   * Once per `claimKey` within `ttlMs`: appends `value` to each list — capped at its `maxLength`,
   * the oldest items dropped — refreshes the lists' TTL and returns true; a repeat (another
   * instance got there first) changes nothing and returns false. Atomic, and one round trip.
   */
  pushOnce(claimKey: string, lists: ListTarget[], value: string, ttlMs: number): Promise<boolean>;
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
