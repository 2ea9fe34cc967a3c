/**
 * The /ws endpoint on the service's HTTP server: upgrade, authentication (query token, Bearer
 * header, or a first auth frame), inbound frames (size-limited by ws, rate-limited and validated
 * here), heartbeats and shutdown. Refusals always end with a close code and a readable reason, so
 * a browser client (which cannot see HTTP statuses of a failed upgrade) knows what to fix.
 */
import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { type RawData, type WebSocket, WebSocketServer } from "ws";
import type { CacheBus } from "../cache/types.ts";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import { publishEvent } from "../services/events.ts";
import type { ChatOut, WsChat } from "./chat.ts";
import { Connection, type Hub, STREAM_BIT } from "./hub.ts";
import { verifyToken } from "./jwt.ts";
import {
  CLOSE,
  type ErrorCode,
  eventFrame,
  eventIdSchema,
  frame,
  type InboundFrame,
  PROTOCOL_VERSION,
  parseFrame,
} from "./protocol.ts";
import type { ReplayStore } from "./replay.ts";

export interface WsLimits {
  /** Largest inbound frame in bytes; bigger ones close the connection with 1009. */
  maxPayload: number;
  /** Inbound frames allowed per window. */
  framesPerWindow: number;
  windowMs: number;
  authTimeoutMs: number;
  heartbeatMs: number;
  maxBufferedBytes: number;
}

export const DEFAULT_LIMITS: WsLimits = {
  maxPayload: 16 * 1024,
  framesPerWindow: 30,
  windowMs: 10_000,
  authTimeoutMs: 5_000,
  heartbeatMs: 30_000,
  maxBufferedBytes: 1024 * 1024,
};

export interface WsServerDeps {
  server: Server;
  path: string;
  hub: Hub;
  replay: ReplayStore;
  bus: CacheBus;
  secret: string;
  adminIds: ReadonlySet<number>;
  logger: Logger;
  metrics: Metrics;
  limits: WsLimits;
  /** Conversation over the socket (chat frames); without it they are refused. */
  chat?: WsChat;
}

const CONN = Symbol("velro.connection");
type TaggedSocket = WebSocket & { [CONN]: Connection };
const connOf = (ws: WebSocket) => (ws as TaggedSocket)[CONN];

function bearer(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? "");
  return m?.[1];
}

/** Attaches the WebSocket endpoint to `server`; returns how to close it. */
export function attachWsServer(deps: WsServerDeps) {
  const { hub, limits, metrics } = deps;
  const log = deps.logger.child({ component: "ws" });
  const wss = new WebSocketServer({
    noServer: true,
    clientTracking: false,
    maxPayload: limits.maxPayload,
    perMessageDeflate: false,
  });
  const unauthenticated = new Set<Connection>();
  let closing = false;

  const sendFrame = (conn: Connection, type: string, fields?: Record<string, unknown>) => {
    if (conn.ws.readyState !== 1) return;
    conn.ws.send(frame(type, fields));
    metrics.wsMessages.inc({ direction: "out", type });
  };
  const sendError = (conn: Connection, code: ErrorCode, message: string, req?: string | number) =>
    sendFrame(conn, "error", { code, message, ...(req !== undefined ? { req } : {}) });
  const chatOut = (conn: Connection): ChatOut => ({
    frame: (type, fields) => sendFrame(conn, type, fields),
    error: (code, message, fields) => sendFrame(conn, "error", { code, message, ...fields }),
  });

  const closeWith = (conn: Connection, code: number, reason: string, metricReason: string) => {
    if (conn.closeReason) return;
    conn.closeReason = metricReason;
    clearTimeout(conn.authTimer);
    hub.remove(conn);
    conn.ws.close(code, reason);
  };

  async function resume(conn: Connection, lastEventId: string) {
    conn.pending ??= [];
    const delivered = new Set<string>();
    let gap = false;
    try {
      const scope = {
        userId: conn.userId,
        system: (conn.streams & STREAM_BIT.system) !== 0,
        all: (conn.streams & STREAM_BIT.all) !== 0,
      };
      const result = await deps.replay.since(scope, lastEventId);
      gap = result.gap;
      for (const raw of result.events) {
        if (conn.ws.readyState !== 1) break;
        const id = (JSON.parse(raw) as { id: string }).id;
        delivered.add(id);
        conn.ws.send(eventFrame(raw));
      }
      if (delivered.size) metrics.wsMessages.inc({ direction: "out", type: "event" }, delivered.size);
    } catch (err) {
      log.warn({ err: (err as Error).message }, "resume failed");
      gap = true;
    }
    sendFrame(conn, "resumed", { count: delivered.size, gap });
    hub.flushPending(conn, delivered);
  }

  async function authenticate(conn: Connection, token: string, lastEventId: string | undefined) {
    const verified = verifyToken(deps.secret, token);
    if (!verified.ok) {
      closeWith(conn, CLOSE.unauthorized, verified.error, "unauthorized");
      return;
    }
    clearTimeout(conn.authTimer);
    unauthenticated.delete(conn);
    conn.userId = Number(verified.claims.sub);
    // The claim says who was an admin when the token was issued; ADMIN_IDS says who still is.
    conn.admin = verified.claims.adm && deps.adminIds.has(conn.userId);
    conn.authenticated = true;
    if (lastEventId) conn.pending = [];
    hub.add(conn);
    sendFrame(conn, "ready", {
      user_id: conn.userId,
      admin: conn.admin,
      streams: ["user"],
      expires_at: new Date(verified.claims.exp * 1000).toISOString(),
      heartbeat_ms: limits.heartbeatMs,
      max_payload: limits.maxPayload,
      protocol: PROTOCOL_VERSION,
    });
    if (lastEventId) await resume(conn, lastEventId);
  }

  async function handle(conn: Connection, f: InboundFrame) {
    switch (f.type) {
      case "auth":
        return sendError(conn, "already_authenticated", "this connection is already authenticated", f.req);
      case "ping":
        return sendFrame(conn, "pong", f.req !== undefined ? { req: f.req } : {});
      case "subscribe": {
        if (!conn.admin && f.streams.some((s) => s !== "user")) {
          return sendError(conn, "forbidden", "only admins may subscribe to system or all", f.req);
        }
        hub.setStreams(
          conn,
          f.streams.reduce((bits, s) => bits | STREAM_BIT[s], 0),
        );
        const streams = (["user", "system", "all"] as const).filter((s) => conn.streams & STREAM_BIT[s]);
        return sendFrame(conn, "subscribed", { streams, ...(f.req !== undefined ? { req: f.req } : {}) });
      }
      case "resume":
        return resume(conn, f.last_event_id);
      case "broadcast": {
        if (!conn.admin) return sendError(conn, "forbidden", "only admins may broadcast", f.req);
        const event = await publishEvent(deps.bus, {
          type: "announcement",
          payload: { text: f.text, source: "ws" },
        });
        log.info({ user_id: conn.userId, event_id: event.id }, "admin broadcast over ws");
        return sendFrame(conn, "ack", { event_id: event.id, ...(f.req !== undefined ? { req: f.req } : {}) });
      }
      case "chat":
        if (!deps.chat) return sendError(conn, "forbidden", "conversation is not available here", f.req);
        return deps.chat.start(conn, f.text, f.req, chatOut(conn));
      case "chat.cancel":
        if (!deps.chat) return sendError(conn, "forbidden", "conversation is not available here", f.req);
        return deps.chat.cancel(conn, f.req, chatOut(conn));
    }
  }

  // Shared listeners (this = the socket) instead of closures: nothing allocated per connection.
  function onMessage(this: WebSocket, data: RawData, isBinary: boolean) {
    const conn = connOf(this);
    if (conn.closeReason) return;
    const now = Date.now();
    if (now - conn.windowStart >= limits.windowMs) {
      conn.windowStart = now;
      conn.frames = 0;
    }
    conn.frames += 1;
    if (conn.frames > limits.framesPerWindow) {
      metrics.wsMessages.inc({ direction: "in", type: "rate_limited" });
      if (conn.frames > limits.framesPerWindow * 3) {
        closeWith(conn, CLOSE.rateLimited, "too many messages", "rate_limited");
      } else if (conn.frames === limits.framesPerWindow + 1) {
        sendError(conn, "rate_limited", `at most ${limits.framesPerWindow} frames per ${limits.windowMs} ms`);
      }
      return;
    }
    const parsed = isBinary
      ? ({ ok: false, message: "frames must be JSON text" } as const)
      : parseFrame(data.toString());
    metrics.wsMessages.inc({ direction: "in", type: parsed.ok ? parsed.frame.type : "invalid" });
    if (!conn.authenticated) {
      if (parsed.ok && parsed.frame.type === "auth") {
        void authenticate(conn, parsed.frame.token, parsed.frame.last_event_id).catch((err) =>
          log.error({ err }, "ws authentication failed"),
        );
      } else {
        closeWith(conn, CLOSE.unauthorized, "authenticate first: send an auth frame", "unauthorized");
      }
      return;
    }
    if (!parsed.ok) return sendError(conn, "invalid_frame", parsed.message);
    handle(conn, parsed.frame).catch((err) => {
      log.error({ err, frame: parsed.frame.type }, "ws frame failed");
      sendError(conn, "internal", "the server could not handle this frame");
    });
  }
  function onPong(this: WebSocket) {
    connOf(this).alive = true;
  }
  function onError(this: WebSocket, err: Error) {
    // ws closes the socket itself (e.g. 1009 for an oversized frame); we only record why.
    const conn = connOf(this);
    conn.closeReason ??=
      (err as { code?: string }).code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH" ? "too_large" : "protocol";
  }
  function onClose(this: WebSocket) {
    const conn = connOf(this);
    clearTimeout(conn.authTimer);
    unauthenticated.delete(conn);
    hub.remove(conn);
    metrics.wsDisconnects.inc({ reason: conn.closeReason ?? "client" });
  }

  function onConnection(ws: WebSocket, req: IncomingMessage, url: URL) {
    const conn = new Connection(ws);
    (ws as TaggedSocket)[CONN] = conn;
    ws.on("message", onMessage);
    ws.on("pong", onPong);
    ws.on("error", onError);
    ws.on("close", onClose);
    const rawLast = url.searchParams.get("last_event_id") ?? undefined;
    const last = rawLast === undefined ? undefined : eventIdSchema.safeParse(rawLast);
    const token = url.searchParams.get("token") ?? bearer(req.headers.authorization);
    if (last && !last.success) sendError(conn, "invalid_frame", "last_event_id is not an event id");
    if (token) {
      void authenticate(conn, token, last?.success ? last.data : undefined).catch((err) =>
        log.error({ err }, "ws authentication failed"),
      );
      return;
    }
    unauthenticated.add(conn);
    conn.authTimer = setTimeout(
      () => closeWith(conn, CLOSE.authTimeout, "auth timeout", "auth_timeout"),
      limits.authTimeoutMs,
    );
  }

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname !== deps.path || closing) {
      socket.on("error", () => {});
      const status = closing ? "503 Service Unavailable" : "404 Not Found";
      socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, req, url));
  };
  deps.server.on("upgrade", onUpgrade);

  // One timer for all connections: a socket that missed the last ping is dead and is terminated.
  const heartbeat = setInterval(() => {
    for (const conn of hub.everyone) {
      if (!conn.alive) {
        conn.closeReason ??= "dead";
        hub.remove(conn);
        conn.ws.terminate();
        continue;
      }
      conn.alive = false;
      conn.ws.ping();
    }
  }, limits.heartbeatMs);
  heartbeat.unref();

  return {
    /** Connections that are open (authenticated or still authenticating). */
    size: () => hub.size() + unauthenticated.size,

    /** Drops a connection whose backlog passed the limit (called by the hub). */
    dropSlow(conn: Connection): void {
      log.warn({ user_id: conn.userId, buffered: conn.ws.bufferedAmount }, "dropping a slow ws consumer");
      closeWith(conn, CLOSE.slowConsumer, "slow consumer", "slow_consumer");
      // The close frame waits behind the backlog the client is not reading; give it a moment,
      // then free the socket and its buffers instead of ws's 30 s close timeout.
      setTimeout(() => conn.ws.terminate(), 1_000).unref();
    },

    /** Closes every connection with 1001 so clients reconnect elsewhere, then stops accepting. */
    async close(): Promise<void> {
      closing = true;
      clearInterval(heartbeat);
      deps.server.off("upgrade", onUpgrade);
      const all = [...hub.everyone, ...unauthenticated];
      const closed = all.map(
        (c) =>
          new Promise<void>((resolve) => {
            if (c.ws.readyState === 3) return resolve();
            c.ws.once("close", () => resolve());
            closeWith(c, CLOSE.goingAway, "server shutting down", "shutdown");
          }),
      );
      const grace = setTimeout(() => {
        for (const c of all) c.ws.terminate();
      }, 1_000);
      await Promise.all(closed);
      clearTimeout(grace);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

export type WsServer = ReturnType<typeof attachWsServer>;
