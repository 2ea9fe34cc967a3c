/** Starts the live-status feature alone on a real HTTP server (memory bus, or Redis with REDIS_URL). */
import { randomBytes } from "node:crypto";
import net from "node:net";
import { createMemoryCacheBus, createRedisCacheBus } from "../../src/cache/index.ts";
import type { CacheBus } from "../../src/cache/types.ts";
import { type Config, createConfig } from "../../src/config/config.ts";
import { createHttpServer } from "../../src/http/server.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { createMetrics, type Metrics } from "../../src/observability/metrics.ts";
import { createLiveStatus, type LiveStatus } from "../../src/ws/index.ts";
import type { ReplayOptions } from "../../src/ws/replay.ts";
import type { WsLimits } from "../../src/ws/server.ts";

export const ADMIN_ID = 900_001;
export const SECRET = "test-secret-0123456789-0123456789-abcdef";
export const BOT_TOKEN = "123456:AAtest-bot-token";

export interface LiveServer {
  live: LiveStatus;
  cache: CacheBus;
  config: Config;
  metrics: Metrics;
  port: number;
  url(query?: string): string;
  token(userId: number): string;
  /** A counter or gauge value from the registry. */
  metric(name: string, labels?: Record<string, string>): Promise<number>;
  stop(): Promise<void>;
}

/** Starts a server with the given limits. */
export async function startLiveServer(
  options: {
    limits?: Partial<WsLimits>;
    replay?: Partial<ReplayOptions>;
    env?: Record<string, string>;
    /** Wraps the bus the feature uses (to slow or fail parts of it). */
    wrapCache?: (cache: CacheBus) => CacheBus;
  } = {},
): Promise<LiveServer> {
  const logger = createLogger({ level: process.env.TEST_LOG_LEVEL ?? "silent" });
  const bus = process.env.REDIS_URL
    ? await createRedisCacheBus({
        url: process.env.REDIS_URL,
        logger,
        keyPrefix: `velro-test-${randomBytes(4).toString("hex")}:`,
      })
    : createMemoryCacheBus();
  const cache = options.wrapCache?.(bus) ?? bus;
  const config = createConfig(
    {
      BOT_TOKEN,
      JWT_SECRET: SECRET,
      ADMIN_IDS: String(ADMIN_ID),
      HOST: "127.0.0.1",
      PORT: "0",
      DATA_DIR: "memory://",
      ...options.env,
    },
    "test",
  );
  const metrics = createMetrics({ defaultMetrics: false });
  const live = createLiveStatus({
    config,
    cache,
    logger,
    metrics,
    limits: options.limits,
    replay: options.replay,
  });
  const http = createHttpServer({
    logger,
    metrics,
    version: "test",
    mode: () => ({}),
    dependencies: [],
    routes: live.routes,
  });
  const port = await http.listen(0, "127.0.0.1");
  await live.start(http.server, port);
  return {
    live,
    cache,
    config,
    metrics,
    port,
    url: (query = "") => `ws://127.0.0.1:${port}/ws${query ? `?${query}` : ""}`,
    token: (userId) => live.tokens.issue(userId).token,
    async metric(name, labels = {}) {
      const metric = (await metrics.registry.getMetricsAsJSON()).find((m) => m.name === name);
      const value = metric?.values.find((v) =>
        Object.entries(labels).every(
          ([k, want]) => String((v.labels as Record<string, unknown>)[k]) === want,
        ),
      );
      return Number(value?.value ?? 0);
    },
    async stop() {
      await live.close();
      await http.close();
      await cache.close();
    },
  };
}

/** A raw TCP WebSocket handshake that then never reads or answers pings (a dead or stuck client). */
export async function rawUpgrade(port: number, token: string): Promise<net.Socket> {
  const socket = net.connect(port, "127.0.0.1");
  socket.on("error", () => {});
  await new Promise<void>((resolve, reject) => {
    let head = "";
    socket.once("connect", () =>
      socket.write(
        [
          `GET /ws?token=${token} HTTP/1.1`,
          "Host: 127.0.0.1",
          "Upgrade: websocket",
          "Connection: Upgrade",
          `Sec-WebSocket-Key: ${randomBytes(16).toString("base64")}`,
          "Sec-WebSocket-Version: 13",
          "",
          "",
        ].join("\r\n"),
      ),
    );
    const onData = (chunk: Buffer) => {
      head += chunk.toString("latin1");
      if (!head.includes("\r\n\r\n")) return;
      socket.off("data", onData);
      if (head.startsWith("HTTP/1.1 101")) resolve();
      else reject(new Error(head.split("\r\n")[0]));
    };
    socket.on("data", onData);
    socket.once("error", reject);
  });
  return socket;
}
