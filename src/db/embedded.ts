/**
 * The no-install default database: PGlite (Postgres compiled to WASM) stored in DATA_DIR and served
 * over the Postgres wire protocol from a worker thread of this process. Serving it over a loopback socket means the rest of
 * the service — the Prisma pg adapter and the migrator — uses exactly the code path it uses with a
 * real Postgres server, so what is tested embedded is what runs in production.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { assetUrl } from "../assets.ts";

export interface EmbeddedPostgres {
  /** A postgresql:// URL for the in-process server. */
  url: string;
  close(): Promise<void>;
}

/**
 * A freshly initialised cluster, dumped once per machine and PGlite version. initdb inside WASM
 * takes seconds; loading the dump takes a fraction of that, which matters for throwaway in-memory
 * databases (tests, the terminal chat with DATA_DIR=memory://). Returns the dump's path.
 */
async function initialisedTemplate(): Promise<string> {
  // The package's exports hide package.json, so find it next to the resolved entry point.
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const pkg = path.join(entry.slice(0, entry.lastIndexOf(`${path.sep}dist${path.sep}`)), "package.json");
  const { version } = JSON.parse(fs.readFileSync(pkg, "utf8")) as { version: string };
  const file = path.join(os.tmpdir(), `velro-pglite-${version}-template.tar`);
  if (!fs.existsSync(file)) {
    // Loaded here only: the main thread needs PGlite just to build this template once.
    const { PGlite } = await import("@electric-sql/pglite");
    const fresh = await PGlite.create();
    const dump = await fresh.dumpDataDir("none");
    await fresh.close();
    // Write then rename, so a concurrent reader never sees a half-written template.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(tmp, file);
  }
  return file;
}

/**
 * Opens (or creates) the PGlite database under `dataDir` and serves it on 127.0.0.1 at a free port,
 * from a worker thread. `dataDir` "memory://" keeps everything in memory (tests).
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const inMemory = dataDir === "memory://";
  const worker = new Worker(assetUrl("db/embedded-worker.mjs"), {
    workerData: {
      dataDir: inMemory ? undefined : path.join(dataDir, "pglite"),
      template: inMemory ? await initialisedTemplate() : undefined,
    },
  });
  const next = (type: string) =>
    new Promise<{ type: string; conn?: string; message?: string }>((resolve, reject) => {
      const onMessage = (msg: { type: string; conn?: string; message?: string }) => {
        if (msg.type !== type && msg.type !== "error") return;
        worker.off("message", onMessage);
        worker.off("error", reject);
        resolve(msg);
      };
      worker.on("message", onMessage);
      worker.once("error", reject);
    });
  const ready = await next("ready");
  if (ready.type === "error") {
    await worker.terminate();
    throw new Error(`embedded database failed to start: ${ready.message}`);
  }
  return {
    url: `postgresql://postgres@${ready.conn}/postgres?sslmode=disable`,
    async close() {
      const closed = next("closed");
      worker.postMessage({ type: "close" });
      await closed;
      await worker.terminate();
    },
  };
}
