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
import { type DreamSource, type Illustrate, outreachJobs } from "./outreach-jobs.ts";

/** How long a stopping instance waits for scheduled sends in progress. */
const SHUTDOWN_GRACE_MS = 10_000;

export interface OutreachSetupDeps {
  config: Config;
  runtime: Pick<
    Runtime,
    "db" | "cache" | "llm" | "mind" | "repo" | "generation" | "generationPrefs" | "catalog"
  >;
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
  // An illustrated dream is an ordinary image creation: the user's image model (or the cheapest),
  // charged and delivered by the generation service like /imagine.
  const illustrate: Illustrate = async (req) => {
    const chosen = runtime.catalog.get((await runtime.generationPrefs.get(req.userId)).imageModel ?? "");
    const images = runtime.catalog.choices("image");
    const model =
      chosen && images.includes(chosen) ? chosen : [...images].sort((a, b) => a.credits - b.credits)[0];
    if (!model) return;
    const outcome = await runtime.generation.request({
      userId: req.userId,
      chatId: req.chatId,
      kind: "image",
      modelKey: model.key,
      prompt: req.prompt,
      idempotencyKey: req.key,
    });
    if (outcome.type === "refused")
      logger.info({ user_id: req.userId, reason: outcome.reason }, "no picture for the dream");
  };
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
      illustrate,
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
