/**
 * Scheduled messages across kill -9, with the service as a real process. A reminder that falls
 * due while the service is down is sent once after the restart. A reminder whose send reached
 * Telegram but whose answer the killed process never saw is not sent again by the next process
 * (the send was recorded as under way before it left; see schedule-repository.ts).
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { Message } from "grammy/types";
import { afterAll, describe, expect, it } from "vitest";
import { type FakeTelegram, startFakeTelegram } from "../fakes/telegram-server.ts";
import { command, privateText } from "../fakes/updates.ts";
import { dropFreshDatabases, testEnv } from "../helpers/env.ts";
import { freePort } from "../helpers/harness.ts";
import { killAllMains } from "../helpers/process.ts";
import { sigkill, startService } from "./crash-helpers.ts";

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  killAllMains();
  for (const c of cleanups.reverse()) await c();
  await dropFreshDatabases();
});

const isReminder = (text: unknown) => String(text).startsWith("⏰ Reminder");
const reminders = (tg: FakeTelegram, userId: number) =>
  tg.calls.filter(
    (c) =>
      c.method === "sendMessage" &&
      c.ok &&
      Number(c.payload.chat_id) === userId &&
      isReminder(c.payload.text),
  );

/**
 * A stand-in for the network between the service and Telegram: forwards every call, and holds
 * back Telegram's answer to a reminder for `holdMs` (Telegram has the message; the sender waits).
 */
async function slowAnswers(target: string, holdMs: number) {
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const hold = req.url?.endsWith("/sendMessage") && body.toString().includes("Reminder") ? holdMs : 0;
      const out = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          path: req.url,
          method: req.method,
          headers: req.headers,
        },
        (answer) => {
          const parts: Buffer[] = [];
          answer.on("data", (c: Buffer) => parts.push(c));
          answer.on("end", () =>
            setTimeout(() => {
              if (res.destroyed) return;
              res.writeHead(answer.statusCode ?? 502, answer.headers);
              res.end(Buffer.concat(parts));
            }, hold),
          );
        },
      );
      out.on("error", () => res.destroy());
      out.end(body);
    });
  });
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Waits for a message to the user whose text contains `fragment`. */
const sentTo = (tg: FakeTelegram, userId: number, fragment: string) =>
  tg.waitFor(
    (c) =>
      c.method === "sendMessage" &&
      c.ok &&
      Number(c.payload.chat_id) === userId &&
      String(c.payload.text).includes(fragment),
    20_000,
  );

/** Sets a reminder through the bot (answering its time-zone question) and returns when it was confirmed. */
async function setReminder(tg: FakeTelegram, userId: number, request: string): Promise<number> {
  tg.pushUpdate(command("remind", request, { userId }));
  const prompt = await sentTo(tg, userId, "time zone");
  const reply = privateText("UTC", { userId });
  reply.message!.reply_to_message = prompt.result as Message as NonNullable<Message["reply_to_message"]>;
  tg.pushUpdate(reply);
  await sentTo(tg, userId, "I'll remind you");
  return Date.now();
}

async function serviceEnv(tg: FakeTelegram, apiRoot = tg.apiRoot) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "velro-outreach-"));
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  return testEnv({
    BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: apiRoot,
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
    OUTREACH_POLL_MS: "200",
  });
}

describe("scheduled messages across kill -9", () => {
  it("a reminder due while the service was down is sent once after the restart", {
    timeout: 90_000,
  }, async () => {
    const tg = await startFakeTelegram();
    cleanups.push(() => tg.close());
    const env = await serviceEnv(tg);
    const userId = 9301;
    const first = await startService(env);
    const confirmed = await setReminder(tg, userId, "in 6 seconds call mum");
    await sigkill(first);
    // Down past the reminder's time.
    await new Promise((r) => setTimeout(r, Math.max(0, confirmed + 7_000 - Date.now())));
    expect(reminders(tg, userId)).toHaveLength(0);
    const restartedAt = Date.now();
    const second = await startService(env);
    await sentTo(tg, userId, "⏰ Reminder");
    // Several polls later, still one.
    await new Promise((r) => setTimeout(r, 1_500));
    const sent = reminders(tg, userId);
    expect(sent.map((c) => c.payload.text)).toEqual(["⏰ Reminder: call mum"]);
    expect(sent[0]!.at).toBeGreaterThan(restartedAt);
    await sigkill(second);
  });

  it("a send Telegram took but whose answer the killed process never saw is not repeated", {
    timeout: 90_000,
  }, async () => {
    const tg = await startFakeTelegram();
    cleanups.push(() => tg.close());
    const network = await slowAnswers(tg.apiRoot, 30_000);
    cleanups.push(() => network.close());
    const env = await serviceEnv(tg, network.url);
    const userId = 9302;
    const first = await startService(env);
    await setReminder(tg, userId, "in 2 seconds water the plants");
    // Telegram has the reminder; its answer is held back, and the sender dies waiting for it.
    await sentTo(tg, userId, "⏰ Reminder");
    await sigkill(first);
    const second = await startService(env);
    await second.waitForLog("a send was cut off by a crash", 20_000);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(reminders(tg, userId).map((c) => c.payload.text)).toEqual(["⏰ Reminder: water the plants"]);
    await sigkill(second);
  });
});
