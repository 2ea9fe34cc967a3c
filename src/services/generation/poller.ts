/**
 * Drives unfinished jobs forward: on start (resume after a restart) and then every interval.
 * Bounded concurrency keeps a backlog from flooding FAL or the database; jobs already being checked
 * by this process are skipped. Jobs waiting for a webhook are only polled as a safety net.
 */
import type { PrismaClient } from "../../db/generated/client.ts";
import type { Explained } from "../../engines/generation/explain.ts";
import type { Logger } from "../../observability/logger.ts";

type JobRow = NonNullable<Awaited<ReturnType<PrismaClient["generationJob"]["findUnique"]>>>;

export interface JobPollerDeps {
  prisma: PrismaClient;
  logger: Logger;
  intervalMs: number;
  check(row: JobRow): Promise<void>;
  fail(row: JobRow, why: Explained): Promise<boolean>;
  /** Jobs checked at once. */
  concurrency?: number;
  /** A job never submitted after this long was interrupted (crash between reserve and submit). */
  pendingGraceMs?: number;
  /** A webhook job silent for this long is polled in case the webhook was lost. */
  webhookGraceMs?: number;
}

/** Creates the poller; `tick()` is one pass, `start()` runs passes until `stop()`. */
export function createJobPoller(deps: JobPollerDeps) {
  const concurrency = deps.concurrency ?? 4;
  const pendingGraceMs = deps.pendingGraceMs ?? 120_000;
  const webhookGraceMs = deps.webhookGraceMs ?? 60_000;
  const inFlight = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = true;

  async function tick(): Promise<void> {
    const now = Date.now();
    const stale = await deps.prisma.generationJob.findMany({
      where: { status: "pending", requestId: null, createdAt: { lt: new Date(now - pendingGraceMs) } },
      take: 100,
    });
    for (const row of stale) {
      await deps.fail(row, {
        reason: "service",
        text: "Your creation was interrupted before it started. Your credits were returned — please try again.",
      });
    }
    const rows = await deps.prisma.generationJob.findMany({
      where: {
        status: { in: ["queued", "running"] },
        requestId: { not: null },
        OR: [{ viaWebhook: false }, { updatedAt: { lt: new Date(now - webhookGraceMs) } }],
      },
      orderBy: { createdAt: "asc" },
      take: 200,
    });
    const queue = rows.filter((r) => !inFlight.has(r.id));
    const worker = async () => {
      for (let row = queue.shift(); row; row = queue.shift()) {
        inFlight.add(row.id);
        try {
          await deps.check(row);
        } catch (err) {
          deps.logger.warn({ err, job: row.id }, "job check failed");
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
      .catch((err) => deps.logger.warn({ err }, "poll pass failed"))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, deps.intervalMs);
      });
  };

  return {
    tick,
    start() {
      if (!stopped) return;
      stopped = false;
      loop();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
