/**
 * Builds the grammY bot: API transformers, cross-cutting middleware and the features. Ordering per
 * chat and de-duplication by update_id belong to the durable intake (src/intake), which feeds this
 * bot one stored update at a time; a handler's error propagates to the intake, which retries the
 * update and, after its last try, tells the user and keeps it as a dead letter.
 */
import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, type Composer, type MiddlewareFn } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { CacheBus } from "../cache/types.ts";
import type { BotI18n } from "../i18n/index.ts";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import type { BotContext } from "./context.ts";
import "./fast-branch.ts";
import { flushTrackingAgent } from "./flush-agent.ts";
import { observeUpdates, rateLimitMessages } from "./middleware.ts";

export interface CreateBotDeps {
  token: string;
  apiRoot: string;
  logger: Logger;
  metrics: Metrics;
  cache: CacheBus;
  rateLimitPerMinute: number;
  /** The languages: gives every handler `ctx.t` in the update's language. */
  i18n: BotI18n;
  /** Features in order; the fallback goes last. */
  features: Composer<BotContext>[];
  /** Preset bot info (tests, benchmarks) to skip getMe. */
  botInfo?: UserFromGetMe;
  /** Outermost middleware. */
  before?: MiddlewareFn<BotContext>[];
}

/** Update kinds the bot subscribes to. */
export const ALLOWED_UPDATES = [
  "message",
  "edited_message",
  "callback_query",
  "pre_checkout_query",
  "my_chat_member",
  "stopped_message_generation",
] as const;

/** Creates the bot with every feature installed. */
export function createBot(deps: CreateBotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.token, {
    // The agent tells the send ledger when a request has left the process (see flush-agent.ts).
    client: { apiRoot: deps.apiRoot, baseFetchConfig: { agent: flushTrackingAgent(deps.apiRoot) } },
    botInfo: deps.botInfo,
  });
  // 429s wait for retry_after; 5xx and network errors back off. Bounded, so a dead API fails.
  // getMe is exempt: it runs at start-up, where a wrong token or an unreachable API must fail in
  // seconds with a clear message instead of backing off for minutes (the app retries it briefly).
  const retry = autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 120 });
  bot.api.config.use((prev, method, payload, signal) =>
    method === "getMe" ? prev(method, payload, signal) : retry(prev, method, payload, signal),
  );

  for (const m of deps.before ?? []) bot.use(m);
  bot.use(observeUpdates(deps.logger, deps.metrics));
  bot.use(deps.i18n.i18n.middleware() as MiddlewareFn<BotContext>);
  bot.use(rateLimitMessages(deps.cache, deps.metrics, deps.rateLimitPerMinute));
  for (const feature of deps.features) bot.use(feature);
  return bot;
}
