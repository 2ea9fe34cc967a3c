/**
 * The one HTTP server: liveness, readiness, health, Prometheus metrics and the Telegram webhook
 * (the WebSocket server attaches to it for /ws). Every request gets a child logger and an id.
 */
import { randomUUID } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, log: Logger) => Promise<void> | void;

export interface DependencyCheck {
  name: string;
  check(): Promise<void>;
}

export interface HttpServerDeps {
  logger: Logger;
  metrics: Metrics;
  version: string;
  mode: () => Record<string, unknown>;
  dependencies: DependencyCheck[];
  /** Extra routes: "METHOD /path" → handler. */
  routes?: Record<string, RouteHandler>;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res
    .writeHead(status, {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    })
    .end(JSON.stringify(body));
};

async function checkAll(deps: DependencyCheck[]) {
  const results = await Promise.all(
    deps.map(async (d) => {
      const started = performance.now();
      try {
        await Promise.race([
          d.check(),
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error("timed out after 2000 ms")), 2000).unref(),
          ),
        ]);
        return [d.name, { ok: true, ms: Math.round(performance.now() - started) }] as const;
      } catch (err) {
        return [d.name, { ok: false, error: (err as Error).message }] as const;
      }
    }),
  );
  return { ok: results.every(([, r]) => r.ok), checks: Object.fromEntries(results) };
}

/** Creates the HTTP server (not yet listening). */
export function createHttpServer(deps: HttpServerDeps) {
  const started = Date.now();
  const routes: Record<string, RouteHandler> = {
    "GET /live": (_req, res) => json(res, 200, { status: "ok" }),
    "GET /ready": async (_req, res) => {
      const { ok, checks } = await checkAll(deps.dependencies);
      json(res, ok ? 200 : 503, { status: ok ? "ready" : "unavailable", checks });
    },
    "GET /health": async (_req, res) => {
      const { ok, checks } = await checkAll(deps.dependencies);
      json(res, ok ? 200 : 503, {
        status: ok ? "ok" : "degraded",
        version: deps.version,
        uptime_s: Math.round((Date.now() - started) / 1000),
        ...deps.mode(),
        dependencies: checks,
      });
    },
    "GET /metrics": async (_req, res) => {
      res.writeHead(200, { "content-type": deps.metrics.registry.contentType });
      res.end(await deps.metrics.registry.metrics());
    },
    ...deps.routes,
  };

  const server = http.createServer(async (req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const log = deps.logger.child({ req_id: randomUUID().slice(0, 8), method: req.method, path });
    const handler = routes[`${req.method} ${path}`];
    try {
      if (!handler) {
        const allowed = Object.keys(routes).some((k) => k.endsWith(` ${path}`));
        return json(res, allowed ? 405 : 404, { error: allowed ? "method not allowed" : "not found" });
      }
      await handler(req, res, log);
    } catch (err) {
      log.error({ err }, "request failed");
      if (!res.headersSent) json(res, 500, { error: "internal error" });
      else res.end();
    }
  });
  server.keepAliveTimeout = 65_000;

  return {
    server,
    async listen(port: number, host: string): Promise<number> {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve();
        });
      });
      return (server.address() as AddressInfo).port;
    },
    async close(): Promise<void> {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}
