/**
 * A submit FAL took but never confirmed (its gateway answered 504 after accepting the job) must not
 * start a second paid job: one job at FAL, one refund, and if the job finishes after all, its result
 * reaches the user once, free.
 */
import { afterAll, describe, expect, it } from "vitest";
import { createFalGateway, UnconfirmedSubmitError } from "../../src/services/generation/fal-gateway.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { startGenStack } from "./setup.ts";

afterAll(() => dropFreshDatabases());

const texts = (calls: { payload: Record<string, unknown> }[]) =>
  calls.map((c) => String(c.payload.text ?? ""));

describe("a submit FAL never confirmed", () => {
  it("is not retried; the user is refunded once, and a late result is delivered once, free", async () => {
    const s = await startGenStack({ webhook: true });
    try {
      s.fal.setScript(() => ({ acceptThenFail: 504, hold: true }));
      const user = 4401;
      const gen = s.h.app.runtime.generation;
      const out = await gen.request({
        userId: user,
        chatId: user,
        kind: "image",
        modelKey: "flux-ultra",
        prompt: "owl",
      });
      expect(out.type).toBe("accepted");
      const failed = await eventually(async () => {
        const rows = await s.h.app.db.prisma.generationJob.findMany({ where: { userId: BigInt(user) } });
        return rows[0]?.status === "failed" ? rows[0] : undefined;
      });
      expect(failed.error).toBe("unconfirmed");
      // One job at FAL: the 504 was not retried.
      const submits = s.fal.requests.filter((r) => r.method === "POST" && r.url.includes("queue."));
      expect(submits).toHaveLength(1);
      expect(s.fal.jobs.size).toBe(1);
      expect(await s.h.app.runtime.credits.balance(user)).toBe(100);
      await eventually(() =>
        [...s.h.tg.callsOf("sendMessage"), ...s.h.tg.callsOf("editMessageText")].some((c) =>
          String(c.payload.text ?? "").includes("didn't confirm"),
        ),
      );

      // FAL did run it: its webhook names the job, so the result still arrives, once and free.
      const job = [...s.fal.jobs.values()][0]!;
      expect(new URL(job.webhook!).searchParams.get("job")).toBe(failed.id);
      s.fal.complete(job.id);
      await s.h.nextCall("sendPhoto", user, 0, 15_000);
      await s.fal.settle();
      await eventually(() => s.fal.webhookDeliveries.some((d) => d.status === 200));
      const done = await s.h.app.db.prisma.generationJob.findUniqueOrThrow({ where: { id: failed.id } });
      expect(done.status).toBe("completed");
      expect(done.requestId).toBe(job.id);

      // The same webhook again changes nothing.
      const raw = s.fal.webhookBody(job);
      const again = await fetch(job.webhook!, {
        method: "POST",
        headers: s.fal.signWebhook(job.id, raw),
        body: raw,
      });
      expect(await again.json()).toMatchObject({ outcome: "duplicate" });

      expect(s.h.tg.callsOf("sendPhoto").filter((c) => Number(c.payload.chat_id) === user)).toHaveLength(1);
      const entries = await s.h.app.db.prisma.creditEntry.findMany({ where: { userId: BigInt(user) } });
      expect(entries.map((e) => e.kind).sort()).toEqual(["grant", "release", "reserve"]);
      expect(await s.h.app.runtime.credits.balance(user)).toBe(100);
      const shown = texts([...s.h.tg.callsOf("editMessageText"), ...s.h.tg.callsOf("sendMessage")]);
      expect(shown.some((t) => t.includes("on the house"))).toBe(true);
    } finally {
      await s.h.stop();
      await s.fal.close();
    }
  });

  it("without a webhook, is refunded once and never polled twice at FAL", async () => {
    const s = await startGenStack();
    try {
      s.fal.setScript(() => ({ acceptThenFail: 502 }));
      const user = 4402;
      const out = await s.h.app.runtime.generation.request({
        userId: user,
        chatId: user,
        kind: "image",
        modelKey: "flux-ultra",
        prompt: "fox",
      });
      expect(out.type).toBe("accepted");
      await eventually(async () => (await s.h.app.runtime.credits.balance(user)) === 100);
      expect(s.fal.jobs.size).toBe(1);
      const entries = await s.h.app.db.prisma.creditEntry.findMany({ where: { userId: BigInt(user) } });
      expect(entries.map((e) => e.kind).sort()).toEqual(["grant", "release", "reserve"]);
    } finally {
      await s.h.stop();
      await s.fal.close();
    }
  });
});

describe("the FAL gateway's submit", () => {
  const scripted = (statuses: number[]) => {
    const seen: string[] = [];
    const fetch: typeof globalThis.fetch = async (_input, init) => {
      seen.push(`${init?.method} ${new Headers(init?.headers).get("x-fal-target-url")}`);
      const status = statuses.shift() ?? 200;
      const body = status === 200 ? { request_id: "req-1", status: "IN_QUEUE" } : { detail: "busy" };
      return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
    };
    const gateway = createFalGateway({ proxyUrl: "http://proxy.invalid/fal", credentials: "k:s", fetch });
    return { gateway, seen };
  };

  it("retries a 429 (surely not accepted)", async () => {
    const { gateway, seen } = scripted([429]);
    expect(await gateway.submit("fal-ai/flux-pro/v1.1-ultra", { prompt: "x" })).toBe("req-1");
    expect(seen).toHaveLength(2);
  });

  for (const status of [500, 502, 503, 504]) {
    it(`never retries a ${status}: it may have started a paid job`, async () => {
      const { gateway, seen } = scripted([status]);
      const err = await gateway.submit("fal-ai/flux-pro/v1.1-ultra", { prompt: "x" }).catch((e) => e);
      expect(err).toBeInstanceOf(UnconfirmedSubmitError);
      expect(err.status).toBe(status);
      expect(seen).toHaveLength(1);
    });
  }

  it("still retries reads (status) on a 503", async () => {
    const { gateway, seen } = scripted([503]);
    const s = await gateway.status("fal-ai/flux-pro/v1.1-ultra", "req-1").catch((e) => e);
    expect(seen.length).toBeGreaterThan(1);
    expect(s).not.toBeInstanceOf(UnconfirmedSubmitError);
  });
});
