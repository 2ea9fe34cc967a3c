/**
 * Opens the database the configuration asks for — Postgres at DATABASE_URL, or embedded PGlite in
 * DATA_DIR — applies migrations, and returns a Prisma client over the pg driver adapter.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "./embedded.ts";
import { PrismaClient } from "./generated/client.ts";
import { migrate } from "./migrate.ts";

export type { PrismaClient };

export interface Database {
  prisma: PrismaClient;
  kind: "postgres" | "pglite";
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Opens, migrates and returns the database; `dataDir: "memory://"` gives a throwaway PGlite. */
export async function openDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  logger: Logger;
  poolSize?: number;
  /** When given, every query's latency is recorded in velro_db_query_seconds. */
  metrics?: Metrics;
  /** An embedded database already being started (main.ts starts it while modules load). */
  embedded?: Promise<EmbeddedPostgres>;
}): Promise<Database> {
  const { logger } = options;
  const embedded = options.databaseUrl
    ? undefined
    : await (options.embedded ?? startEmbeddedPostgres(options.dataDir));
  const url = options.databaseUrl ?? embedded!.url;
  try {
    const started = performance.now();
    const result = await migrate(url);
    logger.info(
      { applied: result.applied, ms: Math.round(performance.now() - started) },
      result.applied.length ? "database migrated" : "database schema up to date",
    );
    const adapter = new PrismaPg({
      connectionString: url,
      max: embedded ? 1 : (options.poolSize ?? 10),
      connectionTimeoutMillis: 5_000,
    });
    const base = new PrismaClient({ adapter });
    const histogram = options.metrics?.dbQuerySeconds;
    // The extended client keeps PrismaClient's API; its type differs only in extension generics.
    const prisma = histogram
      ? (base.$extends({
          query: {
            async $allOperations({ model, operation, args, query }) {
              const end = histogram.startTimer({ operation: `${model ?? "raw"}.${operation}` });
              try {
                return await query(args);
              } finally {
                end();
              }
            },
          },
        }) as unknown as PrismaClient)
      : base;
    return {
      prisma,
      kind: embedded ? "pglite" : "postgres",
      async ping() {
        await prisma.$queryRaw`SELECT 1`;
      },
      async close() {
        await prisma.$disconnect();
        await embedded?.close();
      },
    };
  } catch (err) {
    await embedded?.close();
    throw err;
  }
}
