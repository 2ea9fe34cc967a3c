/**
 * bench:ledger — credit reservations per second under contention. Many concurrent workers
 * reserve (and then capture or release) credits for a few hot users through the real ledger on
 * Postgres (a fresh database on the DATABASE_URL server) or embedded PGlite, then the ledger is reconciled: every account's
 * balance must equal the sum of its entries, and the credits granted must equal those still
 * held plus those captured — zero lost or duplicated. `--json` prints one JSON object.
 */
import { randomUUID } from "node:crypto";
import { openDatabase } from "../src/db/database.ts";
import { createLogger } from "../src/observability/logger.ts";
import { createCreditsLedger, InsufficientCreditsError } from "../src/services/credits/ledger.ts";
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
process.exitCode = lost === 0 && recon.mismatches.length === 0 ? 0 : 1;
