/**
 * `npm run bench:webhook [-- --updates 3000 --users 64 --json]`
 *
 * Webhook updates per second and latency (POST → the reply's sendMessage reaching the Bot API)
 * through the full pipeline — durable intake, rate limit, database, dialogue, a fake instant
 * OpenAI-compatible LLM over HTTP, reply — beside a bare grammY webhook bot that echoes, measured in
 * the same run against the same fake Bot API with the same closed-loop load (one message in flight
 * per user). The fakes and the load generator run in a child process, so the bot under test has
 * this process to itself. Embedded PGlite and the in-process cache by default; DATABASE_URL / REDIS_URL
 * switch to Postgres / Redis (a fresh database is created and dropped). `npm run bench:webhook` runs
 * node with the flags `npm start` gives the service (a 64 MB young generation), so both bots here
 * run as the service does in production. Besides updates/s it prints the CPU this process spent
 * per update (every thread: the event loop, the embedded database's, V8's collectors), which is
 * steadier than throughput on a shared machine.
 */
import { startApp } from "../src/app.ts";
import { createConfig } from "../src/config/config.ts";
import type { LlmProvider } from "../src/engines/dialogue/types.ts";
import { createLogger } from "../src/observability/logger.ts";
import { dropFreshDatabases, freshDatabaseUrl } from "../test/helpers/env.ts";
import { freePort } from "../test/helpers/harness.ts";
import { parseArgs, reporter, round } from "./lib.ts";
import { benchBare, serviceEnv, startLoadDriver } from "./load-driver.ts";

const args = parseArgs(process.argv.slice(2));
const total = Number(args.updates ?? 3000);
const users = Number(args.users ?? 64);
const warmup = Number(args.warmup ?? 300);
const json = args.json === true;
// "inline": an instant in-process OpenAI-style provider, so the figure is the pipeline's own cost;
// "http": the fake OpenAI-compatible server over HTTP/SSE (adds the LLM client's network work).
const llmMode = args.llm === "http" ? "http" : "inline";
const log = reporter(json);

const driver = await startLoadDriver(users);
const { fakes } = driver;
const drive = (url: string, count: number, userBase: number) => driver.drive(url, count, userBase);

/** Answers at once, in three deltas like a streaming model would. */
const instantLlm: LlmProvider = {
  name: "instant",
  offline: false,
  async *stream(request) {
    const last = request.messages.at(-1)?.content ?? "";
    yield "Echo: ";
    yield last.slice(0, 40);
    yield " — noted.";
  },
};

async function benchPipeline() {
  const port = await freePort();
  const config = createConfig(
    serviceEnv(fakes, port, {
      DATABASE_URL: await freshDatabaseUrl(),
      DATA_DIR: "memory://",
      REDIS_URL: process.env.REDIS_URL,
    }),
    "bench",
  );
  const app = await startApp(config, {
    logger: createLogger({ level: "silent" }),
    botInfo: fakes.botInfo,
    llm: llmMode === "inline" ? instantLlm : undefined,
  });
  const url = `http://127.0.0.1:${port}/telegram/webhook`;
  await drive(url, warmup, 30_000);
  const result = await drive(url, total, 40_000);
  const kinds = { database: app.db.kind, cache: app.cache.kind };
  await app.stop();
  await dropFreshDatabases();
  return { ...result, ...kinds };
}

log(
  `bench:webhook — ${total} updates, ${users} concurrent users, ${warmup} warm-up updates each, ${llmMode} LLM`,
);
const bare = await benchBare(driver, warmup, total);
log(
  `bare grammY echo bot : ${round(bare.ups, 0)} updates/s  p50 ${round(bare.p50)} ms  p99 ${round(bare.p99)} ms  CPU ${round(bare.cpuMsPerUpdate)} ms/update`,
);
await driver.reset();
const pipe = await benchPipeline();
log(
  `full pipeline (${pipe.database} + ${pipe.cache}) : ${round(pipe.ups, 0)} updates/s  p50 ${round(pipe.p50)} ms  p99 ${round(pipe.p99)} ms  CPU ${round(pipe.cpuMsPerUpdate)} ms/update`,
);
const ratio = pipe.ups / bare.ups;
// The pipeline now also stores every update durably before acknowledging it, and records its sends.
log(`ratio pipeline/bare  : ${round(ratio, 3)} (aim ≥ 0.35, durable intake on)`);
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
      cpu_ms_per_update: round(pipe.cpuMsPerUpdate),
      bare_cpu_ms_per_update: round(bare.cpuMsPerUpdate),
      database: pipe.database,
      cache: pipe.cache,
      updates: total,
      users,
      llm: llmMode,
      errors: pipe.errors,
    }),
  );
}
driver.close();
process.exit(0);
