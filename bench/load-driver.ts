/**
 * Shared by bench:webhook and bench:load: the child process that runs the fake Bot API, the fake
 * LLM and the closed-loop load generator (webhook-load.ts), and the bare grammY echo bot that every
 * run is compared with.
 */
import { fork } from "node:child_process";
import http from "node:http";
import { fileURLToPath } from "node:url";
import { Bot, webhookCallback } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { freePort } from "../test/helpers/harness.ts";

export const SECRET = "bench_secret";

export interface LoadResult {
  ups: number;
  p50: number;
  p99: number;
  errors: number;
  /**
   * CPU this process (the service under test: every thread, GC included) spent per update, in ms.
   * Steadier than updates/s on a shared machine, and it is what a faster pipeline must cut.
   */
  cpuMsPerUpdate: number;
}

export interface Fakes {
  apiRoot: string;
  token: string;
  botInfo: UserFromGetMe;
  llmBaseUrl: string;
}

/** Forks the load child and returns its fakes and a `drive` function. */
export async function startLoadDriver(users: number) {
  const child = fork(fileURLToPath(new URL("./webhook-load.ts", import.meta.url)), [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const reply = <T>(type: string) =>
    new Promise<T>((resolve) => {
      const on = (msg: { type: string }) => {
        if (msg.type !== type) return;
        child.off("message", on);
        resolve(msg as T);
      };
      child.on("message", on);
    });
  const fakes = await reply<Fakes>("ready");
  return {
    fakes,
    /** Sends `count` updates from `users` closed-loop users (chat ids from `userBase`) to `url`. */
    async drive(url: string, count: number, userBase: number): Promise<LoadResult> {
      const result = reply<Omit<LoadResult, "cpuMsPerUpdate">>("result");
      const cpu = process.cpuUsage();
      child.send({ type: "drive", url, secret: SECRET, count, users, userBase });
      const done = await result;
      const used = process.cpuUsage(cpu);
      return { ...done, cpuMsPerUpdate: (used.user + used.system) / 1000 / count };
    },
    /** Forgets recorded calls, so a long run does not grow the fake's memory. */
    async reset() {
      const done = reply("reset");
      child.send({ type: "reset" });
      await done;
    },
    close() {
      child.send({ type: "exit" });
    },
  };
}

export type LoadDriver = Awaited<ReturnType<typeof startLoadDriver>>;

/** The service's environment under load: webhook mode on `port`, the fakes, no rate limit. */
export function serviceEnv(fakes: Fakes, port: number, extra: Record<string, string | undefined>) {
  return {
    BOT_TOKEN: fakes.token,
    TELEGRAM_API_ROOT: fakes.apiRoot,
    WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/webhook`,
    WEBHOOK_SECRET: SECRET,
    PORT: String(port),
    HOST: "127.0.0.1",
    REDIS_PREFIX: `velro-bench-${process.pid}:`,
    LLM_BASE_URL: fakes.llmBaseUrl,
    LLM_MODEL: "fake-instant",
    RATE_LIMIT_PER_MINUTE: "1000000",
    ...extra,
  };
}

/** The baseline: a bare grammY webhook bot that echoes, under the same load. */
export async function benchBare(driver: LoadDriver, warmup: number, total: number): Promise<LoadResult> {
  const { fakes } = driver;
  const bot = new Bot(fakes.token, { client: { apiRoot: fakes.apiRoot }, botInfo: fakes.botInfo });
  bot.on("message:text", (ctx) => ctx.reply(`Echo: ${ctx.message.text}`));
  const server = http.createServer(webhookCallback(bot, "http", { secretToken: SECRET }));
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  const url = `http://127.0.0.1:${port}/`;
  await driver.drive(url, warmup, 10_000);
  const result = await driver.drive(url, total, 20_000);
  await new Promise<void>((r) => server.close(() => r()));
  server.closeAllConnections();
  return result;
}
