/**
 * Cross-cutting middleware: per-update logger and metrics, and the per-user rate limit.
 */
import type { MiddlewareFn } from "grammy";
import type { CacheBus } from "../cache/types.ts";
import { updateCorrelationId, withCorrelation } from "../observability/correlation.ts";
import type { Logger } from "../observability/logger.ts";
import type { Metrics } from "../observability/metrics.ts";
import type { BotContext } from "./context.ts";

const UPDATE_TYPES = [
  "message",
  "edited_message",
  "callback_query",
  "pre_checkout_query",
  "my_chat_member",
  "chat_member",
  "channel_post",
  "edited_channel_post",
  "inline_query",
  "message_reaction",
] as const;

/** The update's type as a bounded metric label. */
export function updateType(update: object): string {
  for (const t of UPDATE_TYPES) if (t in update) return t;
  return "other";
}

/**
 * Attaches `ctx.log`, records received/handled/failed counts and handler latency, and runs the rest
 * of the chain with the update's correlation id (`upd-<update_id>`, logged as `cid`).
 */
export function observeUpdates(logger: Logger, metrics: Metrics): MiddlewareFn<BotContext> {
  return (ctx, next) => withCorrelation(updateCorrelationId(ctx.update.update_id), () => observe(ctx, next));
  async function observe(ctx: BotContext, next: () => Promise<void>): Promise<void> {
    const type = updateType(ctx.update);
    ctx.log = logger.child({ update_id: ctx.update.update_id, chat_id: ctx.chat?.id, type });
    metrics.updatesReceived.inc({ type });
    const end = metrics.handlerSeconds.startTimer({ type });
    try {
      await next();
      metrics.updatesHandled.inc({ type });
    } catch (err) {
      metrics.updatesFailed.inc({ type });
      throw err;
    } finally {
      end();
    }
  }
}

/**
 * At most `perMinute` messages per user per minute. The first refusal in a window gets a friendly
 * reply; further ones are dropped silently so a flood does not turn into a reply flood.
 */
export function rateLimitMessages(
  cache: CacheBus,
  metrics: Metrics,
  perMinute: number,
): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const userId = ctx.from?.id;
    if (!ctx.message || userId === undefined) return next();
    const result = await cache.rateLimit(`rl:${userId}`, perMinute, 60_000);
    if (result.allowed) return next();
    metrics.rateLimited.inc();
    ctx.log.info({ user_id: userId, retry_after_ms: result.retryAfterMs }, "rate limited");
    if (await cache.claim(`rl-notice:${userId}`, Math.max(1_000, result.retryAfterMs))) {
      const seconds = Math.ceil(result.retryAfterMs / 1000);
      await ctx.reply(ctx.t("rate-limited", { seconds }));
    }
  };
}
