/**
 * Two service processes on one Postgres and Redis, and kill -9 of the one working a generation.
 * While both live, only the instance holding the job's lease polls FAL for it; once the killed
 * instance's lease runs out the survivor takes the job over, and the user gets the picture once
 * and is charged once. Each process reaches the fake FAL on its own path, so the fake can tell
 * whose polls it gets. Needs Postgres and Redis (two processes cannot share the embedded database).
 */
import { afterAll, describe, expect, it } from "vitest";
import { startFakeFal } from "../fakes/fal-server.ts";
import { startFakeTelegram } from "../fakes/telegram-server.ts";
import { callbackQuery, command } from "../fakes/updates.ts";
import { buttons, sentMessage } from "../generation/setup.ts";
import { dropFreshDatabases, testEnv } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { killAllMains, startMain } from "../helpers/process.ts";
import { generationRecord } from "./generation-record.ts";

afterAll(async () => {
  killAllMains();
  await dropFreshDatabases();
});

const LEASE_MS = 1_500;

describe.skipIf(!process.env.DATABASE_URL || !process.env.REDIS_URL)("two instances, one killed", () => {
  it("the survivor takes the killed instance's job over once its lease runs out", {
    timeout: 90_000,
  }, async () => {
    const tg = await startFakeTelegram();
    const fal = await startFakeFal();
    fal.setScript(() => ({ hold: true }));
    const shared = await testEnv({
      BOT_TOKEN: tg.token,
      TELEGRAM_API_ROOT: tg.apiRoot,
      ...fal.env,
      FAL_POLL_INTERVAL_MS: "50",
      GENERATION_LEASE_MS: String(LEASE_MS),
      LOG_LEVEL: "info",
    });
    const user = 7801;
    const a = startMain({ ...shared, FAL_PROXY_URL: `${fal.base}/proxy-a` });
    const b = startMain({ ...shared, FAL_PROXY_URL: `${fal.base}/proxy-b` });
    const logs = () => `--- a ---\n${a.out().slice(-3000)}\n--- b ---\n${b.out().slice(-3000)}${b.err()}`;
    try {
      await Promise.all([a.waitForLog("velro is ready"), b.waitForLog("velro is ready")]);
      tg.pushUpdate(command("imagine", "a heron at dawn", { userId: user }));
      const picker = await tg.waitFor(
        (c) => c.method === "sendMessage" && Number(c.payload.chat_id) === user,
        15_000,
      );
      const go = buttons(picker).find((x) => x.data.startsWith("g:go:"))!;
      tg.pushUpdate(callbackQuery(go.data, { userId: user, message: sentMessage(picker) }));
      const job = await eventually(() => [...fal.jobs.values()][0], 15_000);

      // Both alive for a few leases: only the instance that started the job polls it.
      const polls = () => fal.requests.filter((r) => r.url.includes(`/requests/${job.id}/status`));
      await new Promise((r) => setTimeout(r, 3 * LEASE_MS));
      const holders = [...new Set(polls().map((r) => r.via))];
      expect(holders, logs()).toHaveLength(1);
      const [holder, survivor] = holders[0] === "/proxy-a" ? [a, b] : [b, a];
      const survivorPath = holder === a ? "/proxy-b" : "/proxy-a";

      holder.child.kill("SIGKILL");
      await holder.exited;
      await eventually(() => polls().some((r) => r.via === survivorPath), 10_000).catch((err) => {
        throw new Error(`${err.message}\n${logs()}`);
      });
      expect(survivor.out()).toContain("took over a job");
      fal.complete(job.id);
      await tg.waitFor((c) => c.method === "sendPhoto" && Number(c.payload.chat_id) === user, 15_000);
      // Once the survivor has stopped (letting work in progress finish), nothing more can be sent.
      survivor.child.kill("SIGTERM");
      expect(await survivor.exited).toBe(0);
      expect(tg.callsOf("sendPhoto").filter((c) => Number(c.payload.chat_id) === user)).toHaveLength(1);
      expect(fal.jobs.size).toBe(1);
      // The status message the killed instance was editing is finished by the survivor.
      const edits = tg.callsOf("editMessageText").filter((c) => Number(c.payload.chat_id) === user);
      expect(String(edits.at(-1)?.payload.text)).toMatch(/Done — 50 credits/);
      expect(await generationRecord(shared, user)).toEqual({
        ledger: ["grant", "reserve", "capture"],
        balance: 50,
        jobs: [{ status: "completed", delivered: true, leaseOwner: null }],
      });
    } finally {
      killAllMains();
      await tg.close();
      await fal.close();
    }
  });
});
