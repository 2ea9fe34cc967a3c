/**
 * bench:ledger — credit reservations per second under contention. Many concurrent workers
 * reserve (and then capture or release) credits for a few hot users through the real ledger on
 * Postgres (a fresh database on the DATABASE_URL server) or embedded PGlite, then the ledger is reconciled: every account's
 * balance must equal the sum of its entries, and the credits granted must equal those still
 * held plus those captured — zero lost or duplicated. A second phase does the same on team pools
 * (`--teams` pools of `--members` members each, every member capped at `--cap` credits a month):
 * the same workers spend from the pools through the teams service's guard (role and cap checked
 * with the pool's row locked), and no member may end above their cap. `--json` prints one JSON object.
 */
import { randomUUID } from "node:crypto";
import { openDatabase } from "../src/db/database.ts";
import { createLogger } from "../src/observability/logger.ts";
import { createCreditsLedger, InsufficientCreditsError } from "../src/services/credits/ledger.ts";
import { PayerRefusedError } from "../src/services/generation/types.ts";
import { createTeamsService } from "../src/services/teams/index.ts";
import { dropFreshDatabases, freshDatabaseUrl } from "../test/helpers/env.ts";

const args = process.argv.slice(2);
const json = args.includes("--json");
const num = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const users = num("users", 4);
const workers = num("workers", 32);
const ops = num("ops", 2000);
const start = num("credits", 1500);
const teamCount = num("teams", 2);
const teamMembers = num("members", 25);
const cap = num("cap", 100);

const logger = createLogger({ level: "warn" });
// A fresh database on the DATABASE_URL server (dropped at the end), so the bench never writes tables
// into the database an operator named.
const db = await openDatabase({
  databaseUrl: await freshDatabaseUrl(),
  dataDir: "memory://",
  logger,
  poolSize: Math.min(workers, 20),
});
const ledger = createCreditsLedger({ prisma: db.prisma, startingCredits: start });
const base = 9_000_000_000 + Math.floor(Math.random() * 1_000_000) * 100;
const ids = Array.from({ length: users }, (_, i) => base + i);
await db.prisma.creditEntry.deleteMany({ where: { userId: { in: ids.map(BigInt) } } });
await db.prisma.creditAccount.deleteMany({ where: { userId: { in: ids.map(BigInt) } } });
for (const id of ids) await ledger.balance(id);

let next = 0;
let reserved = 0;
let refused = 0;
let captured = 0;
let released = 0;
const latencies: number[] = [];
const started = performance.now();
await Promise.all(
  Array.from({ length: workers }, async () => {
    while (next < ops) {
      const n = next++;
      const userId = ids[n % users]!;
      const ref = randomUUID();
      const cost = 5 + (n % 7);
      const t = performance.now();
      try {
        await ledger.apply({ userId, kind: "reserve", amount: -cost, ref });
        latencies.push(performance.now() - t);
        reserved++;
        // Settle every reservation; replaying the settlement must change nothing.
        const kind = n % 3 === 0 ? "release" : "capture";
        await ledger.apply({ userId, kind, amount: kind === "release" ? cost : 0, ref });
        await ledger.apply({ userId, kind, amount: kind === "release" ? cost : 0, ref });
        if (kind === "release") released += cost;
        else captured += cost;
      } catch (err) {
        if (!(err instanceof InsufficientCreditsError)) throw err;
        refused++;
      }
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
const recon = await ledger.reconcile();
const mine = await db.prisma.creditAccount.aggregate({
  where: { userId: { in: ids.map(BigInt) } },
  _sum: { balance: true },
});
const held = mine._sum.balance ?? 0;
const granted = start * users;
const lost = granted - held - captured;
latencies.sort((a, b) => a - b);

// Team pools: the same contention, through the teams service's spend guard.
const teams = createTeamsService({ prisma: db.prisma, ledger, logger, invites: { ttlHours: 1, maxUses: 1 } });
const owner = base + 90;
// Each pool starts with what two hot users hold, so both the pools and the caps refuse some spends.
const poolFunds = start * 2;
const pools: { teamId: number; account: number; members: number[] }[] = [];
for (let t = 0; t < teamCount; t++) {
  const made = await teams.members.create(owner + t * 1000, `bench ${base} ${t}`);
  if (!made.ok) throw new Error(`team: ${made.error}`);
  const members = Array.from({ length: teamMembers }, (_, i) => owner + t * 1000 + 1 + i);
  await db.prisma.teamMember.createMany({
    data: members.map((m) => ({ teamId: made.teamId, userId: BigInt(m), role: "editor", monthlyCap: cap })),
  });
  await ledger.apply({
    userId: -made.teamId,
    kind: "adjust",
    amount: poolFunds,
    ref: `bench-pool:${made.teamId}`,
  });
  pools.push({ teamId: made.teamId, account: -made.teamId, members });
}
let teamNext = 0;
let teamReserved = 0;
let teamRefusedPool = 0;
let teamRefusedCap = 0;
let teamCaptured = 0;
const teamLatencies: number[] = [];
const teamStarted = performance.now();
await Promise.all(
  Array.from({ length: workers }, async () => {
    while (teamNext < ops) {
      const n = teamNext++;
      const pool = pools[n % pools.length]!;
      const member = pool.members[Math.floor(n / pools.length) % pool.members.length]!;
      const ref = randomUUID();
      const cost = 5 + (n % 7);
      const t = performance.now();
      try {
        await teams.pool.reserve(pool.teamId, member, cost, ref);
        teamLatencies.push(performance.now() - t);
        teamReserved++;
        const kind = n % 3 === 0 ? "release" : "capture";
        const entry = {
          userId: pool.account,
          memberId: member,
          kind,
          amount: kind === "release" ? cost : 0,
          ref,
        } as const;
        await ledger.apply(entry);
        await ledger.apply(entry);
        if (kind === "capture") teamCaptured += cost;
      } catch (err) {
        if (err instanceof InsufficientCreditsError) teamRefusedPool++;
        else if (err instanceof PayerRefusedError && err.reason === "team_cap") teamRefusedCap++;
        else throw err;
      }
    }
  }),
);
const teamSeconds = (performance.now() - teamStarted) / 1000;
teamLatencies.sort((a, b) => a - b);
const poolsLeft =
  (
    await db.prisma.creditAccount.aggregate({
      where: { userId: { in: pools.map((p) => BigInt(p.account)) } },
      _sum: { balance: true },
    })
  )._sum.balance ?? 0;
const teamLost = poolFunds * pools.length - poolsLeft - teamCaptured;
let overCap = 0;
for (const p of pools) {
  for (const m of p.members) if ((await teams.pool.spentThisMonth(p.teamId, m)) > cap) overCap++;
}
const teamRecon = await ledger.reconcile();

const result = {
  database: db.kind,
  users,
  workers,
  attempts: ops,
  reserved,
  refused,
  reservations_per_s: Math.round(reserved / seconds),
  p50_ms: Number((latencies[Math.floor(latencies.length * 0.5)] ?? 0).toFixed(2)),
  p99_ms: Number((latencies[Math.floor(latencies.length * 0.99)] ?? 0).toFixed(2)),
  granted,
  captured,
  released,
  balance_left: held,
  lost_or_duplicated: lost,
  ledger_mismatches: recon.mismatches.length,
  team: {
    pools: pools.length,
    members_per_pool: teamMembers,
    monthly_cap: cap,
    reserved: teamReserved,
    refused_pool: teamRefusedPool,
    refused_cap: teamRefusedCap,
    reservations_per_s: Math.round(teamReserved / teamSeconds),
    p50_ms: Number((teamLatencies[Math.floor(teamLatencies.length * 0.5)] ?? 0).toFixed(2)),
    p99_ms: Number((teamLatencies[Math.floor(teamLatencies.length * 0.99)] ?? 0).toFixed(2)),
    captured: teamCaptured,
    pools_left: poolsLeft,
    lost_or_duplicated: teamLost,
    members_over_cap: overCap,
    ledger_mismatches: teamRecon.mismatches.length,
  },
};
await db.prisma.creditEntry.deleteMany({ where: { userId: { in: ids.map(BigInt) } } });
await db.prisma.creditAccount.deleteMany({ where: { userId: { in: ids.map(BigInt) } } });
await db.close();
await dropFreshDatabases();
if (json) console.log(JSON.stringify(result));
else {
  console.log(`ledger bench on ${result.database}: ${users} hot users, ${workers} concurrent workers`);
  console.log(
    `  ${reserved} reservations (${refused} refused) in ${seconds.toFixed(2)} s → ${result.reservations_per_s}/s`,
  );
  console.log(`  reserve latency p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms`);
  console.log(
    `  reconciliation: granted ${granted} = left ${held} + captured ${captured}; lost/duplicated ${lost}; mismatched accounts ${recon.mismatches.length}`,
  );
}
const tm = result.team;
if (!json) {
  console.log(
    `team pools: ${tm.pools} × ${tm.members_per_pool} members, cap ${cap}/month: ${tm.reserved} reservations (${tm.refused_pool} refused by the pool, ${tm.refused_cap} by caps) → ${tm.reservations_per_s}/s`,
  );
  console.log(`  reserve latency p50 ${tm.p50_ms} ms, p99 ${tm.p99_ms} ms`);
  console.log(
    `  reconciliation: pools left ${poolsLeft} + captured ${teamCaptured}; lost/duplicated ${teamLost}; members over their cap ${overCap}; mismatched accounts ${teamRecon.mismatches.length}`,
  );
}
const clean = lost === 0 && recon.mismatches.length === 0;
process.exitCode = clean && teamLost === 0 && overCap === 0 && teamRecon.mismatches.length === 0 ? 0 : 1;
