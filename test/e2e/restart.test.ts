/** History lives in the database: a restarted service continues the same conversation. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startFakeLlm } from "../fakes/llm-server.ts";
import { startFakeTelegram } from "../fakes/telegram-server.ts";
import { privateText } from "../fakes/updates.ts";
import { dropFreshDatabases, freshDatabaseUrl } from "../helpers/env.ts";
import { startHarness } from "../helpers/harness.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  await dropFreshDatabases();
});

describe("restarts", () => {
  it("remembers the conversation after the service restarts", async () => {
    const tg = await startFakeTelegram();
    const llm = await startFakeLlm();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "velro-restart-"));
    dirs.push(dataDir);
    // Embedded: the same DATA_DIR; Postgres: the same database.
    const databaseUrl = await freshDatabaseUrl();
    const env = {
      LLM_BASE_URL: llm.baseUrl,
      LLM_MODEL: "fake",
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
    };

    const first = await startHarness({ tg, env });
    await first.send(privateText("My cat is called Miso", { userId: 801 }));
    await first.nextCall("sendMessage", 801);
    await first.stop({ keepTelegram: true });

    const second = await startHarness({ tg, env });
    const before = tg.calls.length;
    await second.send(privateText("What is my cat called?", { userId: 801 }));
    await second.nextCall("sendMessage", 801, before);
    const prompt = llm.requests.at(-1)!.body.messages as { role: string; content: string }[];
    expect(prompt.some((m) => m.role === "user" && m.content.includes("Miso"))).toBe(true);
    expect(prompt.some((m) => m.role === "assistant")).toBe(true);
    await second.stop();
    await llm.close();
  });
});
