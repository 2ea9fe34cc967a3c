/**
 * `npm run bench:load [-- --updates 3000 --users 64 --json]`
 *
 * Sustained webhook load through the full pipeline on Postgres + Redis, with the service running as
 * real processes (the production bundle, `node dist/main.js`, built first): one instance, then two
 * instances behind a small round-robin proxy
 * — the shape of `docker compose --scale app=2` behind a load balancer. Each figure sits beside a
 * bare grammY echo bot measured in the same run. DATABASE_URL / REDIS_URL default to the local
 * servers; a fresh database and Redis prefix are used and removed.
 */
import http from "node:http";
import { dropFreshDatabases, freshDatabaseUrl } from "../test/helpers/env.ts";
import { freePort } from "../test/helpers/harness.ts";
import { startMain } from "../test/helpers/process.ts";
import {
  buildBundle,
  LOCAL_DATABASE_URL,
  LOCAL_REDIS_URL,
  parseArgs,
  reporter,
  round,
  rssMb,
} from "./lib.ts";
import { benchBare, type LoadResult, serviceEnv, startLoadDriver } from "./load-driver.ts";

const args = parseArgs(process.argv.slice(2));
const total = Number(args.updates ?? 3000);
const users = Number(args.users ?? 64);
const warmup = Number(args.warmup ?? 300);
const json = args.json === true;
const log = reporter(json);
process.env.DATABASE_URL ||= LOCAL_DATABASE_URL;
const redisUrl = process.env.REDIS_URL || LOCAL_REDIS_URL;

/** Forwards each request to the next target in turn (keep-alive), like a minimal load balancer. */
async function roundRobin(targets: number[]) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  let next = 0;
  const server = http.createServer((req, res) => {
    const port = targets[next++ % targets.length]!;
    const upstream = http.request(
      { host: "127.0.0.1", port, path: req.url, method: req.method, headers: req.headers, agent },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return { port, close: () => new Promise<void>((r) => server.close(() => r())) };
}

buildBundle();
const driver = await startLoadDriver(users);
const { fakes } = driver;
const databaseUrl = await freshDatabaseUrl();
const env = (port: number) =>
  serviceEnv(fakes, port, {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    LLM_FACT_EXTRACTION: "off",
    JWT_SECRET: "bench-load-jwt-secret-with-32-characters!!",
    LOG_LEVEL: "warn",
  });

async function instances(n: number): Promise<LoadResult & { rss_mb: number[] }> {
  const ports = await Promise.all(Array.from({ length: n }, () => freePort()));
  const procs = ports.map((p) => startMain(env(p), { built: true }));
  // Logs go to stdout at warn level only; readiness is polled on /ready.
  for (const port of ports) {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const ok = await fetch(`http://127.0.0.1:${port}/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`instance on ${port} did not become ready`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const proxy = n > 1 ? await roundRobin(ports) : undefined;
  const url = `http://127.0.0.1:${proxy?.port ?? ports[0]}/telegram/webhook`;
  await driver.drive(url, warmup, 30_000 + n * 1000);
  const result = await driver.drive(url, total, 40_000 + n * 1000);
  const rss = procs.map((p) => rssMb(p.child.pid!));
  await proxy?.close();
  for (const p of procs) p.child.kill("SIGTERM");
  await Promise.all(procs.map((p) => p.exited));
  await driver.reset();
  return { ...result, rss_mb: rss };
}

log(
  `bench:load — ${total} updates, ${users} concurrent users, Postgres + Redis, service as separate processes`,
);
const bare = await benchBare(driver, warmup, total);
log(
  `bare grammY echo bot : ${round(bare.ups, 0)} updates/s  p50 ${round(bare.p50)} ms  p99 ${round(bare.p99)} ms`,
);
await driver.reset();
const one = await instances(1);
log(
  `1 instance           : ${round(one.ups, 0)} updates/s  p50 ${round(one.p50)} ms  p99 ${round(one.p99)} ms  RSS ${one.rss_mb.join(" + ")} MB  ratio ${round(one.ups / bare.ups, 3)}`,
);
const two = await instances(2);
log(
  `2 instances (RR)     : ${round(two.ups, 0)} updates/s  p50 ${round(two.p50)} ms  p99 ${round(two.p99)} ms  RSS ${two.rss_mb.join(" + ")} MB  ratio ${round(two.ups / bare.ups, 3)}`,
);
if (json) {
  const fig = (r: LoadResult & { rss_mb?: number[] }) => ({
    ups: round(r.ups, 1),
    p50_ms: round(r.p50),
    p99_ms: round(r.p99),
    errors: r.errors,
    ...(r.rss_mb ? { rss_mb: r.rss_mb, ratio: round(r.ups / bare.ups, 3) } : {}),
  });
  console.log(
    JSON.stringify({
      bare: fig(bare),
      one_instance: fig(one),
      two_instances: fig(two),
      updates: total,
      users,
    }),
  );
}
await dropFreshDatabases();
driver.close();
process.exit(0);
