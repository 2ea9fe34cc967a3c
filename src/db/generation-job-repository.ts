/**
 * Storage of generation jobs (`generation_jobs`): the row created with the credit reservation, the
 * FAL request id, progress, the one-time settlement, and the lease that says which instance works
 * the job.
 *
 * A job is settled by a conditional update (`… WHERE status IN (unfinished)`), so a webhook, a poll
 * and a restarted instance racing for it settle it exactly once. Only the instance holding a job's
 * lease polls it; the lease is renewed while that instance lives and taken over, with one
 * conditional UPDATE over rows locked with SKIP LOCKED, once it runs out. A finished job whose
 * outcome was not yet shown to the user (`delivered_at` null) is leased too: to the instance that
 * settled it, for long enough to send it, then to whoever takes it over.
 */
import { type GenerationJob, Prisma, type PrismaClient } from "./generated/client.ts";

export type GenerationJobRow = GenerationJob;
type Tx = Prisma.TransactionClient;

/** Statuses of a job that is not finished yet. */
export const ACTIVE_STATUSES = ["pending", "queued", "running"] as const;

export interface NewGenerationJob {
  id: string;
  userId: number;
  chatId: number;
  model: string;
  kind: string;
  endpoint: string;
  prompt: string;
  input: unknown;
  cost: number;
  statusMessageId?: number;
  viaWebhook: boolean;
  /**
   * The job whose result this one is made from (an animated creation). Recorded only while that
   * job exists: one deleted meanwhile (with its owner's data) leaves no dangling reference.
   */
  parentJobId?: string;
  /** The ledger account the credits were reserved on, when not the user's own (a team's pool). */
  payerAccount?: number;
}

export interface LeaseTimes {
  /** How long a lease on an unfinished job holds without renewal. */
  leaseMs: number;
  /** How long the settling instance has to show a finished job before another may resend it. */
  deliveryGraceMs: number;
}

/** When an unfinished job is due for work (see JobPollerDeps). */
export interface DueTimes {
  pendingGraceMs: number;
  webhookGraceMs: number;
}

export interface ClaimedJob {
  row: GenerationJobRow;
  /** The lease's previous holder when it was taken from another instance. */
  takenFrom?: string;
}

const after = (ms: number) => Prisma.sql`now() + ${Math.round(ms)}::integer * interval '1 millisecond'`;
const before = (ms: number) => Prisma.sql`now() - ${Math.round(ms)}::integer * interval '1 millisecond'`;

// The predicate of generation_jobs_work_idx, repeated in the scans so the planner uses that index.
const WORK = Prisma.sql`(status IN ('pending', 'queued', 'running') OR delivered_at IS NULL)`;
const FREE = Prisma.sql`(lease_until IS NULL OR lease_until < now())`;
const FINISHED = Prisma.sql`status IN ('completed', 'failed')`;

/** Unfinished jobs that need a poll now, or were never submitted (interrupted before FAL). */
const due = (t: DueTimes) => Prisma.sql`(
  (status = 'pending' AND request_id IS NULL AND created_at < ${before(t.pendingGraceMs)})
  OR (status IN ('queued', 'running') AND request_id IS NOT NULL
      AND (NOT via_webhook OR updated_at < ${before(t.webhookGraceMs)})))`;

/** Creates the repository over a Prisma client; `times` sets how long leases hold. */
export function createGenerationJobRepository(prisma: PrismaClient, times: LeaseTimes) {
  const byIds = async (ids: string[]) =>
    ids.length
      ? prisma.generationJob.findMany({ where: { id: { in: ids } }, orderBy: { createdAt: "asc" } })
      : [];

  return {
    times,

    /** Unfinished jobs of a user, inside the reservation's transaction (the account row is locked). */
    countActive: (tx: Tx, userId: number) =>
      tx.generationJob.count({ where: { userId: BigInt(userId), status: { in: [...ACTIVE_STATUSES] } } }),

    /** Creates a pending job leased to `owner` (the instance that will submit it). */
    async insert(tx: Tx, job: NewGenerationJob, owner: string): Promise<void> {
      await tx.$executeRaw`
        INSERT INTO generation_jobs (id, user_id, chat_id, model, kind, endpoint, prompt, input, cost, status,
          status_message_id, via_webhook, lease_owner, lease_until, parent_job_id, payer_account)
        VALUES (${job.id}, ${BigInt(job.userId)}, ${BigInt(job.chatId)}, ${job.model}, ${job.kind},
          ${job.endpoint}, ${job.prompt}, ${JSON.stringify(job.input)}::jsonb, ${job.cost}, 'pending',
          ${job.statusMessageId ?? null}::integer, ${job.viaWebhook}, ${owner}, ${after(times.leaseMs)},
          (SELECT p.id FROM generation_jobs p WHERE p.id = ${job.parentJobId ?? null}),
          ${job.payerAccount === undefined ? null : BigInt(job.payerAccount)}::bigint)`;
    },

    find: (id: string) => prisma.generationJob.findUnique({ where: { id } }),

    findByRequestId: (requestId: string) => prisma.generationJob.findUnique({ where: { requestId } }),

    /** Records FAL's request id on a pending job; false when the job was settled meanwhile. */
    async markSubmitted(id: string, requestId: string, input: unknown): Promise<boolean> {
      const n = await prisma.generationJob.updateMany({
        where: { id, status: "pending" },
        data: { requestId, status: "queued", input: input as object },
      });
      return n.count > 0;
    },

    /** Records a queue position or the start of work; false when the job is finished. */
    async setProgress(id: string, status: "queued" | "running", queuePosition?: number): Promise<boolean> {
      const n = await prisma.generationJob.updateMany({
        where: { id, status: { in: ["queued", "running"] } },
        data: { status, queuePosition: queuePosition ?? null },
      });
      return n.count > 0;
    },

    /**
     * Finishes an unfinished job inside the caller's transaction (with its ledger entry); false when
     * it was already finished. The settling instance takes the lease for sending the outcome.
     */
    async settle(
      tx: Tx,
      id: string,
      owner: string,
      outcome: { ok: true; result: unknown } | { ok: false; error: string },
    ): Promise<boolean> {
      const rows = await tx.$queryRaw<{ id: string }[]>`
        UPDATE generation_jobs SET
          status = ${outcome.ok ? "completed" : "failed"},
          result = ${outcome.ok ? JSON.stringify(outcome.result) : null}::jsonb,
          error = ${outcome.ok ? null : outcome.error},
          finished_at = now(), updated_at = now(),
          lease_owner = ${owner}, lease_until = ${after(times.deliveryGraceMs)}
        WHERE id = ${id} AND status IN ('pending', 'queued', 'running')
        RETURNING id`;
      return rows.length > 0;
    },

    /**
     * Completes a job refunded because FAL never confirmed its submit, when FAL's result arrives
     * after all; false when that already happened. It stays refunded (no ledger entry), and is
     * leased to `owner` for delivery like any settled job.
     */
    async settleLate(id: string, requestId: string, result: unknown, owner: string): Promise<boolean> {
      const n = await prisma.$executeRaw`
        UPDATE generation_jobs SET status = 'completed', request_id = ${requestId},
          result = ${JSON.stringify(result)}::jsonb, delivered_at = NULL, updated_at = now(),
          lease_owner = ${owner}, lease_until = ${after(times.deliveryGraceMs)}
        WHERE id = ${id} AND status = 'failed' AND error = 'unconfirmed' AND request_id IS NULL`;
      return n > 0;
    },

    /** Records that the user was shown a finished job's outcome; false when already recorded. */
    async markDelivered(id: string): Promise<boolean> {
      const n = await prisma.$executeRaw`
        UPDATE generation_jobs SET delivered_at = now(), lease_owner = NULL, lease_until = NULL
        WHERE id = ${id} AND ${FINISHED} AND delivered_at IS NULL`;
      return n > 0;
    },

    /**
     * Leases to `owner` up to `limit` jobs that need work: the due unfinished jobs it holds already
     * (their lease is renewed) or that nobody holds (never leased, or the holder's lease ran out),
     * and finished jobs whose outcome nobody is sending any more. Rows another instance is claiming
     * or settling at this moment are skipped, so two instances never take the same job.
     */
    async claim(owner: string, limit: number, t: DueTimes): Promise<ClaimedJob[]> {
      const rows = await prisma.$queryRaw<{ id: string; previous: string | null }[]>`
        WITH picked AS (
          SELECT id, lease_owner FROM generation_jobs
          WHERE ${WORK}
            AND ((${due(t)} AND (lease_owner = ${owner} OR ${FREE}))
              OR (${FINISHED} AND delivered_at IS NULL AND ${FREE}))
          ORDER BY created_at LIMIT ${limit}::integer
          FOR UPDATE SKIP LOCKED
        )
        UPDATE generation_jobs j SET lease_owner = ${owner},
          lease_until = CASE WHEN j.status IN ('completed', 'failed')
            THEN ${after(times.deliveryGraceMs)} ELSE ${after(times.leaseMs)} END
        FROM picked WHERE j.id = picked.id
        RETURNING j.id, picked.lease_owner AS previous`;
      const previous = new Map(rows.map((r) => [r.id, r.previous]));
      return (await byIds(rows.map((r) => r.id))).map((row) => {
        const from = previous.get(row.id);
        return from && from !== owner ? { row, takenFrom: from } : { row };
      });
    },

    /** Extends the leases `owner` holds on unfinished jobs (it is alive and working them). */
    async renew(owner: string): Promise<number> {
      return prisma.$executeRaw`
        UPDATE generation_jobs SET lease_until = ${after(times.leaseMs)}
        WHERE lease_owner = ${owner} AND status IN ('pending', 'queued', 'running')`;
    },

    /**
     * Gives back `owner`'s unfinished jobs (graceful stop) so another instance, or the next start,
     * takes them at once. Finished jobs still being sent keep their lease until it runs out.
     */
    async release(owner: string): Promise<number> {
      return prisma.$executeRaw`
        UPDATE generation_jobs SET lease_owner = NULL, lease_until = NULL
        WHERE lease_owner = ${owner} AND status IN ('pending', 'queued', 'running')`;
    },

    /** A user's recent jobs (those they own: made and kept, or handed to them), newest first. */
    recent: (userId: number, limit: number) =>
      prisma.generationJob.findMany({
        where: {
          OR: [{ userId: BigInt(userId), ownerId: null }, { ownerId: BigInt(userId) }],
        },
        orderBy: { createdAt: "desc" },
        take: limit,
      }),

    /** Job counts by status. */
    async countByStatus(): Promise<Record<string, number>> {
      const rows = await prisma.generationJob.groupBy({ by: ["status"], _count: { _all: true } });
      return Object.fromEntries(rows.map((r) => [r.status, r._count._all]));
    },
  };
}

export type GenerationJobRepository = ReturnType<typeof createGenerationJobRepository>;
