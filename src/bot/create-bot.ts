/**
 * Builds the grammY bot: API transformers, cross-cutting middleware and the features, with an error
 * boundary so a failing handler answers the user and logs instead of breaking the update loop.
 */
import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type BotError, type Composer, type MiddlewareFn } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { CacheBus } from "../cache/types.ts";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import type { BotContext } from "./context.ts";
import { dedupeUpdates, observeUpdates, rateLimitMessages } from "./middleware.ts";

export interface CreateBotDeps {
  token: string;
  apiRoot: string;
  logger: Logger;
  metrics: Metrics;
  cache: CacheBus;
  rateLimitPerMinute: number;
  /** Features in order; the fallback goes last. */
  features: Composer<BotContext>[];
  /** Preset bot info (tests, benchmarks) to skip getMe. */
  botInfo?: UserFromGetMe;
  /** Outermost middleware, e.g. the in-flight tracker used by graceful shutdown. */
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

/** The key that keeps one chat's updates in order while different chats run concurrently. */
export const chatKey = (ctx: BotContext) => (ctx.chat?.id ?? ctx.from?.id)?.toString();

/** Creates the bot with every feature installed. */
export function createBot(deps: CreateBotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.token, {
    client: { apiRoot: deps.apiRoot },
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
  bot.use(dedupeUpdates(deps.cache, deps.metrics));
  bot.use(sequentialize(chatKey));
  bot.use(rateLimitMessages(deps.cache, deps.metrics, deps.rateLimitPerMinute));

  const onFeatureError = async (err: BotError<BotContext>) => {
    const ctx = err.ctx;
    (ctx.log ?? deps.logger).error({ err: err.error }, "update handler failed");
    if (ctx.chat && (ctx.message || ctx.callbackQuery)) {
      await ctx.api
        .sendMessage(ctx.chat.id, "😕 Sorry, something went wrong on my side. Please try again in a moment.")
        .catch(() => {});
    }
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
  };
  bot.errorBoundary(onFeatureError, ...deps.features);

  bot.catch((err) => {
    (err.ctx.log ?? deps.logger).error({ err: err.error }, "update failed outside the features");
  });
  return bot;
}
