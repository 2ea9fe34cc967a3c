/**
 * The one HTTP server: liveness, readiness, health, Prometheus metrics and the Telegram webhook
 * (the WebSocket server attaches to it for /ws). Every request gets a child logger and an id.
 */
import { randomUUID } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { withCorrelation } from "../observability/correlation.ts";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import { applySecurityHeaders, bearerAuthorized } from "./security.ts";

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, log: Logger) => Promise<void> | void;

export interface DependencyCheck {
  name: string;
  check(): Promise<void>;
  /** "degraded": answering through a fallback; /ready answers 503 and says so, the service keeps serving. */
  status?(): "ok" | "degraded";
}

export interface HttpServerDeps {
  logger: Logger;
  metrics: Metrics;
  version: string;
  mode: () => Record<string, unknown>;
  dependencies: DependencyCheck[];
  /** Extra routes: "METHOD /path" → handler. */
  routes?: Record<string, RouteHandler>;
  /** When set, GET /metrics requires `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
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
        const ms = Math.round(performance.now() - started);
        const degraded = d.status?.() === "degraded";
        return [d.name, degraded ? { ok: true, degraded, ms } : { ok: true, ms }] as const;
      } catch (err) {
        return [d.name, { ok: false, error: (err as Error).message }] as const;
      }
    }),
  );
  return {
    ok: results.every(([, r]) => r.ok),
    degraded: results.some(([, r]) => "degraded" in r && r.degraded),
    checks: Object.fromEntries(results),
  };
}

/** Creates the HTTP server (not yet listening). */
export function createHttpServer(deps: HttpServerDeps) {
  const started = Date.now();
  const routes: Record<string, RouteHandler> = {
    "GET /live": (_req, res) => json(res, 200, { status: "ok" }),
    "GET /ready": async (_req, res) => {
      const { ok, degraded, checks } = await checkAll(deps.dependencies);
      const status = !ok ? "unavailable" : degraded ? "degraded" : "ready";
      // Ready means every dependency is reachable: degraded (Redis down, in-process fallback) is
      // 503 too, so a load balancer prefers healthy instances, while this one keeps serving.
      json(res, ok && !degraded ? 200 : 503, { status, checks });
    },
    "GET /health": async (_req, res) => {
      const { ok, degraded, checks } = await checkAll(deps.dependencies);
      json(res, ok ? 200 : 503, {
        status: ok && !degraded ? "ok" : "degraded",
        version: deps.version,
        uptime_s: Math.round((Date.now() - started) / 1000),
        ...deps.mode(),
        dependencies: checks,
      });
    },
    "GET /metrics": async (req, res) => {
      if (!bearerAuthorized(req, deps.metricsToken)) {
        res.setHeader("www-authenticate", 'Bearer realm="metrics"');
        return json(res, 401, { error: "metrics need Authorization: Bearer <METRICS_TOKEN>" });
      }
      res.writeHead(200, { "content-type": deps.metrics.registry.contentType });
      res.end(await deps.metrics.registry.metrics());
    },
    ...deps.routes,
  };

  // Each request runs with its request id as the correlation id (logged as `cid`).
  const server = http.createServer((req, res) => {
    const reqId = randomUUID().slice(0, 8);
    void withCorrelation(reqId, () => handle(req, res, reqId));
  });
  async function handle(req: IncomingMessage, res: ServerResponse, reqId: string): Promise<void> {
    const path = (req.url ?? "/").split("?")[0]!;
    const log = deps.logger.child({ req_id: reqId, method: req.method, path });
    const handler = routes[`${req.method} ${path}`];
    applySecurityHeaders(res);
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
  }
  server.keepAliveTimeout = 65_000;
  // Slow-loris bounds: a client must send its headers within 10 s and its body within 30 s.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

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
