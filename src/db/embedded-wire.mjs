// Serves one PGlite over the Postgres wire protocol on a Unix socket.
//
// Written here instead of using @electric-sql/pglite-socket for what a statement costs there and
// for what it allows. That server ran each message of a statement (Parse, Bind, Describe, Execute,
// Sync) as its own queued call into the database, with its own socket write, and served one
// connection, so every statement of the service waited for the one before it to make the whole
// trip back to a busy event loop. Postgres reads a batch of messages in one loop, and so does
// PGlite's execProtocolRawSync; this server hands it every complete unit a connection has sent and
// answers in one write, and it serves several connections, taking their units in turn, so the
// client's pool can have statements waiting here while the event loop is busy elsewhere.
//
// PGlite has a single session, so sharing it is only safe at the points where a Postgres backend
// would be idle between requests:
// - a unit ends with Sync or a simple Query (the extended protocol's implicit transaction, and
//   the skip-until-Sync after an error, never span two connections);
// - while a connection has a transaction open (BEGIN … COMMIT), only that connection is served;
//   one that vanishes inside it has it rolled back.
// Session state (SET, advisory locks, prepared statement names) is shared; this service uses none
// of it across connections. COPY is not supported (nothing here uses it).
// Other requests: SSL/GSSAPI get "N" (plain connection), a cancel request is ignored (nothing can
// be cancelled mid-statement), Terminate closes.
// Plain JavaScript: it runs in the worker thread, which does not get the TypeScript loader.
import net from "node:net";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const TERMINATE = 0x58; // "X"
const SYNC = 0x53; // "S"
const QUERY = 0x51; // "Q"
const EMPTY = Buffer.alloc(0);

/** Starts serving `db` on the Unix socket `path`; resolves once it listens. */
export async function serveWire(db, path) {
  /** Connections with a complete unit waiting, in arrival order. */
  const ready = [];
  const open = new Set();
  /** The connection whose transaction is open: the only one served until it ends. */
  let owner = null;
  let running = false;
  let closing = false;

  /**
   * Where the next unit of `conn` ends, without taking it: in the startup phase one request, after
   * it every message up to the last Sync or Query (a Terminate ends the connection once what came
   * before it is served). Null while no unit is complete.
   */
  function peek(conn) {
    const { buffer } = conn;
    if (!conn.started) {
      if (buffer.length < 8 || buffer.length < buffer.readInt32BE(0)) return null;
      const code = buffer.readInt32BE(4);
      const kind =
        code === SSL_REQUEST || code === GSSENC_REQUEST
          ? "refuse-ssl"
          : code === CANCEL_REQUEST
            ? "terminate"
            : "startup";
      return { kind, end: buffer.readInt32BE(0) };
    }
    let end = 0;
    for (let offset = 0; offset + 5 <= buffer.length; ) {
      const type = buffer[offset];
      if (type === TERMINATE)
        return end > 0 ? { kind: "messages", end } : { kind: "terminate", end: buffer.length };
      const size = 1 + buffer.readInt32BE(offset + 1);
      if (offset + size > buffer.length) break;
      offset += size;
      if (type === SYNC || type === QUERY) end = offset;
    }
    return end > 0 ? { kind: "messages", end } : null;
  }

  /** Takes the unit `peek` sees off the connection's buffer. */
  function take(conn) {
    const unit = peek(conn);
    if (!unit) return null;
    const messages = conn.buffer.subarray(0, unit.end);
    conn.buffer = conn.buffer.subarray(unit.end);
    if (unit.kind === "startup") conn.started = true;
    return { kind: unit.kind, messages };
  }

  const enqueue = (conn) => {
    if (!conn.queued && !conn.socket.destroyed && peek(conn)) {
      conn.queued = true;
      ready.push(conn);
    }
  };

  async function run() {
    if (running) return;
    running = true;
    try {
      while (!closing) {
        const index = owner ? ready.indexOf(owner) : 0;
        if (index < 0 || !ready.length) break;
        const [conn] = ready.splice(index, 1);
        conn.queued = false;
        const unit = take(conn);
        if (!unit || conn.socket.destroyed) continue;
        if (unit.kind === "refuse-ssl") conn.socket.write("N");
        else if (unit.kind === "terminate") conn.socket.end();
        else {
          const out = [];
          try {
            // The chunks point into the database's memory: copied before the next call reuses it.
            await db.execProtocolRawStream(unit.messages, {
              onRawData: (chunk) => out.push(Buffer.from(chunk)),
            });
          } catch (err) {
            conn.socket.destroy(err);
          }
          if (out.length && !conn.socket.destroyed)
            conn.socket.write(out.length === 1 ? out[0] : Buffer.concat(out));
          owner = !closing && db.isInTransaction() ? conn : null;
        }
        enqueue(conn);
      }
    } finally {
      running = false;
    }
  }

  async function closed(conn) {
    open.delete(conn);
    const at = ready.indexOf(conn);
    if (at >= 0) ready.splice(at, 1);
    if (owner !== conn) return;
    // A client that vanished inside a transaction must not leave it to the others.
    if (!closing && db.isInTransaction()) await db.exec("ROLLBACK").catch(() => {});
    owner = null;
    void run();
  }

  const server = net.createServer((socket) => {
    const conn = { socket, buffer: EMPTY, started: false, queued: false };
    open.add(conn);
    socket.on("error", () => {});
    socket.on("data", (chunk) => {
      conn.buffer = conn.buffer.length ? Buffer.concat([conn.buffer, chunk]) : chunk;
      enqueue(conn);
      void run();
    });
    socket.on("close", () => void closed(conn));
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, resolve);
  });
  return {
    /** Stops listening and closes every connection. */
    close: () =>
      new Promise((resolve) => {
        closing = true;
        for (const conn of open) conn.socket.destroy();
        server.close(() => resolve());
      }),
  };
}
