/**
 * Writes the records of what each update's handler sent (`inbox_sends`): a record when a request
 * has left the process ("intend"), Telegram's answer to it ("result"), or its withdrawal when
 * Telegram refused ("forget"). A re-run of the update reads them to skip what was already sent.
 *
 * Until an intent is durable a kill would repeat the send, and the two stores make it durable
 * differently:
 * - Postgres: the intents of one turn of the event loop go out together on an urgent connection
 *   (never queued behind the pool's other statements) at the end of that turn, so the database
 *   commits them even if this process dies a moment later (another instance may take the update
 *   over, and it has only the database). One statement for the tick's intents instead of one per
 *   reply: under load that was a third of the statements a turn cost Postgres.
 * - Embedded: the caller has already appended it to the send journal with a synchronous write
 *   (send-journal.ts), and only this process can open the database, so its next start copies the
 *   journal in. The database write can then wait for the tick's batch like every other hot write:
 *   one statement for all the records of a tick instead of one per reply on the single connection.
 *   Intents, answers and withdrawals share one queue, so they reach the database in the order they
 *   happened.
 */
import { createBatcher } from "./batcher.ts";
import type { Database } from "./database.ts";
import { Prisma } from "./generated/client.ts";

type Key = { updateId: number; seq: number };
type Op =
  | (Key & { kind: "intend"; method: string })
  | (Key & { kind: "result"; result: unknown })
  | (Key & { kind: "forget" });

export interface SendRecordWriter {
  intend(updateId: number, seq: number, method: string): Promise<void>;
  result(updateId: number, seq: number, result: unknown): Promise<void>;
  forget(updateId: number, seq: number): Promise<void>;
  flush(): Promise<void>;
}

const bigints = (list: number[]) => Prisma.sql`${list.map(String)}::bigint[]`;
const ints = (list: number[]) => Prisma.sql`${list}::integer[]`;

/** Intents (with their answers when already known), in one statement. */
async function writeIntents(
  run: (name: string, query: Prisma.Sql) => Promise<unknown>,
  items: (Key & { method: string; result: unknown })[],
): Promise<void> {
  if (!items.length) return;
  await run(
    "inbox.send_intent",
    Prisma.sql`INSERT INTO inbox_sends (update_id, seq, method, result)
      SELECT * FROM unnest(${bigints(items.map((u) => u.updateId))}, ${ints(items.map((u) => u.seq))},
        ${items.map((u) => u.method)}::text[],
        ${items.map((u) => (u.result === null ? null : JSON.stringify(u.result)))}::text[])
      ON CONFLICT (update_id, seq) DO UPDATE SET method = EXCLUDED.method, result = EXCLUDED.result`,
  );
}

/** Answers for records already in the database, in one statement. */
async function writeResults(db: Pick<Database, "sql">, items: (Key & { result: unknown })[]) {
  if (!items.length) return;
  await db.sql(
    "inbox.send_result",
    Prisma.sql`UPDATE inbox_sends s SET result = v.result
      FROM unnest(${bigints(items.map((i) => i.updateId))}, ${ints(items.map((i) => i.seq))},
        ${items.map((i) => JSON.stringify(i.result))}::text[]) AS v(update_id, seq, result)
      WHERE s.update_id = v.update_id AND s.seq = v.seq`,
  );
}

/**
 * Postgres: intents batched per tick on an urgent connection, answers batched on the pool. An
 * answer or a withdrawal waits for its intent's statement, which runs on another connection and
 * could otherwise be overtaken (the answer would update nothing, the withdrawal delete nothing).
 */
function urgentWriter(db: Pick<Database, "sql" | "sqlUrgent">): SendRecordWriter {
  const intents = new Map<string, Promise<unknown>>();
  const settled = (updateId: number, seq: number) => intents.get(`${updateId}:${seq}`)?.catch(() => {});
  const results = createBatcher<Key & { result: unknown }, void>(async (items) => {
    await writeResults(db, items);
    return items.map(() => undefined);
  });
  // Collapsed like the embedded queue: a record written twice in one batch (a retried send) would
  // make the upsert touch a row twice.
  const intentWriter = createBatcher<Key & { method: string }, void>(async (items) => {
    const { upserts } = collapse(items.map((i) => ({ kind: "intend" as const, ...i })));
    await writeIntents((name, query) => db.sqlUrgent(name, query), upserts);
    return items.map(() => undefined);
  });
  return {
    async intend(updateId, seq, method) {
      const id = `${updateId}:${seq}`;
      const write = intentWriter.add({ updateId, seq, method });
      intents.set(id, write);
      try {
        await write;
      } finally {
        if (intents.get(id) === write) intents.delete(id);
      }
    },
    async result(updateId, seq, result) {
      await settled(updateId, seq);
      await results.add({ updateId, seq, result });
    },
    async forget(updateId, seq) {
      await settled(updateId, seq);
      await db.sql(
        "inbox.send_forget",
        Prisma.sql`DELETE FROM inbox_sends WHERE update_id = ${String(updateId)}::bigint AND seq = ${seq}::integer`,
      );
    },
    async flush() {
      await intentWriter.flush();
      await results.flush();
    },
  };
}

/**
 * What a batch leaves in the database, per record: the last write of each record wins, and an
 * answer to an intent of the same batch rides along with the intent.
 */
function collapse(ops: Op[]) {
  const upserts = new Map<string, Key & { method: string; result: unknown }>();
  const results = new Map<string, Key & { result: unknown }>();
  const deletes = new Map<string, Key>();
  for (const op of ops) {
    const id = `${op.updateId}:${op.seq}`;
    const key = { updateId: op.updateId, seq: op.seq };
    if (op.kind === "intend") {
      deletes.delete(id);
      results.delete(id);
      upserts.set(id, { ...key, method: op.method, result: null });
    } else if (op.kind === "forget") {
      upserts.delete(id);
      results.delete(id);
      deletes.set(id, key);
    } else {
      const pending = upserts.get(id);
      if (pending) pending.result = op.result;
      else if (!deletes.has(id)) results.set(id, { ...key, result: op.result });
    }
  }
  return { upserts: [...upserts.values()], results: [...results.values()], deletes: [...deletes.values()] };
}

/** Embedded: every write of a tick in at most three statements, in order. */
function batchedWriter(db: Pick<Database, "sql">): SendRecordWriter {
  const queue = createBatcher<Op, void>(async (ops) => {
    const { upserts, results, deletes } = collapse(ops);
    await writeIntents((name, query) => db.sql(name, query), upserts);
    await writeResults(db, results);
    if (deletes.length) {
      await db.sql(
        "inbox.send_forget",
        Prisma.sql`DELETE FROM inbox_sends s USING unnest(${bigints(deletes.map((d) => d.updateId))},
            ${ints(deletes.map((d) => d.seq))}) AS v(update_id, seq)
          WHERE s.update_id = v.update_id AND s.seq = v.seq`,
      );
    }
    return ops.map(() => undefined);
  });
  return {
    intend: (updateId, seq, method) => queue.add({ kind: "intend", updateId, seq, method }),
    result: (updateId, seq, result) => queue.add({ kind: "result", updateId, seq, result }),
    forget: (updateId, seq) => queue.add({ kind: "forget", updateId, seq }),
    flush: () => queue.flush(),
  };
}

/** The writer for this database: batched on the embedded one, urgent intents on Postgres. */
export function createSendRecordWriter(db: Pick<Database, "sql" | "sqlUrgent" | "kind">): SendRecordWriter {
  return db.kind === "pglite" ? batchedWriter(db) : urgentWriter(db);
}
