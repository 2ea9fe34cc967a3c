/**
 * What the database says about a user's generations once the service processes are gone, read
 * over a fresh connection: the ledger's entry kinds in order, the balance, and each job's status,
 * whether its outcome was delivered, and who still holds its lease.
 */
export async function generationRecord(
  env: Record<string, string | undefined>,
  user: number,
  dataDir = "memory://",
) {
  const { openDatabase } = await import("../../src/db/database.ts");
  const { createLogger } = await import("../../src/observability/logger.ts");
  const db = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir,
    logger: createLogger({ level: "silent" }),
  });
  try {
    const userId = BigInt(user);
    const entries = await db.prisma.creditEntry.findMany({ where: { userId }, orderBy: { id: "asc" } });
    const account = await db.prisma.creditAccount.findUnique({ where: { userId } });
    const jobs = await db.prisma.generationJob.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
    return {
      ledger: entries.map((e) => e.kind),
      balance: account?.balance,
      jobs: jobs.map((j) => ({
        status: j.status,
        delivered: j.deliveredAt !== null,
        leaseOwner: j.leaseOwner,
      })),
    };
  } finally {
    await db.close();
  }
}
