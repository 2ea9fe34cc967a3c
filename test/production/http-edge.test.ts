/**
 * The HTTP edge as a load balancer and a browser meet it: HEAD on every GET route answers with the
 * GET's headers and no body; HSTS goes out when PUBLIC_URL is https (and only then); and behind a
 * balancer (TRUST_PROXY) the Mini App sign-in's per-IP limit keys on the client X-Forwarded-For
 * names, while without TRUST_PROXY the header is ignored.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryCacheBus } from "../../src/cache/index.ts";
import { createConfig } from "../../src/config/config.ts";
import { createHttpServer } from "../../src/http/server.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { createMetrics } from "../../src/observability/metrics.ts";
import { createLiveStatus } from "../../src/ws/index.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { type ProdStack, startProdStack } from "./stack.ts";

const GET_ROUTES = ["/live", "/ready", "/health", "/metrics", "/live-status"];
// Per connection or per moment, not per route: the rest must be identical.
const VARYING = new Set(["date", "connection", "keep-alive"]);
const AUTH_LIMIT = 30;

const headersOf = (res: Response, skip = VARYING) =>
  Object.fromEntries([...res.headers].filter(([name]) => !skip.has(name)));

/** POSTs a body the route refuses (400) unless the per-IP limit refuses it first (429). */
const signIn = (base: string, forwardedFor?: string) =>
  fetch(`${base}/api/auth/telegram`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
    },
    body: "{}",
  }).then((r) => r.status);

let s: ProdStack;
beforeAll(async () => {
  s = await startProdStack({
    mode: "polling",
    env: { TRUST_PROXY: "1", PUBLIC_URL: "https://bot.example.com" },
  });
}, 60_000);
afterAll(async () => {
  await s?.stop();
  await dropFreshDatabases();
});

describe("HEAD", () => {
  it("answers every GET route with the GET's status and headers, and no body", async () => {
    for (const path of GET_ROUTES) {
      const get = await fetch(`${s.base}${path}`);
      await get.arrayBuffer();
      const head = await fetch(`${s.base}${path}`, { method: "HEAD" });
      expect(head.status, path).toBe(get.status);
      expect(await head.text(), path).toBe("");
      // Check timings (/ready, /health), uptime and /metrics' own counters may change the body's
      // length between the two requests; the rest must match exactly.
      const lengthVaries = path === "/ready" || path === "/health" || path === "/metrics";
      const skip = new Set([...VARYING, ...(lengthVaries ? ["content-length"] : [])]);
      expect(headersOf(head, skip), path).toEqual(headersOf(get, skip));
      expect(Number(head.headers.get("content-length")), path).toBeGreaterThan(0);
    }
  });

  it("is refused with 405 and an Allow header on a route that has no GET", async () => {
    const res = await fetch(`${s.base}/api/auth/telegram`, { method: "HEAD" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST, OPTIONS");
    const live = await fetch(`${s.base}/live`, { method: "DELETE" });
    expect(live.headers.get("allow")).toBe("GET, HEAD");
  });
});

describe("HSTS", () => {
  it("is sent on every response when PUBLIC_URL is https", async () => {
    for (const path of ["/live", "/live-status", "/no-such-route"]) {
      const res = await fetch(`${s.base}${path}`);
      expect(res.headers.get("strict-transport-security"), path).toBe("max-age=31536000; includeSubDomains");
    }
  });

  it("is not sent when PUBLIC_URL is plain http or unset", async () => {
    for (const publicUrl of ["http://bot.example.com", undefined]) {
      const metrics = createMetrics({ defaultMetrics: false });
      const http = createHttpServer({
        logger: createLogger({ level: "silent" }),
        metrics,
        version: "test",
        mode: () => ({}),
        dependencies: [],
        publicUrl,
      });
      const port = await http.listen(0, "127.0.0.1");
      try {
        const res = await fetch(`http://127.0.0.1:${port}/live`);
        expect(res.status).toBe(200);
        expect(res.headers.get("strict-transport-security")).toBeNull();
      } finally {
        await http.close();
      }
    }
  });
});

describe("per-IP limit of POST /api/auth/telegram", () => {
  it("behind a trusted balancer, gives each forwarded client its own bucket", async () => {
    for (let i = 0; i < AUTH_LIMIT; i++) expect(await signIn(s.base, "203.0.113.7")).toBe(400);
    expect(await signIn(s.base, "203.0.113.7")).toBe(429);
    // A client that forges an older hop still lands in its own (real) bucket, not in a fresh one.
    expect(await signIn(s.base, "198.51.100.1, 203.0.113.7")).toBe(429);
    expect(await signIn(s.base, "203.0.113.8")).toBe(400);
    expect(await signIn(s.base)).toBe(400);
  });

  it("without TRUST_PROXY, ignores X-Forwarded-For: every request counts under the peer", async () => {
    const config = createConfig({
      BOT_TOKEN: "123456:AAtest",
      JWT_SECRET: "x".repeat(32),
      DATA_DIR: "memory://",
    });
    const cache = createMemoryCacheBus();
    const metrics = createMetrics({ defaultMetrics: false });
    const logger = createLogger({ level: "silent" });
    const live = createLiveStatus({ config, cache, logger, metrics });
    const http = createHttpServer({
      logger,
      metrics,
      version: "test",
      mode: () => ({}),
      dependencies: [],
      routes: live.routes,
    });
    const port = await http.listen(0, "127.0.0.1");
    const base = `http://127.0.0.1:${port}`;
    try {
      for (let i = 0; i < AUTH_LIMIT; i++) expect(await signIn(base, `203.0.113.${i}`)).toBe(400);
      expect(await signIn(base, "198.51.100.200")).toBe(429);
    } finally {
      await http.close();
      await live.close();
      await cache.close();
    }
  });
});
