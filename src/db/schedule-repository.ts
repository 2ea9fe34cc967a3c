/**
 * Scheduled jobs (`scheduled_jobs`): work due at a time — a reminder, a check-in, the nightly
 * diary, a morning dream — in the service's own database, PGlite or Postgres. The same reasons that
 * put the intake's inbox in a table apply: the embedded default has one connection and no Redis,
 * so a queue library (pg-boss, graphile-worker: their own schemas, several connections,
 * LISTEN/NOTIFY; BullMQ: Redis) would not serve it, and a job row beside the user's other data
 * costs one insert on either store. Jobs are few (a handful per user per day) and due times spread
 * them out, so polling a partial index of the unfinished rows every second is cheap.
 *
 * Any instance takes due jobs under a lease (one conditional UPDATE over rows picked with SKIP
 * LOCKED, the lease re-checked on the row, so two instances never take the same job); it renews
 * the lease while it works, and another instance takes the job over once the lease runs out.
 *
 * A job that sends a message moves queued → sending → done. `sending` is written (and committed)
 * just before the request leaves for Telegram, `done` with the message id once Telegram answered.
 * A job found in `sending` by a later run was cut off between the two: whether Telegram received
 * it cannot be asked (the Bot API has no idempotency key and no way to read the bot's own sent
 * messages), so it is never sent again — it ends `uncertain`. Duplicates are thus impossible; the
 * price is that a process killed in the instant between the commit of `sending` and the request
 * reaching Telegram loses that one message.
 *
 * Due times are compared with the caller's clock (so a fake clock drives tests); leases with the
 * database's, which every instance shares.
 */
import type { Database } from "./database.ts";
import { Prisma } from "./generated/client.ts";
import { earlierRunsOf } from "./lease-slot.ts";

export type JobStatus = "queued" | "sending" | "done" | "cancelled" | "failed" | "skipped" | "uncertain";

export interface NewJob {
  kind: string;
  userId: number;
  chatId: number;
  dueAt: number;
  payload?: unknown;
  /** The same key twice is one job: planning the same work again does nothing. */
  key: string;
}

export interface ScheduledJob {
  id: number;
  kind: string;
  userId: number;
  chatId: number;
  dueAt: number;
  payload: Record<string, unknown>;
  key: string;
  status: JobStatus;
  attempts: number;
  claims: number;
  createdAt: number;
}

type Row = {
  id: bigint;
  kind: string;
  user_id: bigint;
  chat_id: bigint;
  due_at: Date;
  payload: string;
  idempotency_key: string;
  status: string;
  attempts: number;
  claims: number;
  created_at: Date;
};

const COLUMNS = Prisma.sql`id, kind, user_id, chat_id, due_at, payload, idempotency_key, status, attempts, claims, created_at`;

const toJob = (r: Row): ScheduledJob => ({
  id: Number(r.id),
  kind: r.kind,
  userId: Number(r.user_id),
  chatId: Number(r.chat_id),
  dueAt: r.due_at.getTime(),
  payload: JSON.parse(r.payload) as Record<string, unknown>,
  key: r.idempotency_key,
  status: r.status as JobStatus,
  attempts: r.attempts,
  claims: r.claims,
  createdAt: r.created_at.getTime(),
});

const at = (t: number) => Prisma.sql`${new Date(t).toISOString()}::timestamptz(3)`;
const inMs = (ms: number) => Prisma.sql`(now() + ${Math.round(ms)}::bigint * interval '1 millisecond')`;
const ids = (list: number[]) => Prisma.sql`${list.map(String)}::bigint[]`;
const UNFINISHED = Prisma.sql`status IN ('queued', 'sending')`;
const FREE = Prisma.sql`(lease_until IS NULL OR lease_until < now())`;
/** The setting that keeps each recurring kind going. */
const ENABLED = {
  checkin: Prisma.sql`s.checkins <> 'off'`,
  diary: Prisma.sql`s.diary`,
  dream: Prisma.sql`s.dreams`,
};

/** Creates the repository; `leaseMs` is how long a claim holds before another instance may take it. */
export function createScheduleRepository(
  db: Pick<Database, "sql" | "sqlUrgent">,
  options: { leaseMs: number },
) {
  const { leaseMs } = options;

  return {
    leaseMs,

    /**
     * Plans a job; returns its id, and whether it is new (false: the key was planned already). A
     * cancelled job under the same key is planned again (check-ins turned off and on the same day);
     * one that ran is not, so the same work never runs twice.
     */
    async schedule(job: NewJob): Promise<{ id: number; created: boolean }> {
      const rows = await db.sql<{ id: bigint; created: boolean }>(
        "schedule.insert",
        Prisma.sql`WITH ins AS (
            INSERT INTO scheduled_jobs (kind, user_id, chat_id, due_at, payload, idempotency_key)
            VALUES (${job.kind}, ${String(job.userId)}::bigint, ${String(job.chatId)}::bigint, ${at(job.dueAt)},
              ${JSON.stringify(job.payload ?? {})}, ${job.key})
            ON CONFLICT (idempotency_key) DO UPDATE SET status = 'queued', due_at = EXCLUDED.due_at,
              payload = EXCLUDED.payload, chat_id = EXCLUDED.chat_id, attempts = 0, claims = 0, last_error = NULL,
              finished_at = NULL, lease_owner = NULL, lease_until = NULL
              WHERE scheduled_jobs.status = 'cancelled'
            RETURNING id
          )
          SELECT id, true AS created FROM ins
          UNION ALL SELECT id, false AS created FROM scheduled_jobs WHERE idempotency_key = ${job.key}
            AND NOT EXISTS (SELECT 1 FROM ins)`,
      );
      if (rows[0]) return { id: Number(rows[0].id), created: rows[0].created };
      // The same key inserted by a concurrent transaction that committed after this statement began.
      const again = await db.sql<{ id: bigint }>(
        "schedule.by_key",
        Prisma.sql`SELECT id FROM scheduled_jobs WHERE idempotency_key = ${job.key}`,
      );
      return { id: Number(again[0]!.id), created: false };
    },

    /**
     * Leases to `owner` up to `limit` jobs due at `now` that nobody holds (never leased, released,
     * or the holder's lease ran out: it died). Jobs in `sending` come back this way too, for the
     * taker to settle as uncertain.
     */
    async claim(owner: string, limit: number, now: number): Promise<ScheduledJob[]> {
      if (limit <= 0) return [];
      const rows = await db.sql<Row>(
        "schedule.claim",
        Prisma.sql`WITH picked AS (
            SELECT id FROM scheduled_jobs
            WHERE ${UNFINISHED} AND due_at <= ${at(now)} AND ${FREE}
            ORDER BY due_at LIMIT ${limit}::integer
            FOR UPDATE SKIP LOCKED
          )
          UPDATE scheduled_jobs j SET lease_owner = ${owner}, lease_until = ${inMs(leaseMs)}, claims = j.claims + 1
          FROM picked WHERE j.id = picked.id AND j.status IN ('queued', 'sending')
            AND (j.lease_until IS NULL OR j.lease_until < now())
          RETURNING j.id, j.kind, j.user_id, j.chat_id, j.due_at, j.payload, j.idempotency_key, j.status,
            j.attempts, j.claims, j.created_at`,
      );
      return rows.map(toJob).sort((a, b) => a.dueAt - b.dueAt);
    },

    /** Extends the leases `owner` holds on these jobs (work still in progress). */
    async renew(owner: string, jobIds: number[]): Promise<void> {
      if (!jobIds.length) return;
      await db.sql(
        "schedule.renew",
        Prisma.sql`UPDATE scheduled_jobs SET lease_until = ${inMs(leaseMs)}
          WHERE id = ANY(${ids(jobIds)}) AND lease_owner = ${owner} AND ${UNFINISHED}`,
      );
    },

    /**
     * Records that the job's message is about to be sent; false when `owner` no longer holds it
     * (then it must not send). On its own connection with asynchronous commit on Postgres, so the
     * record is decided the moment it is written and the request leaves right after.
     */
    async markSending(id: number, owner: string): Promise<boolean> {
      const rows = await db.sqlUrgent<{ id: bigint }>(
        "schedule.sending",
        Prisma.sql`UPDATE scheduled_jobs SET status = 'sending', sending_at = now()
          WHERE id = ${String(id)}::bigint AND lease_owner = ${owner} AND status = 'queued' RETURNING id`,
      );
      return rows.length > 0;
    },

    /**
     * Finishes a job: `done` with the message Telegram created (or none for jobs that send none),
     * or `failed`, `skipped`, `uncertain`, `cancelled` with the reason. A sent message is recorded
     * even when the lease was lost meanwhile: it did go out.
     */
    async finish(
      id: number,
      owner: string,
      status: Exclude<JobStatus, "queued" | "sending">,
      detail: { messageId?: number; error?: string } = {},
    ): Promise<boolean> {
      const sent = status === "done" && detail.messageId !== undefined;
      const whose = sent ? Prisma.empty : Prisma.sql`AND lease_owner = ${owner}`;
      const rows = await db.sqlUrgent<{ id: bigint }>(
        "schedule.finish",
        Prisma.sql`UPDATE scheduled_jobs SET status = ${status}, message_id = ${detail.messageId ?? null}::integer,
            last_error = ${detail.error?.slice(0, 2000) ?? null}, finished_at = now(), lease_owner = NULL, lease_until = NULL
          WHERE id = ${String(id)}::bigint AND ${UNFINISHED} ${whose} RETURNING id`,
      );
      return rows.length > 0;
    },

    /**
     * Puts a job back in the queue for `dueAt` (a 429's retry_after, quiet hours, a failed try);
     * `failedTry` counts it as an attempt. Returns the attempts so far, or -1 when not held.
     */
    async retry(id: number, owner: string, dueAt: number, failedTry: string | null): Promise<number> {
      const rows = await db.sqlUrgent<{ attempts: number }>(
        "schedule.retry",
        Prisma.sql`UPDATE scheduled_jobs SET status = 'queued', due_at = ${at(dueAt)}, sending_at = NULL,
            attempts = attempts + ${failedTry === null ? 0 : 1}::integer,
            last_error = COALESCE(${failedTry?.slice(0, 2000) ?? null}, last_error),
            lease_owner = NULL, lease_until = NULL
          WHERE id = ${String(id)}::bigint AND lease_owner = ${owner} AND ${UNFINISHED} RETURNING attempts`,
      );
      return rows[0]?.attempts ?? -1;
    },

    /** Gives back the queued jobs `owner` holds (graceful stop): another instance takes them at once. */
    async release(owner: string): Promise<number> {
      const rows = await db.sql<{ id: bigint }>(
        "schedule.release",
        Prisma.sql`UPDATE scheduled_jobs SET lease_owner = NULL, lease_until = NULL, claims = GREATEST(claims - 1, 0)
          WHERE lease_owner = ${owner} AND status = 'queued' RETURNING id`,
      );
      return rows.length;
    },

    /**
     * Frees leases still held by earlier runs of the same instance slot (`<slot>:` prefix): a
     * process that could bind the slot's port knows its predecessor is gone. `null` frees every
     * other owner's (the embedded database, which only one process can open).
     */
    async releaseSlot(slot: string | null, owner: string): Promise<number> {
      const whose = earlierRunsOf(slot);
      const rows = await db.sql<{ id: bigint }>(
        "schedule.release_slot",
        Prisma.sql`UPDATE scheduled_jobs SET lease_until = NULL
          WHERE ${UNFINISHED} AND lease_owner IS NOT NULL AND lease_owner <> ${owner} ${whose} RETURNING id`,
      );
      return rows.length;
    },

    /**
     * Cancels a user's queued jobs: of some kinds, or one job by id. Jobs being sent right now are
     * left to finish. Returns how many were cancelled.
     */
    async cancel(
      userId: number,
      which: { kinds: string[] } | { id: number },
      reason = "cancelled",
    ): Promise<number> {
      const filter =
        "id" in which
          ? Prisma.sql`AND id = ${String(which.id)}::bigint`
          : Prisma.sql`AND kind = ANY(${which.kinds}::text[])`;
      const rows = await db.sql<{ id: bigint }>(
        "schedule.cancel",
        Prisma.sql`UPDATE scheduled_jobs SET status = 'cancelled', last_error = ${reason}, finished_at = now(),
            lease_owner = NULL, lease_until = NULL
          WHERE user_id = ${String(userId)}::bigint AND status = 'queued' ${filter} RETURNING id`,
      );
      return rows.length;
    },

    /** A user's unfinished jobs of a kind, soonest first. */
    async upcoming(userId: number, kind: string, limit = 50): Promise<ScheduledJob[]> {
      const rows = await db.sql<Row>(
        "schedule.upcoming",
        Prisma.sql`SELECT ${COLUMNS} FROM scheduled_jobs
          WHERE user_id = ${String(userId)}::bigint AND kind = ${kind} AND ${UNFINISHED}
          ORDER BY due_at, id LIMIT ${limit}::integer`,
      );
      return rows.map(toJob);
    },

    /** The latest finished jobs of a kind for a user, newest first (what earlier check-ins did). */
    async latest(userId: number, kind: string, limit = 5): Promise<ScheduledJob[]> {
      const rows = await db.sql<Row>(
        "schedule.latest",
        Prisma.sql`SELECT ${COLUMNS} FROM scheduled_jobs
          WHERE user_id = ${String(userId)}::bigint AND kind = ${kind} AND NOT ${UNFINISHED}
          ORDER BY due_at DESC, id DESC LIMIT ${limit}::integer`,
      );
      return rows.map(toJob);
    },

    /** Users with a recurring kind switched on but no unfinished job of it (a broken chain). */
    async missing(kind: keyof typeof ENABLED, limit = 200): Promise<number[]> {
      const rows = await db.sql<{ user_id: bigint }>(
        "schedule.missing",
        Prisma.sql`SELECT s.user_id FROM outreach_settings s
          WHERE s.blocked_at IS NULL AND s.time_zone IS NOT NULL AND (${ENABLED[kind]})
            AND NOT EXISTS (SELECT 1 FROM scheduled_jobs j WHERE j.user_id = s.user_id AND j.kind = ${kind}
              AND j.status IN ('queued', 'sending'))
          LIMIT ${limit}::integer`,
      );
      return rows.map((r) => Number(r.user_id));
    },

    /** Deletes finished jobs older than `ageMs`. */
    async purge(ageMs: number): Promise<number> {
      const rows = await db.sql<{ id: bigint }>(
        "schedule.purge",
        Prisma.sql`DELETE FROM scheduled_jobs WHERE NOT ${UNFINISHED} AND finished_at < ${inMs(-ageMs)} RETURNING id`,
      );
      return rows.length;
    },

    /** One job by id (tests, and the stop button's owner check). */
    async find(id: number): Promise<(ScheduledJob & { messageId: number | null }) | null> {
      const rows = await db.sql<Row & { message_id: number | null }>(
        "schedule.find",
        Prisma.sql`SELECT ${COLUMNS}, message_id FROM scheduled_jobs WHERE id = ${String(id)}::bigint`,
      );
      const r = rows[0];
      return r ? { ...toJob(r), messageId: r.message_id } : null;
    },
  };
}

export type ScheduleRepository = ReturnType<typeof createScheduleRepository>;
