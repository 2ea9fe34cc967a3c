/**
 * The durable intake's storage: a transactional inbox in the service's own database (PGlite or
 * Postgres), so the embedded default and a fleet on Postgres run the same code. An update is one
 * row keyed by its update_id (which is also the de-duplication); rows of one lane (a chat) are
 * worked one at a time in update_id order, by whichever instance holds the lease on the lane's
 * oldest unfinished row. Hot writes (store, finish, recorded sends) go through group commit.
 */
import { createBatcher } from "./batcher.ts";
import type { Database } from "./database.ts";
import { Prisma } from "./generated/client.ts";
import { earlierRunsOf } from "./lease-slot.ts";
import type { SendJournal } from "./send-journal.ts";
import { createSendRecordWriter } from "./send-records.ts";

export interface StoredUpdate {
  updateId: number;
  lane: string;
  payload: unknown;
  /** Failed tries so far (handler errors). */
  attempts: number;
  /** Times a worker took it, this time included: above 1 means an earlier run was interrupted. */
  claims: number;
}

export interface NewUpdate {
  updateId: number;
  lane: string;
  payload: unknown;
  /** Stored already leased by this owner (fast lanes are started by the instance that took them). */
  leasedBy?: string;
}

export interface DeadLetter {
  updateId: number;
  lane: string;
  payload: unknown;
  error: string;
  attempts: number;
  failedAt: Date;
}

export interface RecordedSend {
  seq: number;
  method: string;
  result: unknown;
}

type Row = { update_id: bigint; lane: string; payload: string; attempts: number; claims: number };

const toStored = (r: Row): StoredUpdate => ({
  updateId: Number(r.update_id),
  lane: r.lane,
  payload: JSON.parse(r.payload),
  attempts: r.attempts,
  claims: r.claims,
});

const ids = (list: number[]) => Prisma.sql`${list.map(String)}::bigint[]`;
const inMs = (ms: number) => Prisma.sql`(now() + ${Math.round(ms)}::integer * interval '1 millisecond')`;

/**
 * Creates the inbox repository; `leaseMs` is how long a claim holds before others may take it, and
 * `journal` (embedded database only) backs send records with a synchronously written file.
 */
export function createInboxRepository(
  db: Pick<Database, "sql" | "sqlUrgent" | "kind">,
  options: { leaseMs: number; journal?: SendJournal },
) {
  const { leaseMs, journal } = options;
  const journalled = <T>(write: () => Promise<T>) => (journal ? journal.covering(write) : write());

  const storer = createBatcher<NewUpdate, boolean>(async (items) => {
    // The same update twice in one batch (a webhook redelivery racing the first) is stored once.
    const unique = [...new Map(items.map((i) => [i.updateId, i])).values()];
    const values = Prisma.join(
      unique.map(
        (u) =>
          Prisma.sql`(${String(u.updateId)}::bigint, ${u.lane}, ${JSON.stringify(u.payload)}, ${u.leasedBy ?? null}::text, ${u.leasedBy ? inMs(leaseMs) : null}::timestamptz(3), ${u.leasedBy ? 1 : 0}::integer)`,
      ),
    );
    const rows = await db.sql<{ update_id: bigint }>(
      "inbox.store",
      Prisma.sql`INSERT INTO inbox_updates (update_id, lane, payload, lease_owner, lease_until, claims)
        VALUES ${values} ON CONFLICT (update_id) DO NOTHING RETURNING update_id`,
    );
    const fresh = new Set(rows.map((r) => Number(r.update_id)));
    // Only the first of duplicates within a batch counts as new.
    const seen = new Set<number>();
    return items.map((i) => {
      const isNew = fresh.has(i.updateId) && !seen.has(i.updateId);
      seen.add(i.updateId);
      return isNew;
    });
  });

  const sendRecords = createSendRecordWriter(db);

  return {
    /** Stores an update durably; resolves true when it is new, false for a duplicate update_id. */
    store: (update: NewUpdate) => storer.add(update),

    /**
     * Marks `finished` updates done and takes up to `limit` lanes' oldest unfinished updates that
     * are due and not leased (or whose lease ran out: their instance died), leasing them to
     * `owner`, in one statement: a worker that finishes one update usually takes the next. The
     * finished rows are left out of the lane heads, so a lane's next update can be taken at once.
     * The lease is re-checked on the row itself, so two instances never take the same update.
     */
    async claim(owner: string, limit: number, finished: number[] = []): Promise<StoredUpdate[]> {
      if (limit <= 0 && !finished.length) return [];
      const rows = await db.sql<Row>(
        "inbox.claim",
        Prisma.sql`WITH done AS (
            UPDATE inbox_updates SET status = 'done', finished_at = now(), lease_owner = NULL, lease_until = NULL
            WHERE update_id = ANY(${ids(finished)}) AND lease_owner = ${owner}
          ), heads AS (
            SELECT DISTINCT ON (lane) update_id, available_at, lease_until
            FROM inbox_updates WHERE status = 'queued' AND NOT (update_id = ANY(${ids(finished)}))
            ORDER BY lane, update_id
          ), picked AS (
            SELECT update_id FROM heads
            WHERE available_at <= now() AND (lease_until IS NULL OR lease_until < now())
            ORDER BY update_id LIMIT ${Math.max(0, limit)}::integer
          )
          UPDATE inbox_updates u SET lease_owner = ${owner}, lease_until = ${inMs(leaseMs)}, claims = u.claims + 1
          FROM picked
          WHERE u.update_id = picked.update_id AND u.status = 'queued'
            AND (u.lease_until IS NULL OR u.lease_until < now())
          RETURNING u.update_id, u.lane, u.payload, u.attempts, u.claims`,
      );
      return rows.map(toStored).sort((a, b) => a.updateId - b.updateId);
    },

    /** Extends the leases `owner` holds on these updates (work still in progress). */
    async renew(owner: string, updateIds: number[]): Promise<void> {
      if (!updateIds.length) return;
      await db.sql(
        "inbox.renew",
        Prisma.sql`UPDATE inbox_updates SET lease_until = ${inMs(leaseMs)}
          WHERE update_id = ANY(${ids(updateIds)}) AND lease_owner = ${owner} AND status = 'queued'`,
      );
    },

    /**
     * Records a failed try and schedules the next one after `retryInMs`; returns the number of
     * failed tries so far (the caller buries the update once that reaches its limit).
     */
    async fail(updateId: number, owner: string, error: string, retryInMs: number): Promise<number> {
      const rows = await db.sql<{ attempts: number }>(
        "inbox.fail",
        Prisma.sql`UPDATE inbox_updates SET attempts = attempts + 1, last_error = ${error.slice(0, 2000)},
            lease_owner = NULL, lease_until = NULL, available_at = ${inMs(retryInMs)}
          WHERE update_id = ${String(updateId)}::bigint AND lease_owner = ${owner} RETURNING attempts`,
      );
      return rows[0]?.attempts ?? 0;
    },

    /** Moves an update to the dead letters with its error; false when it was not queued any more. */
    async bury(updateId: number, error: string): Promise<boolean> {
      const rows = await db.sql<{ update_id: bigint }>(
        "inbox.bury",
        Prisma.sql`WITH moved AS (
            UPDATE inbox_updates SET status = 'dead', finished_at = now(), lease_owner = NULL, lease_until = NULL,
              last_error = ${error.slice(0, 2000)}
            WHERE update_id = ${String(updateId)}::bigint AND status = 'queued'
            RETURNING update_id, lane, payload, attempts
          )
          INSERT INTO dead_letters (update_id, lane, payload, error, attempts)
          SELECT update_id, lane, payload, ${error.slice(0, 2000)}, attempts FROM moved
          ON CONFLICT (update_id) DO UPDATE SET error = EXCLUDED.error, attempts = EXCLUDED.attempts, failed_at = now()
          RETURNING update_id`,
      );
      return rows.length > 0;
    },

    /**
     * Gives back unfinished updates `owner` holds (graceful shutdown) so another instance, or the
     * next start, takes them at once; a release is not counted as an interrupted run.
     */
    async release(owner: string, updateIds?: number[]): Promise<number> {
      const only = updateIds ? Prisma.sql`AND update_id = ANY(${ids(updateIds)})` : Prisma.empty;
      const rows = await db.sql<{ update_id: bigint }>(
        "inbox.release",
        Prisma.sql`UPDATE inbox_updates SET lease_owner = NULL, lease_until = NULL, claims = GREATEST(claims - 1, 0)
          WHERE lease_owner = ${owner} AND status = 'queued' ${only} RETURNING update_id`,
      );
      return rows.length;
    },

    /**
     * Frees leases still held by earlier runs of the same instance slot (`<slot>:` prefix, e.g.
     * host and port): a process that could bind the slot's port knows its predecessor is gone, so
     * the work it held need not wait for the lease to run out. `null` frees every other owner's
     * leases (the embedded database, which only one process can open).
     */
    async releaseSlot(slot: string | null, owner: string): Promise<number> {
      const whose = earlierRunsOf(slot);
      const rows = await db.sql<{ update_id: bigint }>(
        "inbox.release_slot",
        Prisma.sql`UPDATE inbox_updates SET lease_until = NULL
          WHERE status = 'queued' AND lease_owner IS NOT NULL AND lease_owner <> ${owner} ${whose}
          RETURNING update_id`,
      );
      return rows.length;
    },

    /** Updates not yet finished (the backlog), for metrics and tests. */
    async pending(): Promise<number> {
      const rows = await db.sql<{ n: bigint }>(
        "inbox.pending",
        Prisma.sql`SELECT count(*) AS n FROM inbox_updates WHERE status = 'queued'`,
      );
      return Number(rows[0]?.n ?? 0);
    },

    /**
     * Writes down a send an update's handler has just made (its request has left the process; see
     * send-ledger.ts). Until the record is durable a kill would repeat the send: the journal, when
     * there is one, holds it from this very call on; send-records.ts says how each store writes it.
     */
    intendSend: async (updateId: number, seq: number, method: string) => {
      journal?.intend(updateId, seq, method);
      await journalled(() => sendRecords.intend(updateId, seq, method));
    },

    /** Drops the record of a send Telegram refused (or that never left): a retry makes it again. */
    async forgetSend(updateId: number, seq: number): Promise<void> {
      journal?.forget(updateId, seq);
      await journalled(() => sendRecords.forget(updateId, seq));
    },

    /**
     * Copies the send records an earlier process journalled into the database (at start, before
     * any update is worked), then empties the journal. A record that already has Telegram's answer
     * keeps it; one for an update purged meanwhile is not brought back.
     */
    async recoverSends(): Promise<number> {
      if (!journal?.recovered.length) return 0;
      for (const entry of journal.recovered) {
        const update = Prisma.sql`${String(entry.updateId)}::bigint`;
        await db.sql(
          "inbox.send_recover",
          entry.kind === "intend"
            ? Prisma.sql`INSERT INTO inbox_sends (update_id, seq, method)
                SELECT ${update}, ${entry.seq}::integer, ${entry.method}
                WHERE EXISTS (SELECT 1 FROM inbox_updates WHERE update_id = ${update})
                ON CONFLICT (update_id, seq) DO NOTHING`
            : Prisma.sql`DELETE FROM inbox_sends WHERE update_id = ${update} AND seq = ${entry.seq}::integer`,
        );
      }
      const count = journal.recovered.length;
      journal.clear();
      return count;
    },

    /** Completes a send's record with what Telegram answered. */
    recordSend: (updateId: number, send: RecordedSend) => sendRecords.result(updateId, send.seq, send.result),

    /** What an earlier run of this update sent, in order; `result` is undefined for a send cut off. */
    async sends(updateId: number): Promise<RecordedSend[]> {
      const rows = await db.sql<{ seq: number; method: string; result: string | null }>(
        "inbox.sends",
        Prisma.sql`SELECT seq, method, result FROM inbox_sends WHERE update_id = ${String(updateId)}::bigint ORDER BY seq`,
      );
      return rows.map((r) => ({
        seq: r.seq,
        method: r.method,
        result: r.result === null ? undefined : JSON.parse(r.result),
      }));
    },

    /** Deletes finished updates (and their sends) older than `ageMs`; Telegram never resends them. */
    async purge(ageMs: number): Promise<number> {
      const rows = await db.sql<{ update_id: bigint }>(
        "inbox.purge",
        Prisma.sql`DELETE FROM inbox_updates WHERE status <> 'queued' AND finished_at < ${inMs(-ageMs)}
          RETURNING update_id`,
      );
      await db.sql(
        "inbox.purge_sends",
        Prisma.sql`DELETE FROM inbox_sends s WHERE s.created_at < ${inMs(-ageMs)}
          AND NOT EXISTS (SELECT 1 FROM inbox_updates u WHERE u.update_id = s.update_id AND u.status = 'queued')`,
      );
      return rows.length;
    },

    deadLetters: {
      async count(): Promise<number> {
        const rows = await db.sql<{ n: bigint }>(
          "dead_letters.count",
          Prisma.sql`SELECT count(*) AS n FROM dead_letters`,
        );
        return Number(rows[0]?.n ?? 0);
      },
      /** Newest first. */
      async list(limit: number, offset = 0): Promise<DeadLetter[]> {
        const rows = await db.sql<{
          update_id: bigint;
          lane: string;
          payload: string;
          error: string;
          attempts: number;
          failed_at: Date;
        }>(
          "dead_letters.list",
          Prisma.sql`SELECT update_id, lane, payload, error, attempts, failed_at FROM dead_letters
            ORDER BY failed_at DESC, update_id DESC LIMIT ${limit}::integer OFFSET ${offset}::integer`,
        );
        return rows.map((r) => ({
          updateId: Number(r.update_id),
          lane: r.lane,
          payload: JSON.parse(r.payload),
          error: r.error,
          attempts: r.attempts,
          failedAt: r.failed_at,
        }));
      },
      /** Puts a dead letter back in the inbox as a fresh update; false when there is no such letter. */
      async replay(updateId: number): Promise<boolean> {
        const rows = await db.sql<{ update_id: bigint }>(
          "dead_letters.replay",
          Prisma.sql`WITH d AS (DELETE FROM dead_letters WHERE update_id = ${String(updateId)}::bigint
              RETURNING update_id, lane, payload)
            INSERT INTO inbox_updates (update_id, lane, payload) SELECT update_id, lane, payload FROM d
            ON CONFLICT (update_id) DO UPDATE SET status = 'queued', attempts = 0, claims = 0, available_at = now(),
              finished_at = NULL, last_error = NULL, lease_owner = NULL, lease_until = NULL
            RETURNING update_id`,
        );
        return rows.length > 0;
      },
      /** Deletes a dead letter for good; false when there is no such letter. */
      async drop(updateId: number): Promise<boolean> {
        const rows = await db.sql<{ update_id: bigint }>(
          "dead_letters.drop",
          Prisma.sql`DELETE FROM dead_letters WHERE update_id = ${String(updateId)}::bigint RETURNING update_id`,
        );
        return rows.length > 0;
      },
    },

    /** Writes whatever the batchers still hold (shutdown). */
    async flush(): Promise<void> {
      await Promise.all([storer.flush(), sendRecords.flush()]);
    },
  };
}

export type InboxRepository = ReturnType<typeof createInboxRepository>;
export type DeadLetterStore = InboxRepository["deadLetters"];
