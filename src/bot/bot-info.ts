import { Api, GrammyError } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Config } from "../config/config.ts";
import type { Logger } from "../observability/logger.ts";

/**
 * getMe with its own deadline (an unreachable API otherwise waits out grammY's 500 s timeout) and
 * without the auto-retry of the bot's API: a refused token is final; a network error or a 5xx gets
 * two more tries.
 */
export async function fetchBotInfo(config: Config, logger: Logger): Promise<UserFromGetMe> {
  const api = new Api(config.botToken, { apiRoot: config.telegramApiRoot });
  for (let attempt = 1; ; attempt++) {
    try {
      return await api.getMe(AbortSignal.timeout(10_000) as Parameters<typeof api.getMe>[0]);
    } catch (err) {
      const final = attempt >= 3 || (err instanceof GrammyError && err.error_code < 500);
      if (final) {
        throw new Error(
          `cannot reach the Telegram Bot API at ${config.telegramApiRoot}: ${(err as Error).message}`,
        );
      }
      logger.warn({ err: (err as Error).message, attempt }, "Telegram Bot API not reachable yet; retrying");
      await new Promise((r) => setTimeout(r, 1000 * attempt));
    }
  }
}

/** Opens every resource, starts HTTP and Telegram intake, and returns the running app. */
