/** FAL webhooks (signature valid / invalid / stale / duplicate) and jobs resumed after a restart. */
import { generateKeyPairSync } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startFakeFal } from "../fakes/fal-server.ts";
import { startFakeTelegram } from "../fakes/telegram-server.ts";
import { dropFreshDatabases, freshDatabaseUrl } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { startGenStack } from "./setup.ts";

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  await dropFreshDatabases();
});

describe("FAL webhooks", () => {
  it("completes by signed webhook, rejects bad and stale signatures, ignores duplicates", async () => {
    const s = await startGenStack({ webhook: true });
    try {
      const user = 4301;
      const gen = s.h.app.runtime.generation;
      const out = await gen.request({
        userId: user,
        chatId: user,
        kind: "image",
        modelKey: "flux-ultra",
        prompt: "owl",
      });
      expect(out.type).toBe("accepted");
      const job = [...s.fal.jobs.values()].at(-1)!;
      // The webhook URL names the job, so even a submit FAL never confirmed finds its job.
      const hook = new URL(job.webhook!);
      expect(`${hook.origin}${hook.pathname}`).toBe(`http://127.0.0.1:${s.h.app.port}/fal/webhook`);
      expect(hook.searchParams.get("job")).toBe(out.type === "accepted" ? out.jobId : "");
      await s.h.nextCall("sendPhoto", user, 0, 15_000);
      // Completed by the webhook alone: the job was never polled.
      expect(s.fal.requests.some((r) => r.url.includes(`/requests/${job.id}/status`))).toBe(false);
      await eventually(() => s.fal.webhookDeliveries.at(-1)?.status === 200);

      const url = `http://127.0.0.1:${s.h.app.port}/fal/webhook`;
      const raw = s.fal.webhookBody(job);
      const post = (headers: Record<string, string>, body = raw) =>
        fetch(url, { method: "POST", headers, body });

      const dup = await post(s.fal.signWebhook(job.id, raw));
      expect(dup.status).toBe(200);
      expect(await dup.json()).toMatchObject({ outcome: "duplicate" });

      const stranger = generateKeyPairSync("ed25519").privateKey;
      expect((await post(s.fal.signWebhook(job.id, raw, { key: stranger }))).status).toBe(401);
      const stale = Math.floor(Date.now() / 1000) - 301;
      expect((await post(s.fal.signWebhook(job.id, raw, { timestamp: stale }))).status).toBe(401);
      const tampered = raw.replace("owl", "cat");
      expect((await post(s.fal.signWebhook(job.id, raw), tampered)).status).toBe(401);
      expect((await post({ "content-type": "application/json" })).status).toBe(401);

      const entries = await s.h.app.db.prisma.creditEntry.findMany({ where: { userId: BigInt(user) } });
      expect(entries.map((e) => e.kind).sort()).toEqual(["capture", "grant", "reserve"]);
      expect(await s.h.app.runtime.credits.balance(user)).toBe(50);
      expect(s.h.tg.callsOf("sendPhoto").filter((c) => Number(c.payload.chat_id) === user)).toHaveLength(1);
    } finally {
      await s.h.stop();
      await s.fal.close();
    }
  });
});

describe("restarts", () => {
  it("a job submitted before a stop completes once after the restart, charged once", async () => {
    const tg = await startFakeTelegram();
    const fal = await startFakeFal();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "velro-gen-restart-"));
    dirs.push(dataDir);
    const env = { DATA_DIR: dataDir, DATABASE_URL: (await freshDatabaseUrl()) ?? "" };
    fal.setScript(() => ({ hold: true }));
    const user = 4302;

    const firstRun = await startGenStack({ fal, env, h: { tg } as never });
    const out = await firstRun.h.app.runtime.generation.request({
      userId: user,
      chatId: user,
      kind: "video",
      modelKey: "wan-pro",
      prompt: "rain on a window",
    });
    expect(out.type).toBe("refused"); // 100 starting credits < 300
    await firstRun.h.app.runtime.credits.apply({ userId: user, kind: "adjust", amount: 500, ref: "t:4302" });
    const accepted = await firstRun.h.app.runtime.generation.request({
      userId: user,
      chatId: user,
      kind: "video",
      modelKey: "wan-pro",
      prompt: "rain on a window",
    });
    expect(accepted.type).toBe("accepted");
    // "Kill" mid-job: the app stops while FAL is still working.
    await firstRun.h.stop({ keepTelegram: true });
    const job = [...fal.jobs.values()].at(-1)!;
    fal.complete(job.id);

    const second = await startGenStack({ fal, env, h: { tg } as never });
    try {
      await second.h.nextCall("sendVideo", user, 0, 15_000);
      const row = await eventually(async () => {
        const r = await second.h.app.db.prisma.generationJob.findFirst({ where: { requestId: job.id } });
        return r?.status === "completed" && r;
      });
      expect(row.cost).toBe(300);
      await second.h.app.runtime.generation.pollOnce();
      const entries = await second.h.app.db.prisma.creditEntry.findMany({ where: { userId: BigInt(user) } });
      expect(entries.filter((e) => e.kind === "capture")).toHaveLength(1);
      expect(await second.h.app.runtime.credits.balance(user)).toBe(600 - 300);
      expect(tg.callsOf("sendVideo").filter((c) => Number(c.payload.chat_id) === user)).toHaveLength(1);
    } finally {
      await second.h.stop();
      await fal.close();
    }
  });
});
