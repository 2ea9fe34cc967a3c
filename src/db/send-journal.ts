/**
 * The embedded database's safety net for send records. Its single connection makes a record wait
 * behind every other statement, and a kill in that wait would let a re-run send the reply again.
 * So on the embedded database each record (and each withdrawal of one) is first appended to a
 * small file with a synchronous write: once `writeSync` returns the line is in the kernel and
 * survives the process being killed. At the next start the lines are copied into the database and
 * the file is emptied. Only one process ever owns an embedded database, so a local file is enough;
 * with Postgres the record goes straight to the database (see inbox-repository.ts).
 */
import fs from "node:fs";

export type JournalEntry =
  | { kind: "intend"; updateId: number; seq: number; method: string }
  | { kind: "forget"; updateId: number; seq: number };

/** Above this size the file is emptied as soon as no record is still on its way to the database. */
const TRUNCATE_BYTES = 1 << 20;

function parse(line: string): JournalEntry | null {
  const [kind, update, seq, method] = line.split("\t");
  const updateId = Number(update);
  const n = Number(seq);
  if (!Number.isSafeInteger(updateId) || !Number.isSafeInteger(n)) return null;
  if (kind === "i" && method) return { kind: "intend", updateId, seq: n, method };
  if (kind === "f") return { kind: "forget", updateId, seq: n };
  return null; // a torn or foreign line: nothing to recover from it
}

export function openSendJournal(path: string) {
  const existing = fs.existsSync(path) ? fs.readFileSync(path, "utf8") : "";
  const recovered = existing
    .split("\n")
    .map(parse)
    .filter((e): e is JournalEntry => e !== null);
  const fd = fs.openSync(path, "a");
  let size = Buffer.byteLength(existing);
  let inFlight = 0;
  const append = (line: string) => {
    size += fs.writeSync(fd, `${line}\n`);
  };
  return {
    /** What an earlier process wrote and may not have reached the database, oldest first. */
    recovered,
    intend(updateId: number, seq: number, method: string) {
      append(`i\t${updateId}\t${seq}\t${method}`);
    },
    forget(updateId: number, seq: number) {
      append(`f\t${updateId}\t${seq}`);
    },
    /** Wraps a database write that repeats journalled lines: the file is emptied only between them. */
    async covering<T>(write: () => Promise<T>): Promise<T> {
      inFlight++;
      try {
        return await write();
      } finally {
        inFlight--;
        if (inFlight === 0 && size > TRUNCATE_BYTES) this.clear();
      }
    },
    /** Empties the file: everything in it is in the database. */
    clear() {
      fs.ftruncateSync(fd);
      size = 0;
      recovered.length = 0;
    },
    close() {
      fs.closeSync(fd);
    },
  };
}

export type SendJournal = ReturnType<typeof openSendJournal>;
