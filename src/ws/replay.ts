/**
 * Bounded replay buffers for resume. Every instance sees every bus event, so the first instance to
 * claim an event id records it and the others skip it; the buffers live in the CacheBus (Redis
 * lists shared by the fleet, or memory for one instance), capped and expiring, so a client that
 * reconnects to any instance gets what it missed, and nothing grows without bound.
 *
 * The shared buffers are written a moment after the bus delivers an event (a claim and two list
 * pushes, in one round trip). A client that reconnects within that moment would miss the event, so each instance also
 * keeps the events it saw in the last few seconds and adds those newer than what the buffers hold
 * to every resume: every instance sees every event, so whichever one the client reaches has it.
 */
import type { CacheBus } from "../cache/types.ts";
import type { Logger } from "../observability/logger.ts";
import type { WireEvent } from "./events.ts";
import { isPublicType } from "./events.ts";

export interface ReplayOptions {
  /** Events kept per user. */
  perUser: number;
  /** Events kept in the system (no user) and admin-wide buffers. */
  shared: number;
  ttlMs: number;
}

export const DEFAULT_REPLAY: ReplayOptions = { perUser: 200, shared: 500, ttlMs: 60 * 60_000 };

/** What a connection may replay: its own user's events, public system events, or more for admins. */
export interface ReplayScope {
  userId: number;
  system: boolean;
  all: boolean;
}

export interface ReplayResult {
  /** Raw event JSON strings, oldest first, all newer than the given id. */
  events: string[];
  /** True when older events than the buffer holds were missed, so the client should refetch state. */
  gap: boolean;
}

const userKey = (userId: number) => `ws:replay:user:${userId}`;
const SYSTEM_KEY = "ws:replay:system";
const ALL_KEY = "ws:replay:all";
/** How long, and how many, events this instance keeps for the moment before they are recorded. */
const RECENT_MS = 10_000;
const RECENT_MAX = 1_000;

/** The buffer an event is recorded in (besides the admin-wide one). */
const bufferKey = (event: WireEvent) => (event.userId !== undefined ? userKey(event.userId) : SYSTEM_KEY);

/** Whether `scope` may replay `event` (the same rule the buffers' keys and filters apply). */
const visible = (scope: ReplayScope, event: WireEvent): boolean =>
  scope.all ||
  event.userId === scope.userId ||
  (event.userId === undefined && (scope.system || isPublicType(event.type)));

/** Creates the replay store over a CacheBus. */
export function createReplayStore(cache: CacheBus, logger: Logger, options: ReplayOptions = DEFAULT_REPLAY) {
  const recent: { event: WireEvent; raw: string; at: number }[] = [];
  return {
    /** Records one event (once across the fleet); failures are logged, never thrown. */
    async record(event: WireEvent, raw: string): Promise<void> {
      const now = Date.now();
      recent.push({ event, raw, at: now });
      while (recent.length > RECENT_MAX || recent[0]!.at < now - RECENT_MS) recent.shift();
      try {
        const cap = event.userId !== undefined ? options.perUser : options.shared;
        await cache.pushOnce(
          `ws:recorded:${event.id}`,
          [
            { key: bufferKey(event), maxLength: cap },
            { key: ALL_KEY, maxLength: options.shared },
          ],
          raw,
          options.ttlMs,
        );
      } catch (err) {
        logger.warn({ err: (err as Error).message, event_id: event.id }, "could not record event for resume");
      }
    },

    /** Events after `lastId` that `scope` may see, oldest first. */
    async since(scope: ReplayScope, lastId: string): Promise<ReplayResult> {
      const sources = scope.all
        ? [{ key: ALL_KEY, cap: options.shared }]
        : [
            { key: userKey(scope.userId), cap: options.perUser },
            { key: SYSTEM_KEY, cap: options.shared },
          ];
      const seen = new Set<string>();
      const found: { id: string; raw: string }[] = [];
      const newest = new Map<string, string>();
      let gap = false;
      for (const source of sources) {
        const items = await cache.listRange(source.key);
        for (const [i, raw] of items.entries()) {
          let event: WireEvent;
          try {
            event = JSON.parse(raw) as WireEvent;
          } catch {
            continue;
          }
          // A full buffer whose oldest entry is already newer than the client's last id lost some.
          if (i === 0 && items.length >= source.cap && event.id > lastId) gap = true;
          if (event.id > (newest.get(source.key) ?? "")) newest.set(source.key, event.id);
          if (event.id > lastId && visible(scope, event) && !seen.has(event.id)) {
            seen.add(event.id);
            found.push({ id: event.id, raw });
          }
        }
      }
      // Events seen here but newer than their buffer's newest entry: their record has not landed yet.
      for (const { event, raw } of recent) {
        const key = scope.all ? ALL_KEY : bufferKey(event);
        if (event.id <= lastId || event.id <= (newest.get(key) ?? "") || seen.has(event.id)) continue;
        if (!visible(scope, event)) continue;
        seen.add(event.id);
        found.push({ id: event.id, raw });
      }
      found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { events: found.map((f) => f.raw), gap };
    },
  };
}

export type ReplayStore = ReturnType<typeof createReplayStore>;
