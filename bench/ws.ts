/**
 * `npm run bench:ws [-- --connections 10000 --rounds 5 --json]`
 *
 * Live-status WebSocket capacity: opens N idle authenticated connections to the real /ws server
 * (JWT in the query, hub, replay, heartbeats, in-process bus or Redis with REDIS_URL), reports RSS
 * per connection, then publishes a ~200-byte event that every connection receives and reports the
 * delivery latency p50/p99 (publish → client receipt). A bare `ws` server holding the same number of
 * connections and sending the same bytes in a loop is measured in the same run. Each server and the
 * clients run in separate child processes, so client memory never counts as server memory; children
 * are spawned through bash with `ulimit -n` raised to the hard limit, which caps N a little below it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import { fileURLToPath } from "node:url";
import { WebSocket, WebSocketServer } from "ws";
import { parseArgs, quantile, reporter, round } from "./lib.ts";

const args = parseArgs(process.argv.slice(2));
const role = String(args.role ?? "main");
const now = () => performance.timeOrigin + performance.now();
const send = (msg: unknown) => process.send!(msg);
const onMessage = (handler: (msg: { type: string; [k: string]: unknown }) => void | Promise<void>) =>
  process.on("message", (m) => void handler(m as { type: string }));

/** Settles the heap so RSS reflects live memory, not garbage waiting for collection. */
async function settledRss(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((r) => setTimeout(r, 200));
  }
  return process.memoryUsage().rss;
}

/** The same ~200-byte event both servers send, with the publish time inside. */
function eventPayload(sentAt: number) {
  return {
    text: "Scheduled maintenance tonight at 02:00 UTC; generations will pause for ~5 min.",
    source: "ws" as const,
    sentAt,
  };
}

// ---- server child: velro's live-status server, or a bare ws server ----
async function runServer(kind: "velro" | "bare", secret: string) {
  if (kind === "bare") {
    const server = http.createServer();
    const wss = new WebSocketServer({ server });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    send({ type: "ready", port, rss: await settledRss() });
    onMessage(async (msg) => {
      if (msg.type === "rss") send({ type: "rss", rss: await settledRss(), connections: wss.clients.size });
      if (msg.type === "broadcast") {
        const sentAt = now();
        const data = JSON.stringify({
          type: "event",
          event: {
            id: "x",
            type: "announcement",
            ts: new Date().toISOString(),
            payload: eventPayload(sentAt),
          },
        });
        for (const c of wss.clients) c.send(data);
      }
    });
    return;
  }
  const { createMemoryCacheBus, createRedisCacheBus } = await import("../src/cache/index.ts");
  const { createConfig } = await import("../src/config/config.ts");
  const { createHttpServer } = await import("../src/http/server.ts");
  const { createLogger } = await import("../src/observability/logger.ts");
  const { createMetrics } = await import("../src/observability/metrics.ts");
  const { publishEvent } = await import("../src/services/events.ts");
  const { createLiveStatus } = await import("../src/ws/index.ts");
  const logger = createLogger({ level: "warn" });
  const config = createConfig(
    { BOT_TOKEN: "1:bench", JWT_SECRET: secret, HOST: "127.0.0.1", PORT: "0", DATA_DIR: "memory://" },
    "bench",
  );
  const cache = process.env.REDIS_URL
    ? await createRedisCacheBus({
        url: process.env.REDIS_URL,
        logger,
        keyPrefix: `velro-bench-${secret.slice(0, 6)}:`,
      })
    : createMemoryCacheBus();
  const metrics = createMetrics({ defaultMetrics: false });
  const live = createLiveStatus({ config, cache, logger, metrics });
  const server = createHttpServer({
    logger,
    metrics,
    version: "bench",
    mode: () => ({}),
    dependencies: [],
    routes: live.routes,
  });
  const port = await server.listen(0, "127.0.0.1");
  await live.start(server.server, port);
  send({ type: "ready", port, rss: await settledRss(), cache: cache.kind });
  onMessage(async (msg) => {
    if (msg.type === "rss") send({ type: "rss", rss: await settledRss(), connections: live.connections() });
    if (msg.type === "broadcast") {
      await publishEvent(cache, { type: "announcement", payload: eventPayload(now()) });
    }
  });
}

// ---- client child: holds connections and timestamps deliveries ----
async function runClient() {
  const { signToken } = await import("../src/ws/jwt.ts");
  const sockets: WebSocket[] = [];
  let latencies: number[] = [];
  let expected = 0;
  let round = 0;
  const onEvent = (data: WebSocket.RawData) => {
    const at = now();
    const text = data.toString();
    // Velro's first frames (ready, resumed) are not deliveries.
    if (!text.startsWith('{"type":"event"')) return;
    const frame = JSON.parse(text) as { event: { payload: { sentAt: number } } };
    latencies.push(at - frame.event.payload.sentAt);
    if (latencies.length === expected) send({ type: "delivered", round, latencies });
  };
  onMessage(async (msg) => {
    if (msg.type === "open") {
      const { url, count, firstUser, secret, localAddress, auth } = msg as unknown as {
        url: string;
        count: number;
        firstUser: number;
        secret: string;
        localAddress: string;
        auth: boolean;
      };
      let next = 0;
      let failed = 0;
      const openOne = async (): Promise<void> => {
        while (next < count) {
          const i = next++;
          const token = auth
            ? signToken(secret, { userId: firstUser + i, admin: false, ttlSeconds: 3600 }).token
            : "";
          const ws = new WebSocket(auth ? `${url}?token=${token}` : url, {
            localAddress,
            perMessageDeflate: false,
          });
          const ok = await new Promise<boolean>((resolve) => {
            // An authenticated connection counts once the server said ready; a bare one once open.
            if (auth) ws.once("message", () => resolve(true));
            else ws.once("open", () => resolve(true));
            ws.once("error", () => resolve(false));
          });
          if (!ok) {
            failed++;
            continue;
          }
          ws.on("message", onEvent);
          sockets.push(ws);
        }
      };
      await Promise.all(Array.from({ length: 100 }, openOne));
      send({ type: "opened", count: sockets.length, failed });
    }
    if (msg.type === "expect") {
      latencies = [];
      expected = sockets.length;
      round = msg.round as number;
      send({ type: "armed" });
    }
    if (msg.type === "close") {
      for (const ws of sockets) ws.terminate();
      send({ type: "closed" });
      setTimeout(() => process.exit(0), 100);
    }
  });
  send({ type: "ready" });
}

// ---- main: orchestrates both servers and the clients ----
function child(argv: string[]): ChildProcess {
  const file = fileURLToPath(import.meta.url);
  // Children get the hard file-descriptor limit: every connection is a descriptor on both ends.
  return spawn(
    "bash",
    [
      "-c",
      'ulimit -n "$(ulimit -Hn)" 2>/dev/null; exec "$0" "$@"',
      process.execPath,
      "--expose-gc",
      "--import",
      "tsx",
      file,
      ...argv,
    ],
    { stdio: ["ignore", "inherit", "inherit", "ipc"], env: process.env },
  );
}

function next<T>(proc: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const on = (msg: { type: string }) => {
      if (msg.type !== type) return;
      proc.off("message", on);
      proc.off("exit", exit);
      resolve(msg as T);
    };
    const exit = (code: number) => reject(new Error(`child exited (${code}) while waiting for ${type}`));
    proc.on("message", on);
    proc.once("exit", exit);
  });
}

interface Figures {
  connections: number;
  failed: number;
  rss_per_connection_bytes: number;
  rss_before_mb: number;
  rss_after_mb: number;
  open_seconds: number;
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
}

async function measure(
  kind: "velro" | "bare",
  n: number,
  rounds: number,
  kindIndex: number,
): Promise<Figures> {
  const secret = randomBytes(24).toString("hex");
  const server = child(["--role", "server", "--kind", kind, "--secret", secret]);
  const ready = await next<{ port: number; rss: number }>(server, "ready");
  const url = kind === "velro" ? `ws://127.0.0.1:${ready.port}/ws` : `ws://127.0.0.1:${ready.port}`;
  const perClient = 9_000;
  const clients: ChildProcess[] = [];
  for (let i = 0; i * perClient < n; i++) clients.push(child(["--role", "client"]));
  await Promise.all(clients.map((c) => next(c, "ready")));
  const started = performance.now();
  const opened = await Promise.all(
    clients.map((c, i) => {
      const result = next<{ count: number; failed: number }>(c, "opened");
      c.send({
        type: "open",
        url,
        count: Math.min(perClient, n - i * perClient),
        firstUser: 1_000_000 + i * perClient,
        secret,
        // A source address per client and server kind, so no run runs out of ephemeral ports.
        localAddress: `127.0.${kindIndex + 1}.${i + 2}`,
        auth: kind === "velro",
      });
      return result;
    }),
  );
  const openSeconds = (performance.now() - started) / 1000;
  const count = opened.reduce((s, o) => s + o.count, 0);
  const failed = opened.reduce((s, o) => s + o.failed, 0);
  const after = await (async () => {
    const r = next<{ rss: number; connections: number }>(server, "rss");
    server.send({ type: "rss" });
    return r;
  })();

  const all: number[] = [];
  for (let r = 0; r < rounds; r++) {
    await Promise.all(
      clients.map((c) => {
        const armed = next(c, "armed");
        c.send({ type: "expect", round: r });
        return armed;
      }),
    );
    const delivered = clients.map((c) => next<{ latencies: number[] }>(c, "delivered"));
    server.send({ type: "broadcast" });
    for (const d of await Promise.all(delivered)) all.push(...d.latencies);
    await new Promise((res) => setTimeout(res, 300));
  }
  await Promise.all(
    clients.map((c) => {
      const closed = next(c, "closed");
      c.send({ type: "close" });
      return closed;
    }),
  );
  server.kill();
  await new Promise((r) => server.once("exit", r));
  return {
    connections: after.connections,
    failed,
    rss_per_connection_bytes: Math.round((after.rss - ready.rss) / Math.max(1, count)),
    rss_before_mb: round(ready.rss / 1_048_576, 1),
    rss_after_mb: round(after.rss / 1_048_576, 1),
    open_seconds: round(openSeconds, 1),
    p50_ms: round(quantile(all, 0.5)),
    p99_ms: round(quantile(all, 0.99)),
    max_ms: round(Math.max(...all)),
  };
}

async function main() {
  const n = Number(args.connections ?? 10_000);
  const rounds = Number(args.rounds ?? 5);
  const json = args.json === true;
  if (!Number.isInteger(n) || n < 1 || n > 19_500) {
    console.error(
      "--connections must be 1..19500 (each connection is a file descriptor; the hard limit here is 20,000)",
    );
    process.exit(2);
  }
  const log = reporter(json);
  log(`bench:ws — ${n} idle connections, ${rounds} broadcasts of a ~200-byte event`);
  const bare = await measure("bare", n, rounds, 0);
  log(`bare ws : ${JSON.stringify(bare)}`);
  const velro = await measure("velro", n, rounds, 1);
  log(`velro   : ${JSON.stringify(velro)}`);
  const result = {
    connections: n,
    rounds,
    bus: process.env.REDIS_URL ? "redis" : "memory",
    velro,
    bare,
    memory_ratio: round(velro.rss_per_connection_bytes / Math.max(1, bare.rss_per_connection_bytes)),
    p99_ratio: round(velro.p99_ms / Math.max(0.001, bare.p99_ms)),
  };
  if (json) console.log(JSON.stringify(result));
  else {
    log("");
    log("| server | connections | RSS/conn | fan-out p50 | p99 | max |");
    log("|---|---|---|---|---|---|");
    for (const [name, f] of [
      ["velro /ws", velro],
      ["bare ws", bare],
    ] as const) {
      log(
        `| ${name} | ${f.connections} | ${(f.rss_per_connection_bytes / 1024).toFixed(1)} KiB | ${f.p50_ms} ms | ${f.p99_ms} ms | ${f.max_ms} ms |`,
      );
    }
    log(`memory ratio ${result.memory_ratio}× (aim ≤ 2), p99 ratio ${result.p99_ratio}× (aim ≤ 2)`);
  }
}

if (role === "server") await runServer(args.kind === "bare" ? "bare" : "velro", String(args.secret));
else if (role === "client") await runClient();
else await main();
