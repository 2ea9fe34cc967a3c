// Runs the embedded PGlite database and its Postgres wire-protocol server in a worker thread, so
// the database's WASM work happens on its own core instead of the event loop that serves Telegram.
// Plain JavaScript: worker threads do not inherit the TypeScript loader in every runner.
import fs from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

const { dataDir, template } = workerData;
let db;
try {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const storage = dataDir ? { dataDir } : { loadDataDir: new Blob([fs.readFileSync(template)]) };
  // Postgres' default 128 MB of shared buffers lives in the WASM heap, where every page of it is
  // touched at start-up; 16 MB holds this service's working set, and the files behind it are in
  // the OS page cache anyway. Saves ~110 MB of resident memory and ~100 ms of start-up.
  const startParams = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];
  db = await PGlite.create({ ...storage, startParams });
  // PGlite has a single session; one connection keeps transactions from interleaving.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 1 });
  await server.start();
  parentPort.postMessage({ type: "ready", conn: server.getServerConn() });
  parentPort.on("message", async (msg) => {
    if (msg?.type !== "close") return;
    await server.stop().catch(() => {});
    await db.close().catch(() => {});
    parentPort.postMessage({ type: "closed" });
  });
} catch (err) {
  parentPort.postMessage({ type: "error", message: err?.message ?? String(err) });
}
