/**
 * Applies prisma/migrations at start-up. It records applied migrations in Prisma's own
 * `_prisma_migrations` table with the same checksums, so `prisma migrate deploy` and this migrator
 * agree on what has been applied; it exists because spawning the Prisma CLI takes seconds while
 * this takes milliseconds, and it needs nothing but a pg connection.
 */
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { assetUrl } from "../assets.ts";

export const MIGRATIONS_DIR = fileURLToPath(assetUrl("../prisma/migrations"));

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

const APPLIED = `SELECT migration_name, checksum FROM "_prisma_migrations"
  WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;

/** A fixed advisory-lock key so that several instances starting together migrate one at a time. */
const LOCK_KEY = 72_707_369;

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/**
 * The checksum a migration is recorded with: of its text with LF line endings. A Windows checkout
 * (git's core.autocrlf) turns the same file into CRLF, and a checksum of the raw bytes would then
 * call every applied migration "modified" and stop start-up.
 */
export function migrationChecksum(sql: string): string {
  return sha256(sql.replace(/\r\n/g, "\n"));
}

/**
 * Whether `recorded` is this migration's checksum under any line-ending convention: ours (LF), and
 * the raw-file checksums `prisma migrate deploy` records from either kind of checkout. Prisma
 * accepts the same three variants, so the two tools keep agreeing.
 */
export function checksumMatches(sql: string, recorded: string): boolean {
  const lf = sql.replace(/\r\n/g, "\n");
  return (
    recorded === sha256(lf) || recorded === sha256(sql) || recorded === sha256(lf.replace(/\n/g, "\r\n"))
  );
}

/** Lists migration folders in order with their SQL and Prisma-compatible checksum. */
export function readMigrations(dir = MIGRATIONS_DIR) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: migrationChecksum(sql) };
    });
}

/**
 * Applies every migration not yet recorded, each in its own transaction, under an advisory lock.
 * Refuses to run when a recorded migration's checksum differs from the file (an edited migration).
 */
export async function migrate(connectionString: string, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const migrations = readMigrations(dir);
  const client = new pg.Client({ connectionString });
  await client.connect();
  // The usual start: everything already applied. One read answers that, without the lock and the
  // DDL below (each a round trip; on the embedded database the DDL alone costs ~100 ms).
  const recorded = await client.query<{ migration_name: string; checksum: string }>(APPLIED).then(
    (r) => new Map(r.rows.map((row) => [row.migration_name, row.checksum])),
    () => undefined, // no table yet: a new database
  );
  if (
    recorded &&
    recorded.size === migrations.length &&
    migrations.every((m) => {
      const checksum = recorded.get(m.name);
      return checksum !== undefined && checksumMatches(m.sql, checksum);
    })
  ) {
    await client.end();
    return { applied: [], alreadyApplied: recorded.size };
  }
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(APPLIED);
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const applied: string[] = [];
    for (const m of migrations) {
      const recorded = done.get(m.name);
      if (recorded !== undefined) {
        if (!checksumMatches(m.sql, recorded)) {
          throw new Error(`migration ${m.name} was modified after it was applied (checksum mismatch)`);
        }
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
           VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${m.name} failed: ${(err as Error).message}`);
      }
      applied.push(m.name);
    }
    return { applied, alreadyApplied: done.size };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
}
