/**
 * The no-install default database: PGlite (Postgres compiled to WASM) stored in DATA_DIR and served
 * in-process over the Postgres wire protocol. Serving it over a loopback socket means the rest of
 * the service — the Prisma pg adapter and the migrator — uses exactly the code path it uses with a
 * real Postgres server, so what is tested embedded is what runs in production.
 */
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  /** A postgresql:// URL for the in-process server. */
  url: string;
  close(): Promise<void>;
}

/**
 * Opens (or creates) the PGlite database under `dataDir` and serves it on 127.0.0.1 at a free port.
 * `dataDir` "memory://" keeps everything in memory (tests).
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  let dbPath: string | undefined;
  if (dataDir !== "memory://") {
    dbPath = path.join(dataDir, "pglite");
    fs.mkdirSync(dbPath, { recursive: true });
  }
  const db = await PGlite.create(dbPath ? { dataDir: dbPath } : {});
  // PGlite has a single session; one connection keeps transactions from interleaving.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 1 });
  await server.start();
  const conn = server.getServerConn();
  return {
    url: `postgresql://postgres@${conn}/postgres?sslmode=disable`,
    async close() {
      await server.stop();
      await db.close();
    },
  };
}
