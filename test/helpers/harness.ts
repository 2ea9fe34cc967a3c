/**
 * Runs the whole service in-process against the fake Bot API (and optionally the fake LLM), the way
 * Telegram would drive it: long polling or webhook, through the real grammY stack.
 */
import net from "node:net";
import type { Update } from "grammy/types";
import { type App, startApp } from "../../src/app.ts";
import { configSecrets, createConfig } from "../../src/config/config.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { type FakeTelegram, type RecordedCall, startFakeTelegram } from "../fakes/telegram-server.ts";
import { testEnv } from "./env.ts";

/**
 * Ports for services the tests start, drawn from below the kernel's ephemeral range (32768–60999 on
 * Linux). A port from that range that is free now can be taken a moment later by any outgoing
 * connection on the machine (every test talks to Postgres, Redis and the fakes), and the service
 * then fails to listen; ports below it are only ever handed out here. Each vitest worker draws from
 * its own block, so files running in parallel never pick the same port.
 */
const PORT_BLOCK = 1_500;
const blockStart = 20_000 + (Number(process.env.VITEST_POOL_ID ?? 0) % 8) * PORT_BLOCK;
let portOffset = Math.floor(Math.random() * PORT_BLOCK);

const canListen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });

/** A free TCP port on loopback (webhook mode needs the URL before the server starts). */
export async function freePort(): Promise<number> {
  for (let tries = 0; tries < PORT_BLOCK; tries++) {
    const port = blockStart + (portOffset++ % PORT_BLOCK);
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port in ${blockStart}–${blockStart + PORT_BLOCK - 1}`);
}

export interface HarnessOptions {
  mode?: "polling" | "webhook";
  env?: Record<string, string | undefined>;
  /** Reuse an existing fake (restarts). */
  tg?: FakeTelegram;
  /** Record every log line at trace level (through the production secret scrubber) in `lines`. */
  recordLogs?: boolean;
}

export interface Harness {
  tg: FakeTelegram;
  app: App;
  env: Record<string, string | undefined>;
  /** The service's HTTP base URL. */
  base: string;
  /** Log lines (raw JSON) when started with `recordLogs`. */
  lines: string[];
  /** Delivers an update the way the current mode receives it. */
  send(update: Update | Omit<Update, "update_id">): Promise<Update>;
  /** Waits for the next call of `method` to `chatId` after `after` calls. */
  nextCall(method: string, chatId: number, after?: number, timeoutMs?: number): Promise<RecordedCall>;
  /** Texts the bot has sent to a chat with sendMessage, in order. */
  sentTexts(chatId: number): string[];
  /**
   * Waits until nothing is in flight: Telegram holds no unconfirmed update, the inbox none
   * unfinished (retries included), and the work after turns (summaries, memories) is done. What
   * has not happened by then will not happen, so "nothing else was sent" can be checked.
   */
  idle(timeoutMs?: number): Promise<void>;
  /** Waits until one update has been handled to the end (finished, or dead-lettered). */
  settled(update: Update, timeoutMs?: number): Promise<void>;
  stop(options?: { keepTelegram?: boolean }): Promise<void>;
}

/** Starts the fake Telegram (unless given) and the app wired to it. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const tg = options.tg ?? (await startFakeTelegram());
  const mode = options.mode ?? "polling";
  const port = await freePort();
  const env = await testEnv({
    BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    PORT: String(port),
    ...(mode === "webhook"
      ? { WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/webhook`, WEBHOOK_SECRET: "test_secret-123" }
      : {}),
    ...options.env,
  });
  const config = createConfig(env, "test");
  const lines: string[] = [];
  const logger = createLogger({
    level: options.recordLogs ? "trace" : (env.LOG_LEVEL ?? "silent"),
    secrets: configSecrets(config),
    destination: options.recordLogs ? { write: (line: string) => void lines.push(line) } : undefined,
  });
  const app = await startApp(config, { logger, streamIntervalMs: { draft: 20, edit: 60 } });
  return {
    tg,
    app,
    env,
    base: `http://127.0.0.1:${app.port}`,
    lines,
    send: (update) => tg.dispatchUpdate(update),
    nextCall: (method, chatId, after = 0, timeoutMs = 10_000) =>
      tg.waitFor(
        (c) =>
          c.method.toLowerCase() === method.toLowerCase() && Number(c.payload.chat_id) === chatId && c.ok,
        timeoutMs,
        after,
      ),
    sentTexts: (chatId) =>
      tg
        .callsOf("sendMessage")
        .filter((c) => c.ok && Number(c.payload.chat_id) === chatId)
        .map((c) => String(c.payload.text)),
    async idle(timeoutMs = 15_000) {
      await eventually(
        async () => tg.pendingUpdates().length === 0 && (await app.runtime.inbox.pending()) === 0,
        timeoutMs,
      );
      await app.runtime.chat.drain();
      await app.runtime.mind.drain();
    },
    async settled(update, timeoutMs = 15_000) {
      await eventually(async () => {
        const row = await app.db.prisma.inboxUpdate.findUnique({
          where: { updateId: BigInt(update.update_id) },
          select: { status: true },
        });
        return row !== null && row.status !== "queued";
      }, timeoutMs);
    },
    async stop(stopOptions = {}) {
      await app.stop();
      if (!stopOptions.keepTelegram) await tg.close();
    },
  };
}

/** Polls `check` until it returns a truthy value (or stops throwing), failing after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T> | T,
  timeoutMs = 5_000,
): Promise<Exclude<T, false | null | undefined | 0 | "">> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as Exclude<T, false | null | undefined | 0 | "">;
      if (Date.now() > deadline) throw new Error("condition not met in time");
    } catch (err) {
      if (Date.now() > deadline) throw err;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}
