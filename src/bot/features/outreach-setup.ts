/**
 * Puts reaching out together for the composition root: the job and settings repositories, the
 * outreach service and composer, the sender (its own Bot API client, without the bot's automatic
 * 429 retry, so a flood wait reschedules the job instead of holding a worker for minutes), the
 * scheduler with a handler per kind, and the bot feature. `start(port)` runs the scheduler once the
 * intake runs; `stop()` lets its jobs finish within the grace period and gives back their leases.
 */
import http from "node:http";
import https from "node:https";
import { Api } from "grammy";
import type { Config } from "../../config/config.ts";
import { createOutreachRepository } from "../../db/outreach-repository.ts";
import { createScheduleRepository } from "../../db/schedule-repository.ts";
import type { BotI18n } from "../../i18n/index.ts";
import type { Logger } from "../../observability/logger.ts";
import type { Runtime } from "../../runtime.ts";
import { createScheduler } from "../../scheduler/scheduler.ts";
import { createSender } from "../../scheduler/sender.ts";
import { createOutreachComposer } from "../../services/outreach/compose.ts";
import { createOutreachService } from "../../services/outreach/outreach-service.ts";
import { outreachFeature } from "./outreach.ts";
import { type DreamSource, outreachJobs } from "./outreach-jobs.ts";

/** How long a stopping instance waits for scheduled sends in progress. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface OutreachSetupDeps {
  config: Config;
  runtime: Pick<Runtime, "db" | "cache" | "llm" | "mind" | "repo">;
  i18n: BotI18n;
  logger: Logger;
  /** The scheduler's clock (tests move it). */
  clock?: () => number;
  dreams?: DreamSource;
}

/** Creates everything reaching out needs; nothing runs until `start`. */
export function createOutreach(deps: OutreachSetupDeps) {
  const { config, runtime, logger } = deps;
  const clock = deps.clock ?? Date.now;
  const jobs = createScheduleRepository(runtime.db, { leaseMs: config.outreach.leaseMs });
  const settings = createOutreachRepository(runtime.db);
  const service = createOutreachService({ jobs, settings, clock });
  const composer = createOutreachComposer({ mind: runtime.mind, settings, llm: runtime.llm, logger });
  // Keep-alive: the request leaves on an open connection right after the send is recorded, which
  // keeps the moment between the two (see schedule-repository.ts) as short as it can be.
  const agent = config.telegramApiRoot.startsWith("https:")
    ? new https.Agent({ keepAlive: true })
    : new http.Agent({ keepAlive: true });
  const api = new Api(config.botToken, {
    apiRoot: config.telegramApiRoot,
    timeoutSeconds: 30,
    baseFetchConfig: { agent },
  });
  const scheduler = createScheduler({
    jobs,
    sender: createSender({ api, cache: runtime.cache, perSecond: config.outreach.maxPerSecond }),
    handlers: outreachJobs({
      service,
      composer,
      store: settings,
      repo: runtime.repo,
      i18n: deps.i18n,
      logger,
      dreams: deps.dreams,
    }),
    onBlocked: (userId) => service.block(userId),
    logger,
    clock,
    exclusive: runtime.db.kind === "pglite",
    pollMs: config.outreach.pollMs,
  });
  return {
    feature: outreachFeature({ service }),
    service,
    scheduler,
    jobs,
    start: (port: number) => scheduler.start(port),
    async stop(): Promise<void> {
      await scheduler.stop(SHUTDOWN_GRACE_MS);
      agent.destroy();
    },
  };
}

export type Outreach = ReturnType<typeof createOutreach>;
