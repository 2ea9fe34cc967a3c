/**
 * The intake as the app mounts it: the webhook route or long polling (with `setWebhook` /
 * `deleteWebhook` to match), the database watch that pauses intake while the database is down,
 * and the durable inbox behind both.
 */
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { BotContext } from "../bot/context.ts";
import { ALLOWED_UPDATES } from "../bot/create-bot.ts";
import type { Config } from "../config/config.ts";
import type { Database } from "../db/database.ts";
import { watchDatabase } from "../db/health.ts";
import type { InboxRepository } from "../db/inbox-repository.ts";
import { createWebhookHandler } from "../http/webhook.ts";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import { createIntake } from "./index.ts";

/** How long SIGTERM lets updates in progress finish before releasing them (main.ts exits at 25 s). */
const SHUTDOWN_GRACE_MS = 15_000;

/** The local paths the webhook is served on: WEBHOOK_PATH, and the path of WEBHOOK_URL if any. */
function webhookPaths(config: Config): string[] {
  const paths = new Set([config.webhookPath]);
  if (config.webhook) {
    const p = new URL(config.webhook.url).pathname;
    if (p && p !== "/") paths.add(p);
  }
  return [...paths];
}

export function createIntakeAdapter(deps: {
  config: Config;
  bot: Bot<BotContext>;
  db: Pick<Database, "ping" | "kind">;
  inbox: InboxRepository;
  logger: Logger;
  metrics: Metrics;
  dbWatchIntervalMs?: number;
  /** The dead-letter notice in the language of the update's sender. */
  deadLetterText: (update: Update) => Promise<string>;
}) {
  const { config, bot, logger } = deps;
  const mode = config.webhook ? "webhook" : "polling";
  const intake = createIntake({
    bot,
    inbox: deps.inbox,
    logger,
    metrics: deps.metrics,
    mode,
    allowedUpdates: ALLOWED_UPDATES,
    concurrency: config.intake.concurrency,
    leaseMs: config.intake.leaseMs,
    exclusive: deps.db.kind === "pglite",
    deadLetterText: deps.deadLetterText,
  });
  const watch = watchDatabase({
    ping: () => deps.db.ping(),
    logger,
    intervalMs: deps.dbWatchIntervalMs,
    onChange: (up) => void intake.pause(!up),
  });
  const webhookHandler = createWebhookHandler({
    secret: config.webhook?.secret ?? "",
    logger,
    dispatch: (u) => intake.accept(u),
    accepting: () => intake.accepting && watch.up,
  });

  return {
    watch,
    accept: intake.accept,
    /** Where the webhook route is mounted (none in polling mode). */
    webhookPaths: config.webhook ? webhookPaths(config) : [],
    webhookHandler,
    /** Points Telegram at this service (webhook or polling) and starts working the inbox. */
    async start(port: number): Promise<void> {
      if (config.webhook) {
        const url = new URL(config.webhook.url);
        if (url.pathname === "/" || url.pathname === "") url.pathname = config.webhookPath;
        await bot.api.setWebhook(url.toString(), {
          secret_token: config.webhook.secret,
          allowed_updates: [...ALLOWED_UPDATES],
        });
      } else {
        // Polling with a webhook set gets 409 Conflict; Telegram does not clear it by itself.
        await bot.api.deleteWebhook();
      }
      await intake.start(port);
    },
    stop: () => intake.stop(SHUTDOWN_GRACE_MS),
  };
}
