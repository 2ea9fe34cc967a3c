/**
 * A safety net for send records. Until a record is in the database a kill would let a re-run send
 * the reply again, and a busy process reads its database answers late: the embedded database's
 * single connection queues the record behind every other statement, and on Postgres a burst of
 * sends can keep every urgent connection waiting for an answer. So each record (and each
 * withdrawal of one) is first appended to a small file with a synchronous write: once `writeSync`
 * returns the line is in the kernel and survives the process being killed. At the next start the
 * lines are copied into the database and the file is emptied. The file belongs to one process (the
 * embedded database's owner, or one port on a host), so a restart on the same host finds it; when
 * another instance takes the work over first, the database record (written right after) is what
 * it has.
 */
import fs from "node:fs";
import { dirname } from "node:path";
import type { Logger } from "../observability/logger.ts";

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

/** Opens the journal at `path` (creating its folder); undefined when the folder is not writable. */
export function openSendJournal(path: string, logger: Pick<Logger, "warn">) {
  try {
    fs.mkdirSync(dirname(path), { recursive: true });
    return open(path);
  } catch (err) {
    logger.warn(
      { err: (err as Error).message },
      "no send journal (DATA_DIR not writable): records go to the database only",
    );
    return undefined;
  }
}

function open(path: string) {
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

export type SendJournal = ReturnType<typeof open>;
