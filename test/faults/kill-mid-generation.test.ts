/**
 * kill -9 during a generation: the real service process is killed while FAL is still working, then
 * started again on the same database. The job is resumed by its request id, delivered once, and
 * the credits are exact.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startFakeFal } from "../fakes/fal-server.ts";
import { startFakeTelegram } from "../fakes/telegram-server.ts";
import { callbackQuery, command } from "../fakes/updates.ts";
import { buttons, sentMessage } from "../generation/setup.ts";
import { dropFreshDatabases, testEnv } from "../helpers/env.ts";
import { killAllMains, startMain } from "../helpers/process.ts";
import { generationRecord } from "./generation-record.ts";

const dirs: string[] = [];
afterAll(async () => {
  killAllMains();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  await dropFreshDatabases();
});

describe("kill -9 mid-generation", () => {
  it("resumes the job after a restart, delivers once and charges once", { timeout: 90_000 }, async () => {
    const tg = await startFakeTelegram();
    const fal = await startFakeFal();
    fal.setScript(() => ({ hold: true }));
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "velro-kill-"));
    dirs.push(dataDir);
    const env = await testEnv({
      BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      DATA_DIR: dataDir,
      ...fal.env,
      FAL_POLL_INTERVAL_MS: "50",
      // The killed process keeps its job leased until this runs out; then the restart takes it over.
      GENERATION_LEASE_MS: "1000",
      LOG_LEVEL: "info",
    });
    const user = 7701;

    const first = startMain(env);
    await first.waitForLog("velro is ready");
    tg.pushUpdate(command("imagine", "a lighthouse at dawn", { userId: user }));
    const picker = await tg.waitFor(
      (c) => c.method === "sendMessage" && Number(c.payload.chat_id) === user,
      15_000,
    );
    const go = buttons(picker).find((b) => b.data.startsWith("g:go:"))!;
    tg.pushUpdate(callbackQuery(go.data, { userId: user, message: sentMessage(picker) }));
    // Kill once the job is on record with its FAL request id: the status message says it is queued.
    await tg.waitFor(
      (c) =>
        c.method === "editMessageText" &&
        Number(c.payload.chat_id) === user &&
        /queue|Creating/i.test(String(c.payload.text)),
      15_000,
    );
    expect(fal.jobs.size).toBe(1);
    first.child.kill("SIGKILL");
    await first.exited;

    const job = [...fal.jobs.values()][0]!;
    fal.complete(job.id);
    const second = startMain(env);
    await second.waitForLog("velro is ready");
    await tg
      .waitFor((c) => c.method === "sendPhoto" && Number(c.payload.chat_id) === user, 20_000)
      .catch((err) => {
        throw new Error(
          `${err.message}\n--- service log ---\n${second.out().slice(-3000)}${second.err().slice(-2000)}`,
        );
      });
    // Once the process has stopped (its shutdown lets work in progress finish), nothing more can
    // be sent: the photo went out once, from one job.
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
    expect(tg.callsOf("sendPhoto").filter((c) => Number(c.payload.chat_id) === user)).toHaveLength(1);
    expect(fal.jobs.size).toBe(1);

    // Reconcile the ledger from a fresh connection to the same database.
    try {
      expect(await generationRecord(env, user, dataDir)).toEqual({
        ledger: ["grant", "reserve", "capture"],
        balance: 50,
        jobs: [{ status: "completed", delivered: true, leaseOwner: null }],
      });
    } finally {
      await tg.close();
      await fal.close();
    }
  });
});
