/**
 * The no-install default database: PGlite (Postgres compiled to WASM) stored in DATA_DIR and served
 * over the Postgres wire protocol from a worker thread of this process. Serving it over a socket
 * means the rest of the service — the Prisma pg adapter and the migrator — uses exactly the code
 * path it uses with a real Postgres server, so what is tested embedded is what runs in production.
 *
 * The socket is a Unix socket in a private (0700) temporary directory, not a TCP port: PGlite has
 * no authentication, and a loopback port would let any local user read the database. Its address
 * is also known before the database has opened, so the database client gets ready meanwhile.
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
  /** A postgresql:// URL for the in-process server; connect once `ready` has resolved. */
  url: string;
  /** Resolves when the database serves; rejects with the reason it could not start. */
  ready: Promise<void>;
  close(): Promise<void>;
}

type WorkerMessage = { type: string; message?: string };

/** Starts the serving worker; `next(type)` waits for that message (or an error). */
function startWorker(workerData: { task: "serve"; dataDir?: string; template?: string; socket: string }) {
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
 * that then exits: initdb leaves ~450 MB of WASM heap and allocator arenas behind, which a thread
 * of this process would keep for the life of the service.
 */
async function runOnce(task: {
  task: "init" | "template";
  dataDir?: string;
  template?: string;
}): Promise<void> {
  const child = fork(fileURLToPath(assetUrl("db/embedded-worker.mjs")), [JSON.stringify(task)], {
    // Plain JavaScript: none of this process's flags or loaders; initdb's chatter is not our log.
    // Baseline WASM code only: V8's optimising compiler costs initdb more than it saves (~15 %).
    execArgv: ["--liftoff-only"],
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
  const file = templatePath();
  if (!fs.existsSync(file)) await runOnce({ task: "template", template: file });
  return file;
}

function templatePath(): string {
  // The package's exports hide package.json, so find it next to the resolved entry point.
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const pkg = path.join(entry.slice(0, entry.lastIndexOf(`${path.sep}dist${path.sep}`)), "package.json");
  const { version } = JSON.parse(fs.readFileSync(pkg, "utf8")) as { version: string };
  return path.join(os.tmpdir(), `velro-pglite-${version}-template.tar`);
}

const clusterDirOf = (dataDir: string) =>
  dataDir === "memory://" ? undefined : path.join(dataDir, "pglite");

/**
 * Whether opening the embedded database in `dataDir` will first have to create it (initdb, or the
 * in-memory template on this machine): seconds of silence an interactive caller should explain.
 */
export function embeddedNeedsCreating(dataDir: string): boolean {
  const clusterDir = clusterDirOf(dataDir);
  return clusterDir ? !fs.existsSync(path.join(clusterDir, "PG_VERSION")) : !fs.existsSync(templatePath());
}

/**
 * Opens (or creates) the PGlite database under `dataDir` and serves it from a worker thread on a
 * private Unix socket. `dataDir` "memory://" keeps everything in memory (tests). Returns at once;
 * `ready` says when it serves.
 */
export function startEmbeddedPostgres(dataDir: string): EmbeddedPostgres {
  const inMemory = dataDir === "memory://";
  const clusterDir = clusterDirOf(dataDir);
  // mkdtemp creates the directory with mode 0700: only this user can reach the socket.
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), "velro-db-"));
  // Also on exits that skip close() (an invalid configuration, a fatal error); not after SIGKILL.
  const removeSocketDir = () => fs.rmSync(socketDir, { recursive: true, force: true });
  process.once("exit", removeSocketDir);
  let serving: ReturnType<typeof startWorker> | undefined;
  const ready = (async () => {
    const template = inMemory ? await initialisedTemplate() : undefined;
    if (clusterDir && !fs.existsSync(path.join(clusterDir, "PG_VERSION")))
      await runOnce({ task: "init", dataDir: clusterDir });
    serving = startWorker({
      task: "serve",
      dataDir: clusterDir,
      template,
      // pg finds a server's socket as <host>/.s.PGSQL.<port>.
      socket: path.join(socketDir, ".s.PGSQL.5432"),
    });
    const msg = await serving.next("ready");
    if (msg.type === "error") throw new Error(`embedded database failed to start: ${msg.message}`);
  })();
  ready.catch(() => {}); // reported where it is awaited; close() cleans up either way
  return {
    url: `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}&sslmode=disable`,
    ready,
    async close() {
      await ready.catch(() => {});
      if (serving) {
        const closed = serving.next("closed");
        serving.worker.postMessage({ type: "close" });
        await Promise.race([closed, new Promise((r) => setTimeout(r, 5_000))]);
        await serving.worker.terminate();
      }
      process.off("exit", removeSocketDir);
      removeSocketDir();
    },
  };
}
