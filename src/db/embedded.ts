/**
 * The no-install default database: PGlite (Postgres compiled to WASM) stored in DATA_DIR and served
 * in-process over the Postgres wire protocol. Serving it over a loopback socket means the rest of
 * the service — the Prisma pg adapter and the migrator — uses exactly the code path it uses with a
 * real Postgres server, so what is tested embedded is what runs in production.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  /** A postgresql:// URL for the in-process server. */
  url: string;
  close(): Promise<void>;
}

/**
 * A freshly initialised cluster, dumped once per machine and PGlite version. initdb inside WASM
 * takes seconds; loading the dump takes a fraction of that, which matters for throwaway in-memory
 * databases (tests, the terminal chat with DATA_DIR=memory://).
 */
async function initialisedTemplate(): Promise<Blob> {
  // The package's exports hide package.json, so find it next to the resolved entry point.
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const pkg = path.join(entry.slice(0, entry.lastIndexOf(`${path.sep}dist${path.sep}`)), "package.json");
  const { version } = JSON.parse(fs.readFileSync(pkg, "utf8")) as { version: string };
  const file = path.join(os.tmpdir(), `velro-pglite-${version}-template.tar`);
  if (!fs.existsSync(file)) {
    const fresh = await PGlite.create();
    const dump = await fresh.dumpDataDir("none");
    await fresh.close();
    // Write then rename, so a concurrent reader never sees a half-written template.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(tmp, file);
  }
  return new Blob([fs.readFileSync(file)]);
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
  const db = await PGlite.create(dbPath ? { dataDir: dbPath } : { loadDataDir: await initialisedTemplate() });
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
