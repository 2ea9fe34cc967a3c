/**
 * The harness (test/helpers/harness.ts) in the shape the production tests use: webhook mode by
 * default, every log line recorded at trace level through the production scrubber, and a helper
 * that POSTs raw bodies to the webhook.
 */
import type { App } from "../../src/app.ts";
import type { FakeTelegram } from "../fakes/telegram-server.ts";
import { startHarness } from "../helpers/harness.ts";

export const WEBHOOK_SECRET = "prod_secret-abc123";

export interface ProdStack {
  tg: FakeTelegram;
  app: App;
  base: string;
  /** Every log line written so far (raw JSON text). */
  lines: string[];
  env: Record<string, string | undefined>;
  /** POSTs a raw body to the webhook with the right secret. */
  postWebhook(body: string | Buffer, headers?: Record<string, string>): Promise<Response>;
  stop(): Promise<void>;
}

/** Starts fake Telegram and the app (webhook mode by default) with a recording logger. */
export async function startProdStack(
  options: { env?: Record<string, string | undefined>; tg?: FakeTelegram; mode?: "webhook" | "polling" } = {},
): Promise<ProdStack> {
  const h = await startHarness({
    tg: options.tg,
    mode: options.mode ?? "webhook",
    recordLogs: true,
    env: {
      JWT_SECRET: "jwt-secret-for-tests-0123456789abcdef",
      ...((options.mode ?? "webhook") === "webhook" ? { WEBHOOK_SECRET } : {}),
      ...options.env,
    },
  });
  return {
    tg: h.tg,
    app: h.app,
    base: h.base,
    lines: h.lines,
    env: h.env,
    postWebhook: (body, headers = {}) =>
      fetch(`${h.base}/telegram/webhook`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-telegram-bot-api-secret-token": WEBHOOK_SECRET,
          ...headers,
        },
        body,
      }),
    stop: () => h.stop({ keepTelegram: Boolean(options.tg) }),
  };
}
