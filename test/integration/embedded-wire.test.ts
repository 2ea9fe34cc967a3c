/**
 * The embedded database's wire loop shares PGlite's single session between connections: what a
 * client sees must be what separate Postgres sessions would give it where the service relies on it.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "../../src/db/embedded.ts";

let db: EmbeddedPostgres;
const clients: pg.Client[] = [];

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  clients.push(client);
  return client;
}

beforeAll(async () => {
  db = startEmbeddedPostgres("memory://");
  await db.ready;
  const setup = await connect();
  await setup.query("CREATE TABLE wire_t (id integer PRIMARY KEY, v text)");
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.end().catch(() => {})));
  await db.close();
});

describe("embedded wire loop", () => {
  it("answers many connections' statements, each in its own order", async () => {
    const conns = await Promise.all([connect(), connect(), connect()]);
    const results = await Promise.all(
      conns.map(async (c, n) => {
        const seen: number[] = [];
        for (let i = 0; i < 20; i++) {
          const { rows } = await c.query("SELECT $1::integer * 10 + $2::integer AS x", [n, i]);
          seen.push(rows[0].x);
        }
        return seen;
      }),
    );
    expect(results).toEqual([0, 1, 2].map((n) => Array.from({ length: 20 }, (_, i) => n * 10 + i)));
  });

  it("keeps other connections out of an open transaction until it ends", async () => {
    const [a, b] = await Promise.all([connect(), connect()]);
    await a.query("BEGIN");
    await a.query("INSERT INTO wire_t VALUES (1, 'in a transaction')");
    // b's statements wait: were they run inside a's transaction, the rollback would undo b's row.
    const bWrites = b.query("INSERT INTO wire_t VALUES (2, 'from b')");
    await new Promise((r) => setTimeout(r, 100));
    await a.query("ROLLBACK");
    await bWrites;
    const { rows } = await b.query("SELECT id FROM wire_t ORDER BY id");
    expect(rows.map((r) => r.id)).toEqual([2]);
  });

  it("rolls back the transaction of a client that vanished, and serves the others after it", async () => {
    const [a, b] = await Promise.all([connect(), connect()]);
    await a.query("BEGIN");
    await a.query("INSERT INTO wire_t VALUES (3, 'never committed')");
    const bReads = b.query("SELECT count(*)::integer AS n FROM wire_t WHERE id = 3");
    // The socket closes with the transaction open (a killed client).
    a.on("error", () => {});
    (a as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect((await bReads).rows[0].n).toBe(0);
    const { rows } = await b.query("SELECT 1 AS ok");
    expect(rows[0].ok).toBe(1);
  });

  it("keeps an error inside one connection's statement to that connection", async () => {
    const [a, b] = await Promise.all([connect(), connect()]);
    const [bad, good] = await Promise.allSettled([
      a.query("SELECT * FROM no_such_table"),
      b.query("SELECT 2 AS two"),
    ]);
    expect(bad.status).toBe("rejected");
    expect(good.status === "fulfilled" && good.value.rows[0].two).toBe(2);
    expect((await a.query("SELECT 3 AS three")).rows[0].three).toBe(3);
  });
});
