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
  db = await PGlite.create(dataDir ? { dataDir } : { loadDataDir: new Blob([fs.readFileSync(template)]) });
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
