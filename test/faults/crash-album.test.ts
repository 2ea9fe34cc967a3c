/**
 * kill -9 in the middle of answering an album. The album's three messages are three updates; the
 * first one worked gathers the others and records which it took, and the service is killed while
 * the model is writing the album's reply. Started again on the same database, it must answer the
 * album exactly once, with all three pictures, and never answer the other two messages on their own.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { type FakeLlm, startFakeLlm } from "../fakes/llm-server.ts";
import { type FakeTelegram, startFakeTelegram } from "../fakes/telegram-server.ts";
import { albumUpdates, BEACH, FOREST, replyRequests } from "../fixtures/media.ts";
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

const REPLY = "Three lovely places!";

it("an album killed mid-reply is answered once, with every picture, after the restart", {
  timeout: 150_000,
}, async () => {
  const tg: FakeTelegram = await startFakeTelegram();
  const llm: FakeLlm = await startFakeLlm({ visionModels: ["fake-vision"], defaults: { chunkDelayMs: 0 } });
  cleanups.push(
    () => tg.close(),
    () => llm.close(),
  );
  // The first reply hangs until the process dies; descriptions and later replies answer at once.
  let hung = false;
  llm.setHandler((req) => {
    if (!req.stream) return { reply: "a beach, a forest and the beach again" };
    if (!hung) {
      hung = true;
      return { hang: true };
    }
    return { reply: REPLY };
  });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "velro-album-"));
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const env = await testEnv({
    BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    LLM_BASE_URL: llm.baseUrl,
    LLM_MODEL: "fake-gpt",
    LLM_VISION_MODEL: "fake-vision",
    LLM_FACT_EXTRACTION: "off",
    ALBUM_WAIT_MS: "300",
    DATA_DIR: dataDir,
    PORT: String(await freePort()),
  });
  const userId = 9201;

  const first = await startService(env);
  for (const update of albumUpdates(tg, { userId }, [BEACH, FOREST, BEACH], "My weekend"))
    tg.pushUpdate(update);
  // The reply is being written (the model holds it) and Telegram has handed out all three updates.
  await eventually(() => replyRequests(llm).length === 1 && tg.pendingUpdates().length === 0, 30_000);
  expect(replyRequests(llm)[0]!.images).toHaveLength(3);
  await sigkill(first);

  const second = await startService(env);
  cleanups.push(() => sigkill(second));
  const answers = () => tg.callsOf("sendMessage").filter((c) => c.ok && Number(c.payload.chat_id) === userId);
  await eventually(() => answers().length >= 1, 30_000);
  // Quiet time for a second answer (another album message answered on its own) to show up.
  await new Promise((r) => setTimeout(r, 2_000));
  expect(answers().map((c) => c.payload.text)).toEqual([REPLY]);
  const replies = replyRequests(llm);
  expect(replies).toHaveLength(2);
  expect(replies[1]!.images.map((i) => i.bytes)).toEqual([BEACH, FOREST, BEACH]);
});
