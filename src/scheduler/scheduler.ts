/**
 * Runs scheduled jobs (src/db/schedule-repository.ts) on any number of instances. Each instance
 * polls for due jobs, leases a few (up to `concurrency` at once), renews the leases while it works
 * and hands each job to the handler of its kind. A job an instance was killed on is taken over by
 * another once the lease runs out, or at once by the next process on the same slot (host and port;
 * on the embedded database, which one process holds, all of them).
 *
 * A handler composes its message and sends it through `ctx.send`, which records the send before
 * and after (see sender.ts); the scheduler turns the outcome into the job's end state. A job taken
 * over in `sending` is never sent again: it ends `uncertain` and its handler only plans what comes
 * next. Once a job has ended, its handler's `after` plans the next occurrence of recurring work,
 * and a sweep every few minutes re-plans any chain that a crash broke between the two.
 */
import os from "node:os";
import type { Api } from "grammy";
import type { ScheduledJob, ScheduleRepository } from "../db/schedule-repository.ts";
import type { Logger } from "../observability/logger.ts";
import { drainWithin } from "../util/drain.ts";
import { type Sender, SendFailure } from "./sender.ts";

/** Failed tries (5xx, network refused) before a job is given up. */
export const MAX_ATTEMPTS = 5;
/** Runs cut short by crashes before a job is given up. */
const MAX_CLAIMS = 6;
const KEEP_FINISHED_MS = 30 * 86_400_000;
const SWEEP_EVERY_MS = 5 * 60_000;

/** What a handler's run came to. */
export type JobOutcome =
  | { status: "done"; messageId?: number }
  | { status: "skipped"; reason: string }
  | { status: "postponed"; until: number };

export interface JobContext {
  /** The scheduler's clock at the start of the run. */
  now: number;
  /** Sends one message to the job's chat, once; resolves with its id, rejects with a SendFailure. */
  send(call: (api: Api) => Promise<{ message_id: number }>): Promise<number>;
}

export interface JobHandler {
  run(job: ScheduledJob, ctx: JobContext): Promise<JobOutcome>;
  /** After the job ended (sent, skipped, failed, uncertain): plans the next one, if any. */
  after?(job: ScheduledJob, now: number): Promise<void>;
  /** Plans the next job for users whose chain is missing (a crash between a job's end and `after`). */
  replan?(userId: number, now: number): Promise<void>;
}

export interface SchedulerDeps {
  jobs: ScheduleRepository;
  sender: Sender;
  handlers: Record<string, JobHandler>;
  /** The user blocked the bot (403): stop everything for them. */
  onBlocked(userId: number): Promise<void>;
  logger: Logger;
  clock?: () => number;
  /** True on the embedded database: no other process can hold its leases. */
  exclusive: boolean;
  concurrency?: number;
  pollMs?: number;
}

/** Creates the scheduler; `start(port)` once the service listens. */
export function createScheduler(deps: SchedulerDeps) {
  const log = deps.logger.child({ component: "scheduler" });
  const clock = deps.clock ?? Date.now;
  const concurrency = deps.concurrency ?? 8;
  const active = new Map<number, Promise<void>>();
  let owner = `${os.hostname()}:0:${process.pid}-${Date.now().toString(36)}`;
  let stopped = true;
  let pumping: Promise<number> | null = null;
  let claimFailing = false;
  const timers: NodeJS.Timeout[] = [];

  async function end(job: ScheduledJob, failure: SendFailure): Promise<void> {
    switch (failure.kind) {
      case "lost":
        return;
      case "retry": {
        if (!failure.counts || job.attempts + 1 < MAX_ATTEMPTS) {
          await deps.jobs.retry(
            job.id,
            owner,
            clock() + failure.retryInMs,
            failure.counts ? failure.message : null,
          );
          log.info(
            { job: job.id, kind: job.kind, in_ms: failure.retryInMs, error: failure.message },
            "job retried later",
          );
          return;
        }
        await deps.jobs.finish(job.id, owner, "failed", { error: failure.message });
        break;
      }
      case "blocked":
        await deps.jobs.finish(job.id, owner, "failed", { error: `blocked: ${failure.message}` });
        log.info({ job: job.id, user_id: job.userId }, "user blocked the bot: outreach stopped for them");
        await deps.onBlocked(job.userId);
        return; // nothing more is planned for them
      case "rejected":
        await deps.jobs.finish(job.id, owner, "failed", { error: failure.message });
        log.warn(
          { job: job.id, kind: job.kind, error: failure.message },
          "Telegram refused a scheduled message",
        );
        break;
      case "uncertain":
        await deps.jobs.finish(job.id, owner, "uncertain", { error: failure.message });
        log.warn(
          { job: job.id, kind: job.kind, error: failure.message },
          "a scheduled send may or may not have arrived; not repeated",
        );
        break;
    }
    await deps.handlers[job.kind]?.after?.(job, clock());
  }

  async function work(job: ScheduledJob): Promise<void> {
    const handler = deps.handlers[job.kind];
    // Once the send is recorded, the job must never go back to the queue: it would send twice.
    let sending = false;
    let sentId: number | undefined;
    try {
      if (!handler) {
        await deps.jobs.finish(job.id, owner, "failed", { error: `no handler for ${job.kind}` });
        return;
      }
      if (job.status === "sending") {
        // Cut off between recording the send and recording its answer: it may have arrived.
        await deps.jobs.finish(job.id, owner, "uncertain", { error: "interrupted while sending" });
        log.warn(
          { job: job.id, kind: job.kind },
          "a send was cut off by a crash: taken as made, not repeated",
        );
        await handler.after?.(job, clock());
        return;
      }
      if (job.claims > MAX_CLAIMS) {
        await deps.jobs.finish(job.id, owner, "failed", {
          error: "the service stopped every time it ran this job",
        });
        await handler.after?.(job, clock());
        return;
      }
      const ctx: JobContext = {
        now: clock(),
        send: async (call) => {
          const id = await deps.sender.send(
            job.chatId,
            async () => (sending = await deps.jobs.markSending(job.id, owner)),
            call,
          );
          sentId = id;
          return id;
        },
      };
      let outcome: JobOutcome;
      try {
        outcome = await handler.run(job, ctx);
      } catch (err) {
        if (err instanceof SendFailure) {
          // A Telegram answer without a message: the send is undone and the job may go back.
          sending = false;
          return await end(job, err);
        }
        throw err;
      }
      if (outcome.status === "postponed") {
        await deps.jobs.retry(job.id, owner, outcome.until, null);
        return;
      }
      if (outcome.status === "done")
        await deps.jobs.finish(job.id, owner, "done", { messageId: outcome.messageId });
      else await deps.jobs.finish(job.id, owner, "skipped", { error: outcome.reason });
      await handler.after?.(job, clock());
    } catch (err) {
      // A fault of our own (database, a bug): try again later, give up after a few.
      const message = err instanceof Error ? err.message : String(err);
      log.warn({ err, job: job.id, kind: job.kind }, "scheduled job failed");
      if (sending) {
        const status = sentId !== undefined ? "done" : "uncertain";
        await deps.jobs.finish(job.id, owner, status, { messageId: sentId, error: message }).catch(() => {});
        await handler?.after?.(job, clock()).catch(() => {});
        return;
      }
      if (job.attempts + 1 < MAX_ATTEMPTS) {
        await deps.jobs.retry(job.id, owner, clock() + 60_000, message).catch(() => {});
        return;
      }
      await deps.jobs.finish(job.id, owner, "failed", { error: message }).catch(() => {});
      await handler?.after?.(job, clock()).catch(() => {});
    }
  }

  /** Claims what is due and room allows; resolves with how many jobs it started. */
  function pump(): Promise<number> {
    if (stopped) return Promise.resolve(0);
    if (pumping) return pumping;
    pumping = (async () => {
      try {
        const room = concurrency - active.size;
        const claimed = await deps.jobs.claim(owner, room, clock());
        for (const job of claimed) {
          if (active.has(job.id)) continue;
          const p = work(job).finally(() => {
            active.delete(job.id);
          });
          active.set(job.id, p);
        }
        if (claimFailing) log.info("scheduled jobs reachable again");
        claimFailing = false;
        return claimed.length;
      } catch (err) {
        // Said once per outage, not once a poll.
        if (!claimFailing) log.warn({ err }, "could not claim scheduled jobs; retrying");
        claimFailing = true;
        return 0;
      } finally {
        pumping = null;
      }
    })();
    return pumping;
  }

  /** Re-plans recurring work a crash left without a next job, and purges old finished jobs. */
  async function sweep(): Promise<void> {
    for (const kind of ["checkin", "diary", "dream"] as const) {
      const handler = deps.handlers[kind];
      if (!handler?.replan) continue;
      for (const userId of await deps.jobs.missing(kind)) {
        await handler
          .replan(userId, clock())
          .catch((err) => log.warn({ err, kind, user_id: userId }, "re-plan failed"));
      }
    }
    await deps.jobs.purge(KEEP_FINISHED_MS);
  }

  return {
    get owner() {
      return owner;
    },
    get active() {
      return active.size;
    },
    /** Starts polling. `port` names this instance's slot (see the intake). */
    async start(port: number): Promise<void> {
      const slot = `${os.hostname()}:${port}`;
      owner = `${slot}:${process.pid}-${Date.now().toString(36)}`;
      const freed = await deps.jobs.releaseSlot(deps.exclusive ? null : slot, owner);
      if (freed) log.info({ jobs: freed }, "resuming scheduled jobs an earlier run left unfinished");
      stopped = false;
      const every = (ms: number, fn: () => unknown) => {
        const t = setInterval(fn, ms);
        t.unref();
        timers.push(t);
      };
      every(deps.pollMs ?? 1000, () => void pump());
      every(deps.jobs.leaseMs / 3, () => {
        if (active.size)
          deps.jobs
            .renew(owner, [...active.keys()])
            .catch((err) => log.warn({ err }, "could not renew job leases"));
      });
      every(SWEEP_EVERY_MS, () => void sweep().catch((err) => log.warn({ err }, "scheduler sweep failed")));
      void sweep().catch((err) => log.warn({ err }, "scheduler sweep failed"));
      void pump();
    },
    /** Claims and runs what is due now, and waits for it (tests drive a fake clock with it). */
    async runDue(): Promise<void> {
      const wasStopped = stopped;
      stopped = false;
      try {
        for (;;) {
          const started = await pump();
          if (!active.size) {
            if (!started) break;
            continue;
          }
          await Promise.race([...active.values()]);
        }
      } finally {
        stopped = wasStopped;
      }
    },
    sweep,
    /**
     * Stops claiming, lets jobs in progress finish for up to `graceMs`, then gives back the queued
     * jobs it still holds. A job caught mid-send keeps its lease and is settled as uncertain later.
     */
    async stop(graceMs: number): Promise<void> {
      stopped = true;
      for (const t of timers.splice(0)) clearInterval(t);
      if (pumping) await pumping;
      await drainWithin(active, graceMs);
      const released = await deps.jobs.release(owner).catch(() => 0);
      if (released) log.info({ released }, "scheduled jobs released for another instance");
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;
