/**
 * Drives unfinished jobs forward, on start (resume after a restart) and then every interval, and
 * only the jobs this instance holds a lease on: with several instances each job is polled at FAL
 * by one of them. A pass leases the due jobs nobody holds (never leased, or their instance died and
 * its lease ran out) together with the ones it holds already, then checks them with bounded
 * concurrency. Leases are renewed on their own timer, so a slow FAL call cannot lose them, and
 * handed back on a graceful stop. Finished jobs whose outcome nobody sent (the instance that settled
 * them died first) are handed to `redeliver`. Jobs waiting for a webhook are polled only as a
 * safety net.
 */
import type {
  DueTimes,
  GenerationJobRepository,
  GenerationJobRow,
} from "../../db/generation-job-repository.ts";
import { type Explained, failureTextOf } from "../../engines/generation/explain.ts";
import type { Logger } from "../../observability/logger.ts";

export interface JobPollerDeps {
  jobs: GenerationJobRepository;
  /** This instance's lease owner id. */
  owner: string;
  logger: Logger;
  intervalMs: number;
  check(row: GenerationJobRow): Promise<void>;
  fail(row: GenerationJobRow, why: Explained): Promise<boolean>;
  /** Sends again the outcome of a finished job that was never shown to the user. */
  redeliver(row: GenerationJobRow): Promise<void>;
  /** Jobs checked at once. */
  concurrency?: number;
  /** Jobs leased per pass. */
  batch?: number;
  /** A job never submitted after this long was interrupted (crash between reserve and submit). */
  pendingGraceMs?: number;
  /** A webhook job silent for this long is polled in case the webhook was lost. */
  webhookGraceMs?: number;
}

const FINISHED = new Set(["completed", "failed"]);

/** Creates the poller; `tick()` is one pass, `start()` runs passes until `stop()`. */
export function createJobPoller(deps: JobPollerDeps) {
  const { jobs, owner, logger } = deps;
  const concurrency = deps.concurrency ?? 4;
  const times: DueTimes = {
    pendingGraceMs: deps.pendingGraceMs ?? 120_000,
    webhookGraceMs: deps.webhookGraceMs ?? 60_000,
  };
  const inFlight = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let renewal: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;

  async function work(row: GenerationJobRow): Promise<void> {
    if (FINISHED.has(row.status)) return deps.redeliver(row);
    if (row.status === "pending") {
      await deps.fail(row, { reason: "interrupted", text: failureTextOf("interrupted") });
      return;
    }
    await deps.check(row);
  }

  async function tick(): Promise<void> {
    const claimed = await jobs.claim(owner, deps.batch ?? 200, times);
    for (const { row, takenFrom } of claimed) {
      if (takenFrom) logger.info({ job: row.id, from: takenFrom, status: row.status }, "took over a job");
    }
    const queue = claimed.map((c) => c.row).filter((r) => !inFlight.has(r.id));
    const worker = async () => {
      for (let row = queue.shift(); row; row = queue.shift()) {
        inFlight.add(row.id);
        try {
          await work(row);
        } catch (err) {
          logger.warn({ err, job: row.id }, "job check failed");
        } finally {
          inFlight.delete(row.id);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
  }

  const loop = () => {
    if (stopped) return;
    running = tick()
      .catch((err) => logger.warn({ err }, "poll pass failed"))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, deps.intervalMs);
      });
  };

  return {
    tick,
    start() {
      if (!stopped) return;
      stopped = false;
      // A third of the lease: two renewals may fail (a database hiccup) before it runs out.
      renewal = setInterval(
        () => void jobs.renew(owner).catch((err) => logger.warn({ err }, "lease renewal failed")),
        Math.max(50, Math.floor(jobs.times.leaseMs / 3)),
      );
      renewal.unref();
      loop();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      clearInterval(renewal);
      await running;
      const released = await jobs.release(owner).catch((err) => {
        logger.warn({ err }, "could not release job leases; they run out on their own");
        return 0;
      });
      if (released) logger.info({ jobs: released }, "released job leases");
    },
  };
}
