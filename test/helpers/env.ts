/**
 * Test infrastructure choice: embedded PGlite and the in-process cache by default; the machine's
 * Postgres and Redis when DATABASE_URL / REDIS_URL are set. Every caller gets its own fresh
 * database and Redis key prefix, so test files run in parallel without seeing each other's data.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

const created: { admin: string; name: string }[] = [];

/** A fresh database URL on the server of DATABASE_URL, or undefined for embedded PGlite. */
export async function freshDatabaseUrl(): Promise<string | undefined> {
  const base = process.env.DATABASE_URL;
  if (!base) return undefined;
  const name = `velro_t_${randomBytes(5).toString("hex")}`;
  const admin = new URL(base);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  created.push({ admin: admin.toString(), name });
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops the databases this process created (call from afterAll). */
export async function dropFreshDatabases(): Promise<void> {
  for (const { admin, name } of created.splice(0)) {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await client.end();
  }
}

/** The environment for a service under test: fresh database, unique Redis prefix. */
export async function testEnv(
  extra: Record<string, string | undefined> = {},
): Promise<Record<string, string | undefined>> {
  return {
    DATABASE_URL: await freshDatabaseUrl(),
    DATA_DIR: "memory://",
    REDIS_URL: process.env.REDIS_URL,
    REDIS_PREFIX: `velro-test-${randomBytes(4).toString("hex")}:`,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
    PORT: "0",
    HOST: "127.0.0.1",
    ...extra,
  };
}
