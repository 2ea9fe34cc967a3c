/**
 * `npm run bench:startup [-- --runs 3 --json]`
 *
 * Start-up to ready and idle memory of the real service process (`node dist/main.js` as built by
 * `npm run build`, or `src/main.ts` through tsx with `--tsx`; webhook mode,
 * fake Bot API and LLM), beside a bare grammY webhook bot started the same way in the same run:
 *  - embedded default with an existing DATA_DIR (the usual restart), and its very first start
 *    (initdb into an empty DATA_DIR, once);
 *  - Postgres + Redis (DATABASE_URL / REDIS_URL, default: the local servers; a fresh database).
 * "Ready" is the first 200 from /ready, timed from spawn. Idle RSS is read from /proc after the
 * process has been ready and idle for `--idle` ms (default 3000), worker threads included, and in
 * each series' last run again after `--settle` ms (default 20000): V8 gives memory back only after
 * it has seen the process idle for a while.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { dropFreshDatabases, freshDatabaseUrl } from "../test/helpers/env.ts";
import { freePort } from "../test/helpers/harness.ts";
import { startMain } from "../test/helpers/process.ts";
import {
  buildBundle,
  LOCAL_DATABASE_URL,
  LOCAL_REDIS_URL,
  parseArgs,
  quantile,
  reporter,
  round,
  rssMb,
} from "./lib.ts";
import { SECRET, serviceEnv, startLoadDriver } from "./load-driver.ts";

const args = parseArgs(process.argv.slice(2));
const runs = Number(args.runs ?? 3);
const idleMs = Number(args.idle ?? 3000);
const settleMs = Number(args.settle ?? 20_000);
const json = args.json === true;
const log = reporter(json);
const databaseBase = process.env.DATABASE_URL || LOCAL_DATABASE_URL;
const redisUrl = process.env.REDIS_URL || LOCAL_REDIS_URL;

interface Sample {
  readyMs: number;
  rssMb: number;
  settledRssMb?: number;
}

type Entry = Parameters<typeof startMain>[1];

/** Starts `entry` with `env`, waits for /ready on `port`, idles, samples RSS (also after `settle` ms), stops it. */
async function measure(
  entry: Entry,
  env: Record<string, string | undefined>,
  port: number,
  settle = false,
): Promise<Sample> {
  const started = performance.now();
  const proc = startMain(env, entry);
  let readyMs = 0;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      readyMs = performance.now() - started;
      break;
    }
    if (proc.child.exitCode !== null || performance.now() - started > 60_000) {
      proc.child.kill("SIGKILL");
      throw new Error(`the service did not become ready:\n${proc.err()}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  await new Promise((r) => setTimeout(r, idleMs));
  const rss = rssMb(proc.child.pid!);
  if (settle) await new Promise((r) => setTimeout(r, Math.max(0, settleMs - idleMs)));
  const settledRssMb = settle ? rssMb(proc.child.pid!) : undefined;
  proc.child.kill("SIGTERM");
  await proc.exited;
  return { readyMs, rssMb: rss, settledRssMb };
}

const driver = await startLoadDriver(1);
const { fakes } = driver;
const work = mkdtempSync(path.join(tmpdir(), "velro-startup-"));

// The baseline: the smallest grammY webhook bot with a /ready route, as its own process.
const bareFile = path.join(work, "bare.mjs");
writeFileSync(
  bareFile,
  `import http from "node:http";
import { Bot, webhookCallback } from ${JSON.stringify(import.meta.resolve("grammy"))};
const bot = new Bot(process.env.BOT_TOKEN, { client: { apiRoot: process.env.TELEGRAM_API_ROOT } });
await bot.init();
bot.on("message:text", (ctx) => ctx.reply(ctx.message.text));
const hook = webhookCallback(bot, "http", { secretToken: ${JSON.stringify(SECRET)} });
http.createServer((req, res) => (req.url === "/ready" ? res.end("ok") : hook(req, res)))
  .listen(Number(process.env.PORT), "127.0.0.1");
`,
);

const entry: Entry = { built: !args.tsx };
if (!args.tsx) buildBundle();
const envFor = (port: number, extra: Record<string, string | undefined> = {}) =>
  serviceEnv(fakes, port, { LOG_LEVEL: "warn", LLM_FACT_EXTRACTION: "off", ...extra });

async function series(name: string, run: (port: number, settle: boolean) => Promise<Sample>, n = runs) {
  const samples: Sample[] = [];
  for (let i = 0; i < n; i++) samples.push(await run(await freePort(), i === n - 1));
  const settled = samples.at(-1)!.settledRssMb!;
  const ready = quantile(
    samples.map((s) => s.readyMs),
    0.5,
  );
  const rss = quantile(
    samples.map((s) => s.rssMb),
    0.5,
  );
  log(
    `${name.padEnd(34)}: ready ${round(ready, 0)} ms   idle RSS ${rss} MB   (median of ${n}), ${settled} MB after ${settleMs / 1000} s`,
  );
  return { ready_ms: round(ready, 0), idle_rss_mb: rss, settled_rss_mb: settled, runs: n };
}

log(`bench:startup — spawn to first 200 from /ready, RSS after ${idleMs} ms idle`);
const bare = await series("bare grammY webhook bot", async (port, settle) =>
  measure({ script: bareFile }, envFor(port), port, settle),
);
const dataDir = path.join(work, "data");
const first = await series(
  "embedded, first start (initdb)",
  async (port, settle) => measure(entry, envFor(port, { DATA_DIR: dataDir }), port, settle),
  1,
);
const embedded = await series("embedded, existing DATA_DIR", async (port, settle) =>
  measure(entry, envFor(port, { DATA_DIR: dataDir }), port, settle),
);
process.env.DATABASE_URL = databaseBase;
const pgUrl = await freshDatabaseUrl();
const postgres = await series("Postgres + Redis", async (port, settle) =>
  measure(entry, envFor(port, { DATABASE_URL: pgUrl, REDIS_URL: redisUrl }), port, settle),
);
if (json)
  console.log(JSON.stringify({ bare, embedded_first_start: first, embedded, postgres_redis: postgres }));
await dropFreshDatabases();
rmSync(work, { recursive: true, force: true });
driver.close();
process.exit(0);
