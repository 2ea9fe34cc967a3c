/**
 * Generation jobs across instances. Each unfinished job is polled at FAL by the one instance that
 * holds its lease; a job whose instance died is taken over once the lease runs out and finishes
 * once; an outcome settled by an instance that died before sending it is sent by the next
 * leaseholder, once; two instances claiming at the same moment never take the same job.
 *
 * The second instance is a second generation service over the app's database: its own lease
 * owner, its own path to the fake FAL (so the fake can tell whose calls it gets) and a private bus,
 * so nothing it publishes reaches the app's Telegram notifier (like an instance that died before
 * its notifier ran). "Dying" is not calling it any more: no renewals, no release.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryCacheBus } from "../../src/cache/index.ts";
import type { CacheBus } from "../../src/cache/types.ts";
import { createGenerationJobRepository } from "../../src/db/generation-job-repository.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { type BusEvent, EVENTS_CHANNEL } from "../../src/services/events.ts";
import { createFalGateway } from "../../src/services/generation/fal-gateway.ts";
import { createGenerationService, type GenerationService } from "../../src/services/generation/service.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { type GenStack, startGenStack } from "./setup.ts";

const LEASE_MS = 600;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let s: GenStack;
const events: BusEvent[] = [];
const buses: CacheBus[] = [];
const others: GenerationService[] = [];
beforeAll(async () => {
  s = await startGenStack({
    env: {
      GENERATION_LEASE_MS: String(LEASE_MS),
      GENERATION_RATE_LIMIT_PER_MINUTE: "1000",
      GENERATION_MAX_RUNNING: "100",
    },
  });
  s.fal.setScript(() => ({ hold: true }));
  await s.h.app.cache.subscribe(EVENTS_CHANNEL, (raw) => void events.push(JSON.parse(raw)));
});
afterAll(async () => {
  for (const o of others) await o.stop();
  for (const b of buses) await b.close();
  await s?.h.stop();
  await s?.fal.close();
  await dropFreshDatabases();
});

const app = () => s.h.app.runtime.generation;
const prisma = () => s.h.app.db.prisma;

/** Another instance over the app's database (see the file comment); `start()` it to let it poll. */
function otherInstance(): GenerationService {
  const bus = createMemoryCacheBus();
  buses.push(bus);
  const gen = createGenerationService({
    prisma: prisma(),
    cache: bus,
    ledger: s.h.app.runtime.credits,
    catalog: s.h.app.runtime.catalog,
    fal: createFalGateway({ credentials: s.fal.env.FAL_KEY, proxyUrl: `${s.fal.base}/proxy-b` }),
    logger: createLogger({ level: "silent" }),
    config: s.h.app.config.generation,
  });
  others.push(gen);
  return gen;
}

async function imagine(gen: GenerationService, user: number) {
  const out = await gen.request({
    userId: user,
    chatId: user,
    kind: "image",
    modelKey: "flux-ultra",
    prompt: "owl",
  });
  if (out.type !== "accepted") throw new Error(`refused: ${out.text}`);
  const row = await prisma().generationJob.findUniqueOrThrow({ where: { id: out.jobId } });
  return { jobId: out.jobId, requestId: row.requestId! };
}

const statusPolls = (requestId: string) =>
  s.fal.requests.filter((r) => r.url.includes(`/requests/${requestId}/status`));
/** Which FAL paths (instances) polled a job: "/proxy" is the app, "/proxy-b" the other one. */
const pollers = (requestId: string) => [...new Set(statusPolls(requestId).map((r) => r.via))].sort();
const photosTo = (user: number) =>
  s.h.tg.callsOf("sendPhoto").filter((c) => Number(c.payload.chat_id) === user).length;
const ledgerKinds = async (user: number) =>
  (await prisma().creditEntry.findMany({ where: { userId: BigInt(user) }, orderBy: { id: "asc" } })).map(
    (e) => e.kind,
  );
const row = (jobId: string) => prisma().generationJob.findUniqueOrThrow({ where: { id: jobId } });

describe("generation leases", () => {
  it("polls each unfinished job from the one instance holding it; a stop hands its jobs over", async () => {
    const b = otherInstance();
    b.start();
    const mine = [await imagine(app(), 5101), await imagine(app(), 5102), await imagine(app(), 5103)];
    const theirs = [await imagine(b, 5104), await imagine(b, 5105), await imagine(b, 5106)];
    // Several leases long: a lease that was not renewed in time would have been taken by the other.
    await eventually(() => [...mine, ...theirs].every((j) => statusPolls(j.requestId).length >= 30), 15_000);
    for (const j of mine) expect(pollers(j.requestId)).toEqual(["/proxy"]);
    for (const j of theirs) expect(pollers(j.requestId)).toEqual(["/proxy-b"]);
    expect((await row(mine[0]!.jobId)).leaseOwner).toBe(app().instanceId);
    expect((await row(theirs[0]!.jobId)).leaseOwner).toBe(b.instanceId);

    // A graceful stop gives the jobs back at once; the app finishes all of them.
    await b.stop();
    await eventually(() => theirs.every((j) => pollers(j.requestId).includes("/proxy")), 5_000);
    for (const j of [...mine, ...theirs]) s.fal.complete(j.requestId);
    for (let user = 5101; user <= 5106; user++) {
      await eventually(() => photosTo(user) === 1, 10_000);
      expect(await ledgerKinds(user)).toEqual(["grant", "reserve", "capture"]);
    }
    // Every job delivered and nothing in flight: a second photo could only have come before this.
    await eventually(
      async () =>
        (await Promise.all([...mine, ...theirs].map((j) => row(j.jobId)))).every(
          (r) => r.deliveredAt !== null,
        ),
      10_000,
    );
    await s.h.idle();
    for (let user = 5101; user <= 5106; user++) expect(photosTo(user)).toBe(1);
  });

  it("takes over the job of an instance that died once its lease runs out, and finishes it once", async () => {
    const b = otherInstance(); // never started: it renews nothing, like a killed process
    const user = 5201;
    const job = await imagine(b, user);
    await b.pollOnce();
    await b.pollOnce();
    expect(pollers(job.requestId)).toEqual(["/proxy-b"]);
    // B is gone now. Its lease still holds for a while: the app leaves the job alone meanwhile.
    await sleep(LEASE_MS / 3);
    expect(pollers(job.requestId)).toEqual(["/proxy-b"]);
    await eventually(() => pollers(job.requestId).includes("/proxy"), 5_000);
    expect((await row(job.jobId)).leaseOwner).toBe(app().instanceId);
    // While the app holds it, B (were it to come back) does not poll it.
    const polledByB = statusPolls(job.requestId).filter((r) => r.via === "/proxy-b").length;
    await b.pollOnce();
    expect(statusPolls(job.requestId).filter((r) => r.via === "/proxy-b")).toHaveLength(polledByB);

    s.fal.complete(job.requestId);
    await eventually(() => photosTo(user) === 1, 10_000);
    await eventually(async () => (await row(job.jobId)).deliveredAt !== null, 10_000);
    await s.h.idle();
    expect(photosTo(user)).toBe(1);
    expect(await ledgerKinds(user)).toEqual(["grant", "reserve", "capture"]);
    const done = await row(job.jobId);
    expect([done.status, done.deliveredAt !== null, done.leaseOwner]).toEqual(["completed", true, null]);
  });

  it("sends an outcome settled by an instance that died before sending it, once", async () => {
    const b = otherInstance();
    const user = 5301;
    const job = await imagine(b, user);
    s.fal.complete(job.requestId);
    // B settles the job (captures the credits) and publishes the result where nobody hears it.
    await b.pollOnce();
    const settled = await row(job.jobId);
    expect([settled.status, settled.deliveredAt, settled.leaseOwner]).toEqual([
      "completed",
      null,
      b.instanceId,
    ]);
    expect(photosTo(user)).toBe(0);

    // Once B's time to send it has run out, the app sends it from the stored result.
    await eventually(() => photosTo(user) === 1, 15_000);
    const delivered = await eventually(
      async () => (await row(job.jobId)).deliveredAt !== null && row(job.jobId),
    );
    expect(delivered.leaseOwner).toBeNull();
    await sleep(LEASE_MS * 2);
    expect(photosTo(user)).toBe(1);
    expect(pollers(job.requestId)).toEqual(["/proxy-b"]);
    expect(await ledgerKinds(user)).toEqual(["grant", "reserve", "capture"]);
    const resent = events.filter((e) => e.type === "generation.completed" && e.userId === user);
    expect(resent.map((e) => e.type === "generation.completed" && e.payload.redelivery)).toEqual([true]);
  });

  // Needs a second connection to hold row locks while the claim runs: Postgres only (PGlite
  // serves one connection).
  it.skipIf(!process.env.DATABASE_URL)(
    "never gives a job another instance is claiming to a second one",
    async () => {
      const repo = createGenerationJobRepository(prisma(), { leaseMs: LEASE_MS, deliveryGraceMs: LEASE_MS });
      const ids = Array.from({ length: 12 }, (_, i) => `race-${i}`);
      const job = {
        model: "flux-ultra",
        kind: "image",
        endpoint: "fal-ai/flux-pro/v1.1-ultra",
        prompt: "race",
      };
      for (const [i, id] of ids.entries()) {
        const row = { ...job, id, userId: 5400 + i, chatId: 5400 + i, input: {}, cost: 50, viaWebhook: true };
        await prisma().$transaction((tx) => repo.insert(tx, row, "ghost"));
        await repo.markSubmitted(id, `race-request-${i}`, {});
      }
      // Webhook jobs: the app polls them only after a minute of silence, these claimers at once.
      const due = { pendingGraceMs: 0, webhookGraceMs: 0 };
      await sleep(LEASE_MS + 100);
      // Instance x is in the middle of taking the first half: its rows are locked, not yet committed.
      const x = new pg.Client({ connectionString: s.h.env.DATABASE_URL });
      await x.connect();
      try {
        await x.query("BEGIN");
        await x.query(
          "UPDATE generation_jobs SET lease_owner = 'x', lease_until = now() + interval '1 minute' WHERE id = ANY($1)",
          [ids.slice(0, 6)],
        );
        // y neither waits for x nor takes x's rows: it gets the other half at once.
        const y = await Promise.race([
          repo.claim("y", 100, due),
          sleep(3_000).then(() => "blocked" as const),
        ]);
        if (y === "blocked") throw new Error("the claim waited for rows another instance was claiming");
        expect(
          y
            .map((c) => c.row.id)
            .filter((id) => id.startsWith("race-"))
            .sort(),
        ).toEqual(ids.slice(6).sort());
        expect(y.every((c) => c.takenFrom === "ghost")).toBe(true);
        await x.query("COMMIT");
      } finally {
        await x.end();
      }
      const owners = await prisma().generationJob.findMany({
        where: { id: { in: ids } },
        orderBy: { id: "asc" },
      });
      expect(
        owners
          .filter((r) => r.leaseOwner === "x")
          .map((r) => r.id)
          .sort(),
      ).toEqual(ids.slice(0, 6).sort());
      expect(
        await repo.claim("z", 100, due).then((c) => c.filter((j) => j.row.id.startsWith("race-"))),
      ).toEqual([]);
      await prisma().generationJob.deleteMany({ where: { id: { in: ids } } });
    },
  );
});
