/**
 * The one HTTP server: liveness, readiness, health, Prometheus metrics and the Telegram webhook
 * (the WebSocket server attaches to it for /ws). Every request gets a child logger, an id, the
 * client's address (through trusted proxies) and a duration in velro_http_request_duration_seconds.
 * Every GET route answers HEAD too, with the same headers and no body. A route's path may name
 * segments (`/api/memories/:id`) or end in `*` (`/app/assets/*`); the values arrive in `params`.
 */
import { randomUUID } from "node:crypto";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { withCorrelation } from "../observability/correlation.ts";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import { createClientIp, type TrustProxy } from "./client-ip.ts";
import { sendJson as json, sendText } from "./respond.ts";
import { applySecurityHeaders, bearerAuthorized } from "./security.ts";

/** What the server learned about a request before its route runs. */
export interface RequestContext {
  /** The client's address: the socket's peer, or the X-Forwarded-For entry TRUST_PROXY vouches for. */
  clientIp: string;
  /** Values of the route's `:name` segments (and `*` for a trailing wildcard), decoded. */
  params: Record<string, string>;
}

export type RouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  log: Logger,
  ctx: RequestContext,
) => Promise<void> | void;

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
  /** The service's public URL; when it is https, every response carries HSTS. */
  publicUrl?: string;
  /** How far X-Forwarded-For is believed (TRUST_PROXY); unset, the socket's peer is the client. */
  trustProxy?: TrustProxy;
}

// Methods outside this set are counted as "other", so a client inventing methods cannot grow the
// metric's label set.
const KNOWN_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

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

interface PatternRoute {
  method: string;
  pattern: string;
  regex: RegExp;
  names: string[];
  handler: RouteHandler;
}

/** Compiles the routes whose path has `:name` segments or a trailing `*`. */
function compilePatterns(routes: Record<string, RouteHandler>): PatternRoute[] {
  const out: PatternRoute[] = [];
  for (const [key, handler] of Object.entries(routes)) {
    const [method, pattern] = key.split(" ") as [string, string];
    if (!/\/[:*]/.test(pattern)) continue;
    const names: string[] = [];
    const source = pattern
      .split("/")
      .map((seg) => {
        if (seg !== "*" && !seg.startsWith(":")) return seg.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        names.push(seg === "*" ? "*" : seg.slice(1));
        return seg === "*" ? "(.+)" : "([^/]+)";
      })
      .join("/");
    out.push({ method, pattern, regex: new RegExp(`^${source}$`), names, handler });
  }
  return out;
}

/** Decodes a path segment; a malformed escape leaves it as it came. */
function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
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
      sendText(res, 200, await deps.metrics.registry.metrics(), {
        "content-type": deps.metrics.registry.contentType,
      });
    },
    ...deps.routes,
  };

  deps.metrics.buildInfo.set({ version: deps.version }, 1);
  const hsts = deps.publicUrl?.startsWith("https:") ?? false;
  const clientIp = createClientIp(deps.trustProxy);
  /** Methods served on each path, for 405's Allow header; a GET route answers HEAD as well. */
  const methodsByPath = new Map<string, string[]>();
  const patterns = compilePatterns(routes);
  for (const key of Object.keys(routes)) {
    const [method, path] = key.split(" ") as [string, string];
    const methods = methodsByPath.get(path) ?? [];
    methods.push(method, ...(method === "GET" ? ["HEAD"] : []));
    methodsByPath.set(path, methods);
  }

  // Each request runs with its request id as the correlation id (logged as `cid`).
  const server = http.createServer((req, res) => {
    const reqId = randomUUID().slice(0, 8);
    void withCorrelation(reqId, () => handle(req, res, reqId));
  });
  async function handle(req: IncomingMessage, res: ServerResponse, reqId: string): Promise<void> {
    const started = performance.now();
    const path = (req.url ?? "/").split("?")[0]!;
    const log = deps.logger.child({ req_id: reqId, method: req.method, path });
    // Node drops the body of a response to HEAD by itself and keeps the headers.
    let handler =
      routes[`${req.method} ${path}`] ?? (req.method === "HEAD" ? routes[`GET ${path}`] : undefined);
    let allowed = methodsByPath.get(path);
    let matched = allowed ? path : undefined;
    const params: Record<string, string> = {};
    if (!allowed) {
      // Patterns only for paths no exact route claims; the first pattern the path fits decides.
      for (const p of patterns) {
        const m = p.regex.exec(path);
        if (!m) continue;
        if (matched === undefined) {
          matched = p.pattern;
          allowed = methodsByPath.get(p.pattern);
          p.names.forEach((name, i) => {
            params[name] = decodeSegment(m[i + 1]!);
          });
        }
        if (p.pattern !== matched) continue;
        if (p.method === req.method) handler = p.handler;
        else if (req.method === "HEAD" && p.method === "GET") handler ??= p.handler;
      }
    }
    // The route pattern, never the raw path: a scan of random URLs must not add label values.
    const route = matched ?? "unmatched";
    res.once("close", () => {
      const method = KNOWN_METHODS.has(req.method ?? "") ? req.method! : "other";
      const status = res.headersSent ? String(res.statusCode) : "aborted";
      deps.metrics.httpDuration.observe({ route, method, status }, (performance.now() - started) / 1000);
    });
    applySecurityHeaders(res, { hsts });
    try {
      if (!handler) {
        if (!allowed) return json(res, 404, { error: "not found" });
        return json(res, 405, { error: "method not allowed" }, { allow: allowed.join(", ") });
      }
      await handler(req, res, log, { clientIp: clientIp(req), params });
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
