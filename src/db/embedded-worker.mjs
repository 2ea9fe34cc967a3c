// Runs the embedded PGlite database for one of three tasks:
//  - "serve" (in a worker thread): open the cluster and serve it over the Postgres wire protocol, so
//    the database's WASM work happens on its own core instead of the event loop serving Telegram;
//  - "init" (in a child process): create a new cluster in dataDir (initdb), then exit;
//  - "template" (in a child process): create a cluster in memory and dump it to a file, then exit.
// initdb grows the WASM heap by ~450 MB, and neither WASM memory nor the allocator's arenas shrink
// back, so the one-off tasks run in a process of their own that exits: the service then opens the
// cluster with a small heap.
// Plain JavaScript: worker threads do not inherit the TypeScript loader in every runner.
import fs from "node:fs";
import v8 from "node:v8";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";

// A worker thread gets its task as workerData; a child process (forked) as its first argument.
const { task, dataDir, template, socket } = workerData ?? JSON.parse(process.argv[2]);
const post = (msg) => (parentPort ? parentPort.postMessage(msg) : process.send(msg, () => process.exit(0)));

// Postgres' default 128 MB of shared buffers lives in the WASM heap, where every page of it is
// touched at start-up; 8 MB holds this service's working set (the files behind it are in the OS
// page cache anyway): ~120 MB less resident memory, the same bench:webhook throughput.
const startParams = [...PGlite.defaultStartParams, "-c", "shared_buffers=8MB"];

async function serve() {
  const { serveWire } = await import("./embedded-wire.mjs");
  const storage = dataDir ? { dataDir } : { loadDataDir: new Blob([fs.readFileSync(template)]) };
  // Opening Postgres runs enough WASM to make V8 optimise hundreds of functions, and this thread
  // then blocks ~120 ms on those background compiles before it can accept the first connection.
  // Opening with the baseline compiler only avoids that stall (and is faster: no optimising work
  // while it runs). The flag is process-wide, so it goes back straight after; bench:webhook
  // throughput is the same either way.
  v8.setFlagsFromString("--liftoff-only");
  const db = await PGlite.create({ ...storage, startParams }).finally(() =>
    v8.setFlagsFromString("--no-liftoff-only"),
  );
  const server = await serveWire(db, socket);
  post({ type: "ready" });
  parentPort.on("message", async (msg) => {
    if (msg?.type !== "close") return;
    await server.close().catch(() => {});
    await db.close().catch(() => {});
    post({ type: "closed" });
  });
}

async function init() {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, startParams });
  await db.close();
  post({ type: "done" });
}

async function dumpTemplate() {
  const db = await PGlite.create({ startParams });
  const dump = await db.dumpDataDir("none");
  await db.close();
  // Write then rename, so a concurrent reader never sees a half-written template.
  const tmp = `${template}.${process.pid}.${Date.now()}.tmp`;
  fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
  fs.renameSync(tmp, template);
  post({ type: "done" });
}

try {
  await { serve, init, template: dumpTemplate }[task]();
} catch (err) {
  post({ type: "error", message: err?.message ?? String(err) });
}
