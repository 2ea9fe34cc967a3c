// Serves one PGlite over the Postgres wire protocol on a Unix socket.
//
// Written here instead of using @electric-sql/pglite-socket because of what a statement costs
// there: the client sends Parse, Bind, Describe, Execute and Sync together, and that server runs
// each message on its own — a queued promise, a mutex, a call into the database (which flushes its
// output and checks for ReadyForQuery every time) and a socket write per message, five of each for
// one statement. Postgres reads a whole batch of messages in one loop, and so does PGlite's
// execProtocolRawSync; so this server hands it everything complete in the buffer at once and
// writes the answer back in one write. bench:webhook measures the difference (the worker's CPU per
// update roughly halved).
//
// The contract is the one Postgres gives a client: messages are answered in order; an SSL or
// GSSAPI request gets "N" (plain connection); a cancel request is ignored (nothing here can be
// cancelled mid-statement); Terminate closes. PGlite has a single session, so connections take
// turns: one is served at a time, the next waits (unread) until it closes, and a transaction a
// vanished client left open is rolled back so the next one starts clean.
// Plain JavaScript: it runs in the worker thread, which does not get the TypeScript loader.
import net from "node:net";

const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const TERMINATE = 0x58; // "X"
const EMPTY = Buffer.alloc(0);

/** Starts serving `db` on the Unix socket `path`; resolves once it listens. */
export async function serveWire(db, path) {
  const waiting = [];
  const open = new Set();
  let active = null;
  let closing = false;

  const next = () => {
    active = null;
    while (waiting.length && !active) {
      const socket = waiting.shift();
      if (!socket.destroyed) serve(socket);
    }
  };

  function serve(socket) {
    active = socket;
    let buffer = EMPTY;
    let started = false;
    let busy = false;
    let ended = false;

    const finish = async () => {
      if (ended) return;
      ended = true;
      // A client that vanished inside a transaction must not leave it to the next connection.
      if (!closing && db.isInTransaction()) await db.exec("ROLLBACK").catch(() => {});
      next();
    };

    /** The start-up phase: SSL/GSSAPI requests, a cancel request, then the startup message. */
    const takeStartup = () => {
      if (buffer.length < 8) return null;
      const length = buffer.readInt32BE(0);
      if (buffer.length < length) return null;
      const code = buffer.readInt32BE(4);
      const message = buffer.subarray(0, length);
      buffer = buffer.subarray(length);
      if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
        socket.write("N");
        return EMPTY;
      }
      if (code === CANCEL_REQUEST) {
        socket.end();
        return null;
      }
      started = true;
      return message;
    };

    /** Every complete message in the buffer, up to (not including) a Terminate. */
    const takeMessages = () => {
      let end = 0;
      let terminate = false;
      while (end + 5 <= buffer.length) {
        if (buffer[end] === TERMINATE) {
          terminate = true;
          break;
        }
        const size = 1 + buffer.readInt32BE(end + 1);
        if (end + size > buffer.length) break;
        end += size;
      }
      const batch = buffer.subarray(0, end);
      buffer = terminate ? EMPTY : buffer.subarray(end);
      return { batch, terminate };
    };

    const drain = async () => {
      busy = true;
      try {
        while (!socket.destroyed) {
          let batch;
          let terminate = false;
          if (!started) {
            batch = takeStartup();
            if (batch === null) break;
            if (batch.length === 0) continue;
          } else {
            ({ batch, terminate } = takeMessages());
            if (batch.length === 0 && !terminate) break;
          }
          if (batch.length) {
            const out = [];
            // The chunks point into the database's memory: copied before the next call reuses it.
            await db.execProtocolRawStream(batch, { onRawData: (chunk) => out.push(Buffer.from(chunk)) });
            if (out.length) socket.write(out.length === 1 ? out[0] : Buffer.concat(out));
          }
          if (terminate) {
            socket.end();
            break;
          }
        }
      } catch (err) {
        socket.destroy(err);
      } finally {
        busy = false;
      }
    };

    socket.on("data", (chunk) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      if (!busy) void drain();
    });
    socket.on("close", () => void finish());
    socket.resume();
  }

  const server = net.createServer({ pauseOnConnect: true }, (socket) => {
    open.add(socket);
    socket.on("error", () => {});
    socket.on("close", () => open.delete(socket));
    if (active) waiting.push(socket);
    else serve(socket);
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
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
