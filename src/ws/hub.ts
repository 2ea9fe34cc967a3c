/**
 * The in-process fan-out: one bus subscription per instance feeds every local connection. A bus
 * message is parsed once and framed once; each recipient gets the same bytes. Routing: user
 * events go to that user's connections (and admins watching `all`), public system events
 * (announcement, bot.status) to everyone, other user-less events to admins watching `system`/`all`.
 */
import type { WebSocket } from "ws";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import { isPublicType, readEvent } from "./events.ts";
import { eventFrame, type Stream } from "./protocol.ts";
import type { ReplayStore } from "./replay.ts";

export const STREAM_BIT: Record<Stream, number> = { user: 1, system: 2, all: 4 };
const TEXT = { binary: false };

/** One client. Kept small on purpose: at 10,000+ connections every field costs megabytes. */
export class Connection {
  userId = 0;
  admin = false;
  authenticated = false;
  /** Bitmask of STREAM_BIT. */
  streams = STREAM_BIT.user;
  alive = true;
  /** While a resume replays, live events wait here so they neither interleave nor duplicate. */
  pending: { id: string; data: Buffer }[] | null = null;
  windowStart = 0;
  frames = 0;
  /** Why we closed it, for the disconnect metric; unset means the client left. */
  closeReason: string | undefined = undefined;
  authTimer: NodeJS.Timeout | undefined = undefined;
  constructor(readonly ws: WebSocket) {}
}

export interface HubDeps {
  logger: Logger;
  metrics: Metrics;
  replay: ReplayStore;
  /** Backlog (bytes) past which a connection is a slow consumer and gets dropped. */
  maxBufferedBytes: number;
  onSlowConsumer(conn: Connection): void;
}

/** Creates the fan-out hub. */
export function createHub(deps: HubDeps) {
  // Most users have one connection, so the map holds it directly and only grows a Set for more.
  const byUser = new Map<number, Connection | Set<Connection>>();
  const everyone = new Set<Connection>();
  const watchers = new Set<Connection>();

  const send = (conn: Connection, id: string, data: Buffer): number => {
    if (conn.pending) {
      conn.pending.push({ id, data });
      return 0;
    }
    const ws = conn.ws;
    if (ws.readyState !== 1 || conn.closeReason) return 0;
    if (ws.bufferedAmount > deps.maxBufferedBytes) {
      deps.onSlowConsumer(conn);
      return 0;
    }
    ws.send(data, TEXT);
    return 1;
  };

  return {
    everyone,

    add(conn: Connection): void {
      everyone.add(conn);
      const existing = byUser.get(conn.userId);
      if (!existing) byUser.set(conn.userId, conn);
      else if (existing instanceof Set) existing.add(conn);
      else byUser.set(conn.userId, new Set([existing, conn]));
      this.setStreams(conn, conn.streams);
      deps.metrics.wsConnections.inc({ role: conn.admin ? "admin" : "user" });
    },

    remove(conn: Connection): void {
      if (!everyone.delete(conn)) return;
      watchers.delete(conn);
      const existing = byUser.get(conn.userId);
      if (existing === conn) byUser.delete(conn.userId);
      else if (existing instanceof Set) {
        existing.delete(conn);
        if (existing.size === 1) byUser.set(conn.userId, [...existing][0]!);
      }
      deps.metrics.wsConnections.dec({ role: conn.admin ? "admin" : "user" });
    },

    setStreams(conn: Connection, streams: number): void {
      conn.streams = streams | STREAM_BIT.user;
      if (conn.streams & (STREAM_BIT.system | STREAM_BIT.all)) watchers.add(conn);
      else watchers.delete(conn);
    },

    /** Delivers one raw bus message to its local recipients and records it for resume. */
    dispatch(raw: string): void {
      const event = readEvent(raw);
      if (!event) {
        deps.logger.warn({ bytes: raw.length }, "dropped a malformed bus event");
        return;
      }
      const data = Buffer.from(eventFrame(raw));
      let sent = 0;
      if (event.userId !== undefined) {
        const own = byUser.get(event.userId);
        if (own instanceof Set) for (const c of own) sent += send(c, event.id, data);
        else if (own) sent += send(own, event.id, data);
        for (const w of watchers)
          if (w.streams & STREAM_BIT.all && w.userId !== event.userId) sent += send(w, event.id, data);
      } else if (isPublicType(event.type)) {
        for (const c of everyone) sent += send(c, event.id, data);
      } else {
        for (const w of watchers) sent += send(w, event.id, data);
      }
      if (sent) deps.metrics.wsMessages.inc({ direction: "out", type: "event" }, sent);
      void deps.replay.record(event, raw);
    },

    /** Sends what arrived during a resume, skipping events the replay already delivered. */
    flushPending(conn: Connection, delivered: Set<string>): void {
      const queued = conn.pending ?? [];
      conn.pending = null;
      let sent = 0;
      for (const { id, data } of queued) if (!delivered.has(id)) sent += send(conn, id, data);
      if (sent) deps.metrics.wsMessages.inc({ direction: "out", type: "event" }, sent);
    },

    size(): number {
      return everyone.size;
    },
  };
}

export type Hub = ReturnType<typeof createHub>;
