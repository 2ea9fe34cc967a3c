/**
 * `npm run bench:webhook [-- --updates 3000 --users 64 --json]`
 *
 * Webhook updates per second and latency (POST → the reply's sendMessage reaching the Bot API)
 * through the full pipeline — dedupe, rate limit, database, dialogue, a fake instant
 * OpenAI-compatible LLM over HTTP, reply — beside a bare grammY webhook bot that echoes, measured in
 * the same process against the same fake Bot API with the same closed-loop load (one message in
 * flight per user). Embedded PGlite and the in-process cache by default; DATABASE_URL / REDIS_URL
 * switch to Postgres / Redis (a fresh database is created and dropped).
 */
import http from "node:http";
import { Bot, webhookCallback } from "grammy";
import type { Update } from "grammy/types";
import { startApp } from "../src/app.ts";
import { createConfig } from "../src/config/config.ts";
import { createLogger } from "../src/observability/logger.ts";
import { startFakeLlm } from "../test/fakes/llm-server.ts";
import { type FakeTelegram, startFakeTelegram } from "../test/fakes/telegram-server.ts";
import { privateText } from "../test/fakes/updates.ts";
import { dropFreshDatabases, freshDatabaseUrl } from "../test/helpers/env.ts";
import { freePort } from "../test/helpers/harness.ts";
import { parseArgs, quantile, round } from "./lib.ts";

const args = parseArgs(process.argv.slice(2));
const total = Number(args.updates ?? 3000);
const users = Number(args.users ?? 64);
const warmup = Number(args.warmup ?? 300);
const json = args.json === true;
const SECRET = "bench_secret";
const log = (s: string) => {
  if (!json) console.log(s);
};

interface LoadResult {
  ups: number;
  p50: number;
  p99: number;
  errors: number;
}

let nextUpdateId = 1;

/** Closed-loop load: `users` virtual users, each sending its next message once answered. */
async function drive(tg: FakeTelegram, url: string, count: number, userBase: number): Promise<LoadResult> {
  const latencies: number[] = [];
  let sent = 0;
  let errors = 0;
  const started = performance.now();
  const user = async (u: number) => {
    const chatId = userBase + u;
    while (sent < count) {
      sent++;
      const update = {
        ...privateText(`hello number ${sent}, how are you today?`, { userId: chatId }),
        update_id: nextUpdateId++,
      };
      const after = tg.calls.length;
      const t0 = performance.now();
      const reply = tg.waitFor(
        (c) => c.method === "sendMessage" && c.ok && Number(c.payload.chat_id) === chatId,
        15_000,
        after,
      );
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
        body: JSON.stringify(update satisfies Update),
      });
      await res.arrayBuffer();
      try {
        await reply;
        latencies.push(performance.now() - t0);
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: users }, (_, u) => user(u)));
  const seconds = (performance.now() - started) / 1000;
  return {
    ups: latencies.length / seconds,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    errors,
  };
}

async function benchBare(tg: FakeTelegram): Promise<LoadResult> {
  const bot = new Bot(tg.token, { client: { apiRoot: tg.apiRoot }, botInfo: tg.botInfo });
  bot.on("message:text", (ctx) => ctx.reply(`Echo: ${ctx.message.text}`));
  const server = http.createServer(webhookCallback(bot, "http", { secretToken: SECRET }));
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  const url = `http://127.0.0.1:${port}/`;
  await drive(tg, url, warmup, 10_000);
  const result = await drive(tg, url, total, 20_000);
  await new Promise<void>((r) => server.close(() => r()));
  server.closeAllConnections();
  return result;
}

async function benchPipeline(tg: FakeTelegram) {
  const llm = await startFakeLlm({ defaults: { chunkSize: 64, chunkDelayMs: 0 } });
  const port = await freePort();
  const config = createConfig(
    {
      BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/webhook`,
      WEBHOOK_SECRET: SECRET,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: await freshDatabaseUrl(),
      DATA_DIR: "memory://",
      REDIS_URL: process.env.REDIS_URL,
      REDIS_PREFIX: `velro-bench-${process.pid}:`,
      LLM_BASE_URL: llm.baseUrl,
      LLM_MODEL: "fake-instant",
      RATE_LIMIT_PER_MINUTE: "1000000",
    },
    "bench",
  );
  const app = await startApp(config, { logger: createLogger({ level: "silent" }), botInfo: tg.botInfo });
  const url = `http://127.0.0.1:${port}/telegram/webhook`;
  await drive(tg, url, warmup, 30_000);
  const result = await drive(tg, url, total, 40_000);
  const kinds = { database: app.db.kind, cache: app.cache.kind };
  await app.stop();
  await llm.close();
  await dropFreshDatabases();
  return { ...result, ...kinds };
}

const tg = await startFakeTelegram();
log(`bench:webhook — ${total} updates, ${users} concurrent users, ${warmup} warm-up updates each`);
const bare = await benchBare(tg);
log(
  `bare grammY echo bot : ${round(bare.ups, 0)} updates/s  p50 ${round(bare.p50)} ms  p99 ${round(bare.p99)} ms`,
);
tg.reset();
const pipe = await benchPipeline(tg);
log(
  `full pipeline (${pipe.database} + ${pipe.cache}) : ${round(pipe.ups, 0)} updates/s  p50 ${round(pipe.p50)} ms  p99 ${round(pipe.p99)} ms`,
);
const ratio = pipe.ups / bare.ups;
log(`ratio pipeline/bare  : ${round(ratio, 3)} (aim ≥ 0.5)`);
if (bare.errors || pipe.errors) log(`errors: bare ${bare.errors}, pipeline ${pipe.errors}`);
if (json) {
  console.log(
    JSON.stringify({
      pipeline_ups: round(pipe.ups, 1),
      bare_ups: round(bare.ups, 1),
      ratio: round(ratio, 3),
      p50_ms: round(pipe.p50),
      p99_ms: round(pipe.p99),
      bare_p50_ms: round(bare.p50),
      bare_p99_ms: round(bare.p99),
      database: pipe.database,
      cache: pipe.cache,
      updates: total,
      users,
      errors: pipe.errors,
    }),
  );
}
await tg.close();
process.exit(0);
