/**
 * Migration checksums do not depend on line endings: a checkout whose files have CRLF endings
 * (Windows, git's core.autocrlf) starts on a database migrated from an LF checkout and the other
 * way round, including rows `prisma migrate deploy` wrote with raw-file checksums, while a
 * migration whose statements really changed is still refused. Runs on the embedded database, or
 * on a fresh Postgres database when DATABASE_URL is set.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "../../src/db/embedded.ts";
import {
  checksumMatches,
  MIGRATIONS_DIR,
  migrate,
  migrationChecksum,
  readMigrations,
} from "../../src/db/migrate.ts";
import { dropFreshDatabases, freshDatabaseUrl } from "../helpers/env.ts";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "velro-migrate-eol-"));

/** A copy of the real migrations with every line ending rewritten by `eol`. */
function copyMigrations(name: string, eol: (sql: string) => string): string {
  const dir = path.join(tmp, name);
  for (const m of readMigrations()) {
    fs.mkdirSync(path.join(dir, m.name), { recursive: true });
    fs.writeFileSync(path.join(dir, m.name, "migration.sql"), eol(m.sql));
  }
  return dir;
}
const toCrlf = (sql: string) => sql.replace(/\r\n/g, "\n").replace(/\n/g, "\r\n");
const toLf = (sql: string) => sql.replace(/\r\n/g, "\n");

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe("migration checksums", () => {
  it("are the same for LF and CRLF text, and match every variant Prisma records", () => {
    const lf = "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n";
    const crlf = toCrlf(lf);
    expect(crlf).not.toBe(lf);
    expect(migrationChecksum(crlf)).toBe(migrationChecksum(lf));
    expect(migrationChecksum(lf)).toBe(sha256(lf));
    for (const recorded of [sha256(lf), sha256(crlf)]) {
      expect(checksumMatches(lf, recorded)).toBe(true);
      expect(checksumMatches(crlf, recorded)).toBe(true);
    }
    expect(checksumMatches(lf, sha256("CREATE TABLE a (id bigint);\n"))).toBe(false);
  });

  it("the repository's migrations are stored with LF endings (their recorded checksums stay as they were)", () => {
    for (const m of readMigrations(MIGRATIONS_DIR)) expect(m.sql.includes("\r\n"), m.name).toBe(false);
  });
});

describe("migrating across checkouts with different line endings", () => {
  let embedded: EmbeddedPostgres | undefined;
  let url: string;
  const lfDir = copyMigrations("lf", toLf);
  const crlfDir = copyMigrations("crlf", toCrlf);

  beforeAll(async () => {
    const fresh = await freshDatabaseUrl();
    if (fresh) url = fresh;
    else {
      embedded = startEmbeddedPostgres("memory://");
      url = await embedded.ready.then(() => embedded!.url);
    }
  }, 60_000);
  afterAll(async () => {
    await embedded?.close();
    await dropFreshDatabases();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("a CRLF checkout starts on a database an LF checkout migrated, and the other way round", async () => {
    const count = readMigrations(lfDir).length;
    expect(count).toBeGreaterThan(0);
    expect(await migrate(url, lfDir)).toEqual({
      applied: readMigrations(lfDir).map((m) => m.name),
      alreadyApplied: 0,
    });
    expect(await migrate(url, crlfDir)).toEqual({ applied: [], alreadyApplied: count });

    // Rows written by `prisma migrate deploy` from a Windows checkout hold the CRLF file's checksum.
    for (const m of readMigrations(crlfDir)) {
      await query(url, `UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2`, [
        sha256(m.sql),
        m.name,
      ]);
    }
    expect(await migrate(url, lfDir)).toEqual({ applied: [], alreadyApplied: count });
  }, 60_000);

  it("still refuses a migration whose statements changed after it was applied", async () => {
    const edited = copyMigrations("edited", toCrlf);
    const first = readMigrations(edited)[0]!;
    fs.appendFileSync(path.join(edited, first.name, "migration.sql"), "\r\nSELECT 1;\r\n");
    // Remove a later migration's record so the run has work to do and reaches the check.
    const last = readMigrations(edited).at(-1)!;
    await query(url, `DELETE FROM "_prisma_migrations" WHERE migration_name = $1`, [last.name]);
    await expect(migrate(url, edited)).rejects.toThrow(`migration ${first.name} was modified`);
  }, 60_000);
});
