/**
 * The no-install default database: PGlite (Postgres compiled to WASM) stored in DATA_DIR and served
 * over the Postgres wire protocol from a worker thread of this process. Serving it over a loopback
 * socket means the rest of the service — the Prisma pg adapter and the migrator — uses exactly the
 * code path it uses with a real Postgres server, so what is tested embedded is what runs in
 * production.
 */
import { fork } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { assetUrl } from "../assets.ts";

export interface EmbeddedPostgres {
  /** A postgresql:// URL for the in-process server. */
  url: string;
  close(): Promise<void>;
}

type WorkerMessage = { type: string; conn?: string; message?: string };

/** Starts the serving worker; `next(type)` waits for that message (or an error). */
function startWorker(workerData: { task: "serve"; dataDir?: string; template?: string }) {
  const worker = new Worker(assetUrl("db/embedded-worker.mjs"), { workerData });
  const next = (type: string) =>
    new Promise<WorkerMessage>((resolve, reject) => {
      const onMessage = (msg: WorkerMessage) => {
        if (msg.type !== type && msg.type !== "error") return;
        worker.off("message", onMessage);
        worker.off("error", reject);
        resolve(msg);
      };
      worker.on("message", onMessage);
      worker.once("error", reject);
    });
  return { worker, next };
}

/**
 * Runs a one-off task (initdb into a data directory, or dumping a template) in a child process
 * that then exits: initdb leaves ~500 MB of WASM heap and allocator arenas behind, which a thread
 * of this process would keep for the life of the service.
 */
async function runOnce(task: {
  task: "init" | "template";
  dataDir?: string;
  template?: string;
}): Promise<void> {
  const child = fork(fileURLToPath(assetUrl("db/embedded-worker.mjs")), [JSON.stringify(task)], {
    // Plain JavaScript: none of this process's flags or loaders; initdb's chatter is not our log.
    execArgv: [],
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const result = await new Promise<WorkerMessage>((resolve, reject) => {
    child.once("message", (msg) => resolve(msg as WorkerMessage));
    child.once("error", reject);
    child.once("exit", (code) => resolve({ type: "error", message: `exited with code ${code}` }));
  });
  if (result.type === "error") {
    child.kill();
    throw new Error(`embedded database failed to initialise: ${result.message}`);
  }
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
  if (!fs.existsSync(file)) await runOnce({ task: "template", template: file });
  return file;
}

/**
 * Opens (or creates) the PGlite database under `dataDir` and serves it on 127.0.0.1 at a free port,
 * from a worker thread. `dataDir` "memory://" keeps everything in memory (tests).
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<EmbeddedPostgres> {
  const inMemory = dataDir === "memory://";
  const clusterDir = inMemory ? undefined : path.join(dataDir, "pglite");
  const template = inMemory ? await initialisedTemplate() : undefined;
  if (clusterDir && !fs.existsSync(path.join(clusterDir, "PG_VERSION")))
    await runOnce({ task: "init", dataDir: clusterDir });
  const { worker, next } = startWorker({ task: "serve", dataDir: clusterDir, template });
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
