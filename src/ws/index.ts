/**
 * The live-status feature put together: tokens, HTTP routes, the fan-out hub fed by one bus
 * subscription, replay buffers and the /ws endpoint. app.ts creates it before the HTTP server (its
 * routes go in there) and starts it once the server listens.
 */
import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import type { CacheBus } from "../cache/types.ts";
import type { Config } from "../config/config.ts";
import type { RouteHandler } from "../http/server.ts";
import type { BotI18n } from "../i18n/index.ts";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import { EVENTS_CHANNEL, publishEvent } from "../services/events.ts";
import { createWsChat, type WsChatDeps } from "./chat.ts";
import { createHub } from "./hub.ts";
import { randomSecret, type VerifyResult, verifyToken } from "./jwt.ts";
import { createReplayStore, DEFAULT_REPLAY, type ReplayOptions } from "./replay.ts";
import { type LiveRoutesDeps, liveRoutes } from "./routes.ts";
import { attachWsServer, DEFAULT_LIMITS, type WsLimits, type WsServer } from "./server.ts";
import { createTokenIssuer, type TokenIssuer } from "./tokens.ts";

export type { IssuedToken, TokenIssuer } from "./tokens.ts";

export interface LiveStatusDeps {
  config: Config;
  cache: CacheBus;
  logger: Logger;
  metrics: Metrics;
  limits?: Partial<WsLimits>;
  replay?: Partial<ReplayOptions>;
  /** The live page's languages (the bot's); English only when unset. */
  i18n?: BotI18n;
  /** Registers a user who signed in to the Mini App (see LiveRoutesDeps.onSignIn). */
  onSignIn?: LiveRoutesDeps["onSignIn"];
  /** Conversation over /ws (protocol version 2); without it chat frames are refused. */
  chat?: WsChatDeps;
}

export interface LiveStatus {
  tokens: TokenIssuer;
  /** Checks a token this service issued (the REST API's Bearer tokens are the same tokens). */
  verify(token: string): VerifyResult;
  routes: Record<string, RouteHandler>;
  /** Subscribes to the bus, attaches /ws to `server` and announces this instance. */
  start(server: Server, port: number): Promise<void>;
  /** Open connections on this instance. */
  connections(): number;
  close(): Promise<void>;
}

/** Creates the live-status feature (nothing is opened until start). */
export function createLiveStatus(deps: LiveStatusDeps): LiveStatus {
  const { config, cache, logger, metrics } = deps;
  let secret = config.jwtSecret;
  if (!secret) {
    secret = randomSecret();
    logger.warn(
      "JWT_SECRET is not set: using a random secret, so live-status tokens stop working on restart and are not accepted by other instances",
    );
  }
  const adminIds = new Set(config.adminIds);
  let listening = { host: config.host, port: config.port };
  const tokens = createTokenIssuer({
    secret,
    ttlSeconds: config.jwtTtlSeconds,
    adminIds,
    publicUrl: config.publicUrl,
    listening: () => listening,
  });
  const limits = { ...DEFAULT_LIMITS, ...deps.limits };
  const replay = createReplayStore(cache, logger, { ...DEFAULT_REPLAY, ...deps.replay });
  let ws: WsServer | undefined;
  const hub = createHub({
    logger,
    metrics,
    replay,
    maxBufferedBytes: limits.maxBufferedBytes,
    onSlowConsumer: (conn) => ws?.dropSlow(conn),
  });
  const instance = randomBytes(4).toString("hex");
  const chat = deps.chat ? createWsChat(deps.chat) : undefined;
  let unsubscribe: (() => Promise<void>) | undefined;

  const status = (state: "online" | "offline") =>
    publishEvent(cache, {
      type: "bot.status",
      payload: { status: state, instance, version: config.version },
    }).catch((err) => logger.warn({ err: (err as Error).message }, "could not publish bot.status"));

  return {
    tokens,
    verify: (token) => verifyToken(secret, token),
    routes: liveRoutes({
      botToken: config.botToken,
      tokens,
      cache,
      corsOrigins: config.corsOrigins,
      i18n: deps.i18n,
      onSignIn: deps.onSignIn,
    }),
    async start(server, port) {
      listening = { host: config.host, port };
      unsubscribe = await cache.subscribe(EVENTS_CHANNEL, (raw) => hub.dispatch(raw));
      ws = attachWsServer({
        server,
        path: "/ws",
        hub,
        replay,
        bus: cache,
        secret,
        adminIds,
        logger,
        metrics,
        limits,
        chat,
      });
      await status("online");
    },
    connections: () => ws?.size() ?? 0,
    async close() {
      if (unsubscribe) await status("offline");
      await ws?.close();
      await unsubscribe?.();
      unsubscribe = undefined;
    },
  };
}
