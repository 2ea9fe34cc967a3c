/**
 * Credits can never be spent twice: 50 concurrent generation requests for a user whose balance covers exactly
 * 3 → exactly 3 accepted, 47 refused with a clear message, and the ledger sums to the balance —
 * with FAL succeeding and with FAL failing every job. Also the per-user limits.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runnerError } from "../fakes/fal-server.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { type GenStack, startGenStack } from "./setup.ts";

let s: GenStack;
beforeAll(async () => {
  s = await startGenStack({
    env: { GENERATION_RATE_LIMIT_PER_MINUTE: "1000", GENERATION_MAX_RUNNING: "100" },
  });
});
afterAll(async () => {
  await s?.h.stop();
  await s?.fal.close();
  await dropFreshDatabases();
});

const prisma = () => s.h.app.db.prisma;

async function fire(userId: number, n: number) {
  const gen = s.h.app.runtime.generation;
  return Promise.all(
    Array.from({ length: n }, (_, i) =>
      gen.request({ userId, chatId: userId, kind: "image", modelKey: "flux-ultra", prompt: `fox ${i}` }),
    ),
  );
}

async function ledgerSum(userId: number) {
  const agg = await prisma().creditEntry.aggregate({
    where: { userId: BigInt(userId) },
    _sum: { amount: true },
  });
  return agg._sum.amount ?? 0;
}

async function settled(userId: number) {
  return eventually(async () => {
    const open = await prisma().generationJob.count({
      where: { userId: BigInt(userId), status: { in: ["pending", "queued", "running"] } },
    });
    return open === 0;
  }, 15_000);
}

describe("credits under contention", () => {
  it("50 concurrent requests, balance for 3: exactly 3 accepted, 47 refused, ledger = balance", async () => {
    const user = 4201;
    // 100 starting + 50 = 150 = 3 × 50 (FLUX ultra).
    await s.h.app.runtime.credits.apply({ userId: user, kind: "adjust", amount: 50, ref: "t:4201" });
    const outcomes = await fire(user, 50);
    const accepted = outcomes.filter((o) => o.type === "accepted");
    const refused = outcomes.filter((o) => o.type === "refused");
    expect(accepted).toHaveLength(3);
    expect(refused).toHaveLength(47);
    for (const r of refused) {
      expect(r.type === "refused" && r.reason).toBe("insufficient_credits");
      expect(r.type === "refused" && r.text).toMatch(/costs 50 credits and you have 0\. Top up with \/buy/);
    }
    await settled(user);
    const balance = await s.h.app.runtime.credits.balance(user);
    expect(balance).toBe(0);
    expect(await ledgerSum(user)).toBe(balance);
    const jobs = await prisma().generationJob.findMany({ where: { userId: BigInt(user) } });
    expect(jobs.map((j) => j.status)).toEqual(["completed", "completed", "completed"]);
    expect(await prisma().creditEntry.count({ where: { userId: BigInt(user), kind: "capture" } })).toBe(3);
  });

  it("the same with FAL failing every job: 3 accepted, all released, ledger = balance", async () => {
    const user = 4202;
    s.fal.setScript(() => ({ outcome: runnerError() }));
    try {
      await s.h.app.runtime.credits.apply({ userId: user, kind: "adjust", amount: 50, ref: "t:4202" });
      const outcomes = await fire(user, 50);
      expect(outcomes.filter((o) => o.type === "accepted")).toHaveLength(3);
      expect(outcomes.filter((o) => o.type === "refused")).toHaveLength(47);
      await settled(user);
      const balance = await s.h.app.runtime.credits.balance(user);
      expect(balance).toBe(150);
      expect(await ledgerSum(user)).toBe(balance);
      expect(await prisma().creditEntry.count({ where: { userId: BigInt(user), kind: "release" } })).toBe(3);
      expect((await s.h.app.runtime.credits.reconcile()).mismatches).toEqual([]);
    } finally {
      s.fal.setScript(() => ({}));
    }
  });
});

describe("per-user limits", () => {
  it("at most GENERATION_MAX_RUNNING jobs run at once; the rate limit refuses bursts", async () => {
    const limited = await startGenStack({
      fal: s.fal,
      env: { GENERATION_MAX_RUNNING: "2", GENERATION_RATE_LIMIT_PER_MINUTE: "4", STARTING_CREDITS: "1000" },
    });
    s.fal.setScript(() => ({ hold: true }));
    try {
      const gen = limited.h.app.runtime.generation;
      const req = (i: number) =>
        gen.request({
          userId: 4203,
          chatId: 4203,
          kind: "image",
          modelKey: "imagen4-ultra",
          prompt: `p${i}`,
        });
      const first = [await req(1), await req(2), await req(3)];
      expect(first.map((o) => o.type)).toEqual(["accepted", "accepted", "refused"]);
      expect(first[2]!.type === "refused" && first[2]!.reason).toBe("too_many_running");
      await req(4);
      const fifth = await req(5);
      expect(fifth.type === "refused" && fifth.reason).toBe("rate_limited");
      expect(fifth.type === "refused" && fifth.text).toMatch(/last minute/);
      const long = await gen.request({
        userId: 4204,
        chatId: 4204,
        kind: "image",
        modelKey: "imagen4-ultra",
        prompt: "x".repeat(1001),
      });
      expect(long.type === "refused" && long.reason).toBe("prompt_too_long");
      // Nothing refused was charged: two reservations of 45.
      expect(await limited.h.app.runtime.credits.balance(4203)).toBe(1000 - 90);
    } finally {
      s.fal.setScript(() => ({}));
      for (const j of s.fal.jobs.values()) if (!j.completed) s.fal.complete(j.id);
      await limited.h.stop();
    }
  });
});
