/**
 * The whole app on the fake Bot API (and optionally fake LLM/FAL), like test/helpers/harness.ts,
 * but with a logger that records every line at trace level through the production scrubber, so
 * tests can assert what reaches the logs.
 */
import { type App, startApp } from "../../src/app.ts";
import { configSecrets, createConfig } from "../../src/config/config.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { type FakeTelegram, startFakeTelegram } from "../fakes/telegram-server.ts";
import { testEnv } from "../helpers/env.ts";
import { freePort } from "../helpers/harness.ts";

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

/** Starts fake Telegram and the app in webhook mode with a recording logger. */
export async function startProdStack(
  options: { env?: Record<string, string | undefined>; tg?: FakeTelegram; mode?: "webhook" | "polling" } = {},
): Promise<ProdStack> {
  const tg = options.tg ?? (await startFakeTelegram());
  const port = await freePort();
  const webhook = (options.mode ?? "webhook") === "webhook";
  const env = await testEnv({
    BOT_TOKEN: tg.token,
    TELEGRAM_API_ROOT: tg.apiRoot,
    PORT: String(port),
    JWT_SECRET: "jwt-secret-for-tests-0123456789abcdef",
    ...(webhook ? { WEBHOOK_URL: `http://127.0.0.1:${port}/telegram/webhook`, WEBHOOK_SECRET } : {}),
    ...options.env,
  });
  const config = createConfig(env, "test");
  const lines: string[] = [];
  const logger = createLogger({
    level: "trace",
    secrets: configSecrets(config),
    destination: { write: (line: string) => void lines.push(line) },
  });
  const app = await startApp(config, { logger, streamIntervalMs: { draft: 20, edit: 60 } });
  const base = `http://127.0.0.1:${app.port}`;
  return {
    tg,
    app,
    base,
    lines,
    env,
    postWebhook: (body, headers = {}) =>
      fetch(`${base}/telegram/webhook`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-telegram-bot-api-secret-token": WEBHOOK_SECRET,
          ...headers,
        },
        body,
      }),
    async stop() {
      await app.stop();
      if (!options.tg) await tg.close();
    },
  };
}
