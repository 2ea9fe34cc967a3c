/**
 * The embedded database on its own: created on first use in an empty DATA_DIR, reopened with its
 * data, and reachable only through a Unix socket in a private directory that is removed on close.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../src/db/embedded.ts";

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "velro-embedded-test-"));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded database", () => {
  it("creates a cluster in an empty DATA_DIR, keeps its data across restarts, and serves only a private socket", async () => {
    const first = startEmbeddedPostgres(dataDir);
    await first.ready;
    const socketDir = new URL(first.url).searchParams.get("host")!;
    expect(first.url).not.toMatch(/@127\.0\.0\.1|@localhost:\d/);
    expect(fs.statSync(socketDir).mode & 0o777).toBe(0o700);
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('still here')");
    await first.close();
    expect(fs.existsSync(socketDir)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, "pglite", "PG_VERSION"))).toBe(true);

    const again = startEmbeddedPostgres(dataDir);
    await again.ready;
    expect(await query(again.url, "SELECT note FROM kept")).toEqual([{ note: "still here" }]);
    await again.close();
  }, 60_000);

  it("says why when the data directory cannot be used", async () => {
    const file = path.join(dataDir, "not-a-directory");
    fs.writeFileSync(file, "");
    const broken = startEmbeddedPostgres(file);
    await expect(broken.ready).rejects.toThrow(/embedded database failed/);
    await broken.close();
  }, 30_000);
});
