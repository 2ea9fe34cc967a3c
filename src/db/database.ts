/**
 * Opens the database the configuration asks for — Postgres at DATABASE_URL, or embedded PGlite in
 * DATA_DIR — applies migrations, and returns a Prisma client over the pg driver adapter.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "./embedded.ts";
import { type Prisma, PrismaClient } from "./generated/client.ts";
import { migrate } from "./migrate.ts";

export type { PrismaClient };

const INT8_OID = 20;
const SQL_TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8_OID ? BigInt : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/** Connections kept for urgent writes on Postgres. */
const URGENT_CONNECTIONS = 4;
/**
 * Connections to the embedded database. They share its single session, served in turn between
 * statements (embedded-wire.mjs); more than one lets statements wait at the database while the
 * event loop is busy, instead of each waiting for the one before it to come back.
 */
const EMBEDDED_CONNECTIONS = 4;

export interface Database {
  prisma: PrismaClient;
  kind: "postgres" | "pglite";
  /**
   * Runs a `Prisma.sql` statement on the pool directly. Prisma compiles every query, raw ones too,
   * in its WASM query compiler (~0.5 ms each); the few statements every turn runs skip that.
   * `name` labels velro_db_query_seconds (`sql.<name>`); int8 columns come back as bigint, as
   * they do from Prisma.
   */
  sql<T>(name: string, query: Prisma.Sql): Promise<T[]>;
  /**
   * Like `sql`, on a connection of its own that never waits behind the pool's queue (on Postgres;
   * the embedded database has one connection). For the few writes whose timing matters more than
   * their batching: a send's record must reach the database as the send reaches Telegram.
   */
  sqlUrgent<T>(name: string, query: Prisma.Sql): Promise<T[]>;
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
  embedded?: EmbeddedPostgres;
}): Promise<Database> {
  const { logger } = options;
  const embedded = options.databaseUrl
    ? undefined
    : (options.embedded ?? startEmbeddedPostgres(options.dataDir));
  const url = options.databaseUrl ?? embedded!.url;
  // One pool for Prisma and for the hot-path SQL below.
  const pool = new pg.Pool({
    connectionString: url,
    max: embedded ? EMBEDDED_CONNECTIONS : (options.poolSize ?? 10),
    connectionTimeoutMillis: 5_000,
  });
  // An idle connection that dies (database restart) must not crash the process; the next query
  // gets a fresh one, and the database watch reports the outage.
  pool.on("error", (err) => logger.warn({ err: err.message }, "idle database connection failed"));
  const urgentPool = embedded
    ? pool
    : // A few connections, so a write never waits for another's answer (which a busy event loop
      // reads late).
      new pg.Pool({
        connectionString: url,
        max: URGENT_CONNECTIONS,
        connectionTimeoutMillis: 5_000,
        // Kept open: a write that must leave at once cannot wait for a connection to be set up.
        idleTimeoutMillis: 0,
      });
  if (urgentPool !== pool) {
    urgentPool.on("error", (err) => logger.warn({ err: err.message }, "idle database connection failed"));
    // Its writes must be visible the moment they commit, not after the WAL flush: they guard against
    // this process dying, which asynchronous commit survives (a database crash could lose the last
    // fraction of a second of them, at worst a repeated send).
    urgentPool.on("connect", (client) => {
      client.query("SET synchronous_commit TO off").catch(() => {});
    });
  }
  const base = new PrismaClient({ adapter: new PrismaPg(pool) });
  try {
    // $connect loads Prisma's WASM query compiler without touching the database, so it runs while
    // the embedded database is still opening. A failure shows up in the first real query.
    const compilerLoaded = base.$connect().catch(() => {});
    await embedded?.ready;
    const started = performance.now();
    const result = await migrate(url);
    logger.info(
      { applied: result.applied, ms: Math.round(performance.now() - started) },
      result.applied.length ? "database migrated" : "database schema up to date",
    );
    await compilerLoaded;
    // The first query compiles and opens the pool; doing it now overlaps it with the rest of
    // start-up instead of delaying the first /ready or update.
    base.$queryRaw`SELECT 1`.catch(() => {});
    // The urgent connections are opened now: opening them on first use (right after a restart, when
    // the first resumed replies go out) would hold those writes back by a whole connection set-up.
    if (urgentPool !== pool) {
      const clients = await Promise.all(
        Array.from({ length: URGENT_CONNECTIONS }, () => urgentPool.connect()),
      );
      for (const client of clients) client.release();
    }
    const histogram = options.metrics?.dbQuerySeconds;
    const run = async <T>(on: pg.Pool, name: string, query: Prisma.Sql): Promise<T[]> => {
      const end = histogram?.startTimer({ operation: `sql.${name}` });
      const send = () => on.query({ text: query.text, values: query.values, types: SQL_TYPES });
      try {
        return (await send()).rows as T[];
      } catch (err) {
        // The pool handed out a connection the server had already closed: the statement never
        // left (EPIPE is a failed write), so it is safe to send once more on a fresh connection.
        if ((err as NodeJS.ErrnoException).code !== "EPIPE") throw err;
        return (await send()).rows as T[];
      } finally {
        end?.();
      }
    };
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
      sql: (name, query) => run(pool, name, query),
      sqlUrgent: (name, query) => run(urgentPool, name, query),
      // Runs every second (database watch) and on /ready: straight to the pool, no query compile.
      async ping() {
        await pool.query("SELECT 1");
      },
      async close() {
        await prisma.$disconnect();
        await pool.end().catch(() => {});
        if (urgentPool !== pool) await urgentPool.end().catch(() => {});
        await embedded?.close();
      },
    };
  } catch (err) {
    await base.$disconnect().catch(() => {});
    await pool.end().catch(() => {});
    if (urgentPool !== pool) await urgentPool.end().catch(() => {});
    await embedded?.close();
    throw err;
  }
}
