/**
 * A team's pool under contention and through payments, at the service level and through the bot:
 * 50 members spending at once never overdraw the pool or pass a monthly cap; a failed creation's
 * refund goes back to the pool that paid; a Stars purchase for the team credits the pool once
 * however often Telegram delivers it, and its refund comes out of the pool; the ledger reconciles.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InsufficientCreditsError } from "../../src/services/credits/ledger.ts";
import { PayerRefusedError } from "../../src/services/generation/types.ts";
import { runnerError } from "../fakes/fal-server.ts";
import { command, preCheckout, successfulPayment } from "../fakes/updates.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { plain, startTeamStack, type TeamStack } from "./setup.ts";

let s: TeamStack;
beforeAll(async () => {
  s = await startTeamStack({ env: { GENERATION_MAX_RUNNING: "100" } });
});
afterAll(async () => {
  await s?.h.stop();
  await s?.fal.close();
  await dropFreshDatabases();
});

const rt = () => s.h.app.runtime;
const prisma = () => s.h.app.db.prisma;

/**
 * A team of an owner and `n` editors (written straight to the table: joining by link is tested
 * elsewhere), its pool holding `pool` credits, linked to group `group`, each editor capped at `cap`.
 */
async function team(owner: number, n: number, pool: number, group: number, cap: number | null = null) {
  const { teams, credits } = rt();
  const made = await teams.members.create(owner, `Team ${owner}`);
  if (!made.ok) throw new Error(made.error);
  const members = Array.from({ length: n }, (_, i) => owner + 1 + i);
  await prisma().teamMember.createMany({
    data: members.map((m) => ({ teamId: made.teamId, userId: BigInt(m), role: "editor", monthlyCap: cap })),
  });
  await credits.apply({ userId: owner, kind: "adjust", amount: pool, ref: `fund:${owner}` });
  expect((await teams.pool.topup(owner, pool, `topup:${owner}`)).ok).toBe(true);
  expect((await teams.pool.link(owner, { id: group, title: `Group ${owner}` }, "")).ok).toBe(true);
  return { teamId: made.teamId, account: -made.teamId, members };
}

const settled = (account: number) =>
  eventually(async () => {
    const open = await prisma().generationJob.count({
      where: { payerAccount: BigInt(account), status: { in: ["pending", "queued", "running"] } },
    });
    return open === 0;
  }, 20_000);

const entriesOf = (account: number) =>
  prisma().creditEntry.findMany({ where: { userId: BigInt(account) }, orderBy: { id: "asc" } });

describe("a team's pool under contention", () => {
  it("50 members at once, a pool for 3 creations: exactly 3 accepted, the pool never overdrawn", async () => {
    const group = -1_009_000_000_101;
    const t = await team(7000, 50, 150, group);
    const outcomes = await Promise.all(
      t.members.map((m, i) =>
        rt().generation.request({
          userId: m,
          chatId: group,
          kind: "image",
          modelKey: "flux-ultra",
          prompt: `fox ${i}`,
        }),
      ),
    );
    const accepted = outcomes.filter((o) => o.type === "accepted");
    expect(accepted).toHaveLength(3);
    for (const o of outcomes) if (o.type === "refused") expect(o.reason).toBe("team_pool_empty");
    await settled(t.account);
    expect(await rt().credits.balance(t.account)).toBe(0);
    // Paid by the pool: the members' own credits are untouched (their starting grant, if any).
    for (const m of t.members) expect(await rt().credits.balance(m)).toBe(100);
    const entries = await entriesOf(t.account);
    const reserves = entries.filter((e) => e.kind === "reserve");
    expect(reserves).toHaveLength(3);
    // Every entry on the pool names the member who caused it; the balance never went below zero.
    expect(entries.every((e) => e.memberId !== null)).toBe(true);
    expect(entries.every((e) => e.balanceAfter >= 0)).toBe(true);
    expect(entries.reduce((sum, e) => sum + e.amount, 0)).toBe(0);
    expect((await rt().credits.reconcile()).mismatches).toEqual([]);
  });

  it("a monthly cap holds through generation requests made at once", async () => {
    const group = -1_009_000_000_102;
    const t = await team(7100, 10, 100_000, group);
    // Set through the service once, the rest like it.
    expect((await rt().teams.pool.setCap(7100, String(t.members[0]), 50)).ok).toBe(true);
    await prisma().teamMember.updateMany({
      where: { teamId: t.teamId, role: "editor" },
      data: { monthlyCap: 50 },
    });
    // Three requests per member at once; the cap (one image) lets one each through.
    const outcomes = await Promise.all(
      t.members.flatMap((m) =>
        [0, 1, 2].map((i) =>
          rt().generation.request({
            userId: m,
            chatId: group,
            kind: "image",
            modelKey: "flux-ultra",
            prompt: `cap ${i}`,
          }),
        ),
      ),
    );
    expect(outcomes.filter((o) => o.type === "accepted")).toHaveLength(10);
    for (const o of outcomes) if (o.type === "refused") expect(o.reason).toBe("team_cap");
    for (const m of t.members) expect(await rt().teams.pool.spentThisMonth(t.teamId, m)).toBe(50);
    await settled(t.account);
    expect(await rt().credits.balance(t.account)).toBe(100_000 - 10 * 50);
    expect((await rt().credits.reconcile()).mismatches).toEqual([]);
  });

  it("the pool's own guard: 50 members × 3 reservations at once, caps and pool both hold", async () => {
    const t = await team(7200, 50, 600, -1_009_000_000_103, 25);
    const results = await Promise.all(
      t.members.flatMap((m) =>
        [0, 1, 2].map((i) =>
          rt()
            .teams.pool.reserve(t.teamId, m, 10, `bench:${m}:${i}`)
            .then(
              () => ({ m, i, ok: true as const }),
              (err: unknown) => {
                if (err instanceof InsufficientCreditsError) return { m, ok: false as const, why: "pool" };
                if (err instanceof PayerRefusedError) return { m, ok: false as const, why: err.reason };
                throw err;
              },
            ),
        ),
      ),
    );
    const ok = results.filter((r) => r.ok);
    expect(ok).toHaveLength(60);
    const perMember = new Map<number, number>();
    for (const r of ok) perMember.set(r.m, (perMember.get(r.m) ?? 0) + 1);
    expect(Math.max(...perMember.values())).toBeLessThanOrEqual(2);
    expect(await rt().credits.balance(t.account)).toBe(0);
    expect(results.filter((r) => !r.ok).every((r) => r.why === "pool" || r.why === "team_cap")).toBe(true);
    // Replaying a reservation changes nothing.
    const first = ok[0] as { m: number; i: number };
    const again = await rt().teams.pool.reserve(t.teamId, first.m, 10, `bench:${first.m}:${first.i}`);
    expect(again.applied).toBe(false);
    expect((await rt().credits.reconcile()).mismatches).toEqual([]);
  });

  it("a failed creation's credits go back to the pool that paid, naming the member", async () => {
    const group = -1_009_000_000_104;
    const t = await team(7300, 1, 200, group);
    const member = t.members[0]!;
    s.fal.setScript(() => ({ outcome: runnerError() }));
    try {
      const o = await rt().generation.request({
        userId: member,
        chatId: group,
        kind: "image",
        modelKey: "flux-ultra",
        prompt: "doomed",
      });
      expect(o.type).toBe("accepted");
      await settled(t.account);
    } finally {
      s.fal.setScript(() => ({}));
    }
    expect(await rt().credits.balance(t.account)).toBe(200);
    expect(await rt().credits.balance(member)).toBe(100);
    const job = await prisma().generationJob.findFirstOrThrow({ where: { userId: BigInt(member) } });
    expect(job.status).toBe("failed");
    expect(Number(job.payerAccount)).toBe(t.account);
    const onPool = (await entriesOf(t.account)).filter((e) => e.ref === job.id);
    expect(onPool.map((e) => [e.kind, e.amount, Number(e.memberId)])).toEqual([
      ["reserve", -50, member],
      ["release", 50, member],
    ]);
    expect(await prisma().creditEntry.count({ where: { userId: BigInt(member), ref: job.id } })).toBe(0);
  });
});

describe("Stars for the team", () => {
  it("a purchase delivered twice credits the pool once; a non-admin cannot pay; the refund comes out of the pool", async () => {
    const t = await team(7400, 1, 10, -1_009_000_000_105);
    const owner = 7400;
    const member = t.members[0]!;
    const payload = `team:s:${owner}:${t.teamId}`;

    // A member who is not an owner or admin is turned away before paying.
    const before = s.h.tg.calls.length;
    await s.h.send(preCheckout({ userId: member, payload: `team:s:${member}:${t.teamId}`, amount: 50 }));
    const declined = await s.h.tg.waitFor((c) => c.method === "answerPreCheckoutQuery", 10_000, before);
    expect(declined.payload.ok).toBe(false);
    const start = s.h.tg.calls.length;
    await s.h.send(preCheckout({ userId: owner, payload, amount: 50 }));
    const ok = await s.h.tg.waitFor((c) => c.method === "answerPreCheckoutQuery", 10_000, start);
    expect(ok.payload.ok).toBe(true);

    const chargeId = "stxTEAM-twice-1";
    const first = s.h.tg.calls.length;
    await s.h.send(successfulPayment({ userId: owner, payload, amount: 50, chargeId }));
    const receipt = await s.h.nextCall("sendMessage", owner, first, 10_000);
    expect(plain(String(receipt.payload.text))).toMatch(
      /250 credits went into Team 7400's pool — it now holds 260/,
    );
    await s.h.send(successfulPayment({ userId: owner, payload, amount: 50, chargeId }));
    await s.h.idle();
    expect(await rt().credits.balance(-t.teamId)).toBe(260);
    expect(await rt().credits.balance(owner)).toBe(100);
    const purchases = await prisma().creditEntry.findMany({ where: { kind: "purchase", ref: chargeId } });
    expect(purchases.map((p) => [Number(p.userId), Number(p.memberId), p.amount])).toEqual([
      [-t.teamId, owner, 250],
    ]);
    expect((await prisma().starPayment.findUniqueOrThrow({ where: { chargeId } })).teamId).toBe(t.teamId);
    expect(await prisma().teamAudit.count({ where: { teamId: t.teamId, action: "purchase" } })).toBe(1);

    // An admin's /refund takes the credits back from the pool they went to.
    const r = s.h.tg.calls.length;
    await s.h.send(command("refund", chargeId, { userId: 999 }));
    await s.h.nextCall("sendMessage", 999, r, 10_000);
    expect(await rt().credits.balance(-t.teamId)).toBe(10);
    expect(await rt().credits.balance(owner)).toBe(100);

    const recon = await rt().credits.reconcile();
    expect(recon.mismatches).toEqual([]);
    expect(recon.teams.accounts).toBeGreaterThanOrEqual(1);
    const st = s.h.tg.calls.length;
    await s.h.send(command("stats", undefined, { userId: 999 }));
    const stats = String((await s.h.nextCall("sendMessage", 999, st, 10_000)).payload.text);
    expect(stats, stats).toMatch(/Team pools: \d+, holding [\d,]+ credits/);
    expect(stats).toMatch(/Ledger reconciliation: OK/);
  });

  it("deleting a team returns its pool to the owner, and the ledger still reconciles", async () => {
    const t = await team(7500, 2, 321, -1_009_000_000_106);
    const before = await rt().credits.balance(7500);
    const r = await rt().teams.members.deleteTeam(7500);
    expect(r.ok && r.returned).toBe(321);
    expect(await rt().credits.balance(7500)).toBe(before + 321);
    expect(await rt().credits.balance(t.account)).toBe(0);
    expect(await prisma().teamMember.count({ where: { teamId: t.teamId } })).toBe(0);
    expect(
      await rt().teams.pool.payerFor({
        userId: t.members[0]!,
        chatId: -1_009_000_000_106,
        kind: "image",
        modelKey: "flux-ultra",
        prompt: "x",
      }),
    ).toEqual({ type: "own" });
    expect((await rt().credits.reconcile()).mismatches).toEqual([]);
  });
});
