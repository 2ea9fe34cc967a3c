/**
 * `npm run bench:crash [-- --mode webhook|polling --users 32 --duration-s 20 --kill-every-ms 3000
 *   --llm-delay-ms 300 --store embedded|services --reply-timeout-ms 5000 --drain-s 60 --json]`
 *
 * Sustained load while the service is SIGKILLed over and over, driven only as Telegram would drive
 * it. The production bundle runs as a child process against the fake Bot API (webhook deliveries,
 * retried while nobody answers, or getUpdates) and a fake LLM that echoes the user's message after
 * a delay, so replies are in flight when the kill lands. Each of `--users` users sends a message,
 * waits for its reply (or `--reply-timeout-ms`) and sends the next. Every `--kill-every-ms` after
 * the service became ready it is SIGKILLed and started again on the same database. When the load
 * stops it is killed once more, started a last time, and given `--drain-s` to answer everything.
 *
 * Each message carries a token the echo repeats, so every reply is matched to the message it
 * answers: `lost` messages got no reply, `duplicated` ones more than one. updates/s is the number of
 * messages answered per second from the first message to the last answer. The exit code is 1 when
 * anything was lost or duplicated, so the bench doubles as a check.
 *
 * `--store embedded` (default): PGlite in a temporary DATA_DIR and the in-process cache.
 * `--store services`: a fresh database on DATABASE_URL (default the local Postgres) and Redis.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import {
  crashEnv,
  messenger,
  type Service,
  sigkill,
  startCrashFakes,
  startService,
  watchAnswers,
} from "../test/faults/crash-helpers.ts";
import { dropFreshDatabases, freshDatabaseUrl } from "../test/helpers/env.ts";
import { freePort } from "../test/helpers/harness.ts";
import { killAllMains } from "../test/helpers/process.ts";
import { buildBundle, LOCAL_DATABASE_URL, LOCAL_REDIS_URL, parseArgs, reporter, round } from "./lib.ts";

const args = parseArgs(process.argv.slice(2));
const num = (name: string, fallback: number) => {
  const value = Number(args[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number ≥ 0`);
  return value;
};
const mode = args.mode === "polling" ? "polling" : "webhook";
if (args.mode !== undefined && args.mode !== mode) throw new Error("--mode is webhook or polling");
const store = args.store === "services" ? "services" : "embedded";
if (args.store !== undefined && args.store !== store) throw new Error("--store is embedded or services");
const users = Math.max(1, Math.floor(num("users", 32)));
const durationMs = num("duration-s", 20) * 1000;
const killEveryMs = Math.max(100, num("kill-every-ms", 3000));
const llmDelayMs = num("llm-delay-ms", 300);
const replyTimeoutMs = num("reply-timeout-ms", 5000);
const drainMs = num("drain-s", 60) * 1000;
const json = args.json === true;
const log = reporter(json);

buildBundle();
// Telegram keeps retrying a webhook that does not answer; the fake does so for the whole run.
const fakes = await startCrashFakes({ delayMs: llmDelayMs, retryWindowMs: durationMs + drainMs + 60_000 });
const { tg } = fakes;
const answers = watchAnswers(tg);
const send = messenger(tg, mode);
// A DATA_DIR that outlives each process, as a deployment's volume does (the embedded database
// lives there; on Postgres the send journal does).
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "velro-crash-"));
if (store === "services") process.env.DATABASE_URL ||= LOCAL_DATABASE_URL;
const port = await freePort();
const env = {
  ...crashEnv(fakes, mode, `http://127.0.0.1:${port}/telegram/webhook`),
  PORT: String(port),
  HOST: "127.0.0.1",
  // The same DATA_DIR for every run; services: one fresh database for every run.
  DATA_DIR: dataDir,
  DATABASE_URL: store === "services" ? await freshDatabaseUrl() : undefined,
  REDIS_URL: store === "services" ? process.env.REDIS_URL || LOCAL_REDIS_URL : undefined,
  REDIS_PREFIX: `velro-crash-${process.pid}:`,
};
const start = () => startService(env, { built: true });

log(
  `bench:crash — ${mode}, ${users} users, ${store === "embedded" ? "PGlite + in-process cache" : "Postgres + Redis"}, ` +
    `LLM ${llmDelayMs} ms, SIGKILL every ${killEveryMs} ms of uptime for ${durationMs / 1000} s`,
);

let exitCode = 2;
try {
  let service: Service = await start();
  let kills = 0;
  const tokens: string[] = [];
  const startedAt = Date.now();
  const loadEnd = startedAt + durationMs;

  // Closed loop: a user sends again once answered, or once the reply is overdue (it still counts).
  const user = async (userId: number) => {
    for (let n = 1; Date.now() < loadEnd; n++) {
      const token = send.send(userId, n);
      tokens.push(token);
      await answers.answered(token, Math.min(replyTimeoutMs, Math.max(0, loadEnd - Date.now())));
    }
  };
  const killer = async () => {
    for (;;) {
      const wait = Math.min(killEveryMs, loadEnd - Date.now());
      if (wait <= 0) return;
      await sleep(wait);
      if (Date.now() >= loadEnd) return;
      await sigkill(service);
      kills++;
      service = await start();
    }
  };
  await Promise.all([killer(), ...Array.from({ length: users }, (_, u) => user(800_001 + u))]);

  // Load stops with one last kill, so the final run also starts with work left in flight.
  await sigkill(service);
  kills++;
  service = await start();
  const readyAt = Date.now();
  const drained = await answers.allAnswered(tokens, drainMs);
  const recoveredAt = answers.lastAnswerAt();
  // A late second reply would show up now.
  await sleep(1000);
  const { lost, duplicated } = answers.tally(tokens);
  const answered = tokens.length - lost.length;
  const seconds = Math.max(0.001, (recoveredAt - startedAt) / 1000);
  const result = {
    updates_per_s: round(answered / seconds, 1),
    kills,
    sent: tokens.length,
    answered,
    lost: lost.length,
    duplicated: duplicated.length,
    // Webhook deliveries the fake gave up on or was still retrying (the service never took them).
    undelivered: send.deliveries().failed + send.deliveries().pending,
    drained,
    drain_s: round(((drained ? recoveredAt : Date.now()) - readyAt) / 1000, 1),
    mode,
    store,
    users,
    duration_s: durationMs / 1000,
    kill_every_ms: killEveryMs,
    llm_delay_ms: llmDelayMs,
  };
  log(`updates/s  : ${result.updates_per_s} (answered per second, first message to last answer)`);
  log(`kills      : ${kills}`);
  log(`sent       : ${result.sent}`);
  log(`answered   : ${answered}`);
  log(`lost       : ${result.lost}${lost.length ? `  e.g. ${lost.slice(0, 5).join(", ")}` : ""}`);
  log(
    `duplicated : ${result.duplicated}${duplicated.length ? `  e.g. ${duplicated.slice(0, 5).join(", ")}` : ""}`,
  );
  log(
    drained
      ? `drain      : everything answered ${result.drain_s} s after the last start`
      : `drain      : gave up after ${drainMs / 1000} s with ${lost.length} unanswered`,
  );
  if (result.undelivered) log(`undelivered: ${result.undelivered} webhook deliveries never taken`);
  if (lost.length) {
    // Where a lost message stands: still at Telegram (never taken), or taken and then dropped.
    const queued = new Set(tg.pendingUpdates().map((u) => u.message?.text ?? ""));
    const stillQueued = lost.filter((t) => [...queued].some((text) => text.includes(t)));
    log(
      `still at Telegram: ${stillQueued.length} of the lost${stillQueued.length ? ` (${stillQueued.join(", ")})` : ""}`,
    );
    const trouble = `${service.out()}\n${service.err()}`
      .split("\n")
      .filter((l) => /"level":(40|50|60)|dead letter/.test(l))
      .slice(-8);
    if (trouble.length) log(`last run's warnings:\n${trouble.join("\n")}`);
  }
  if (json) console.log(JSON.stringify(result));
  exitCode = result.lost > 0 || result.duplicated > 0 ? 1 : 0;
  service.child.kill("SIGTERM");
  await Promise.race([service.exited, sleep(10_000)]);
} catch (err) {
  console.error(`bench:crash failed: ${(err as Error).message}`);
} finally {
  answers.stop();
  killAllMains();
  await fakes.tg.close();
  await fakes.llm.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  await dropFreshDatabases();
}
process.exit(exitCode);
