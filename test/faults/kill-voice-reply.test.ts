/**
 * kill -9 while voice replies are being made, then a restart on the same database. One user's
 * reply is killed while its speech is being synthesised (credits already held); another's right
 * after its voice note reached Telegram. After the restart each gets exactly one voice note, and
 * each paid for one: a re-run neither speaks nor charges twice.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type FakeLlm, startFakeLlm } from "../fakes/llm-server.ts";
import { type FakeTelegram, startFakeTelegram } from "../fakes/telegram-server.ts";
import { privateText } from "../fakes/updates.ts";
import { dropFreshDatabases, testEnv } from "../helpers/env.ts";
import { eventually, freePort } from "../helpers/harness.ts";
import { killAllMains } from "../helpers/process.ts";
import { sigkill, startService } from "./crash-helpers.ts";

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  killAllMains();
  for (const c of cleanups.reverse()) await c();
  await dropFreshDatabases();
});

const voicesTo = (tg: FakeTelegram, chatId: number) =>
  tg.callsOf("sendVoice").filter((c) => c.ok && Number(c.payload.chat_id) === chatId);

/** The user's balance, asked the way a user asks: /balance. */
async function balanceOf(tg: FakeTelegram, userId: number): Promise<number> {
  const after = tg.calls.length;
  tg.pushUpdate(privateText("/balance", { userId }));
  const reply = await tg.waitFor(
    (c) =>
      c.method === "sendMessage" &&
      c.ok &&
      Number(c.payload.chat_id) === userId &&
      /credit/.test(String(c.payload.text)),
    20_000,
    after,
  );
  return Number(/(\d+) credit/.exec(String(reply.payload.text))![1]);
}

describe("SIGKILL during a voice reply", () => {
  it("each user gets one voice note and is charged once", { timeout: 90_000 }, async () => {
    const tg = await startFakeTelegram();
    const llm: FakeLlm = await startFakeLlm({ defaults: { chunkDelayMs: 0 } });
    cleanups.push(
      () => tg.close(),
      () => llm.close(),
    );
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "velro-voice-kill-"));
    cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
    const env = await testEnv({
      BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      LLM_BASE_URL: llm.baseUrl,
      LLM_MODEL: "fake-echo",
      LLM_FACT_EXTRACTION: "off",
      TTS_MODEL: "tts-1",
      RATE_LIMIT_PER_MINUTE: "1000000",
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
    });
    const [slow, quick] = [9301, 9302];
    const first = await startService(env);
    for (const userId of [slow, quick]) {
      const after = tg.calls.length;
      tg.pushUpdate(privateText("/voice on", { userId }));
      await tg.waitFor(
        (c) => c.method === "sendMessage" && Number(c.payload.chat_id) === userId,
        20_000,
        after,
      );
    }

    // The slow user's speech takes long enough to be killed in the middle of it.
    llm.scriptSpeech({ delayMs: 30_000 });
    tg.pushUpdate(privateText("Tell me something kind", { userId: slow }));
    await eventually(() => llm.speeches.length === 1, 20_000);
    // The quick user's voice note goes out; the kill follows the moment Telegram has it.
    tg.pushUpdate(privateText("And to me?", { userId: quick }));
    await eventually(() => voicesTo(tg, quick).length === 1, 20_000);
    await sigkill(first);
    expect(voicesTo(tg, slow)).toHaveLength(0);

    const second = await startService(env);
    await eventually(() => voicesTo(tg, slow).length === 1, 30_000);
    // Both users' updates are finished once /balance (queued behind them in each chat) answers.
    expect(await balanceOf(tg, slow)).toBe(99);
    expect(await balanceOf(tg, quick)).toBe(99);
    expect(voicesTo(tg, slow)).toHaveLength(1);
    expect(voicesTo(tg, quick)).toHaveLength(1);
    // No reply went out as text either.
    const texts = tg.callsOf("sendMessage").filter((c) => /Echo:/.test(String(c.payload.text)));
    expect(texts).toHaveLength(0);
    await sigkill(second);
  });
});
