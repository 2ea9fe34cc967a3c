/**
 * The composition root as a function: config in, a running service out. main.ts calls it for
 * production, tests and benchmarks call it in-process. Resources are opened in dependency order
 * and closed in reverse.
 */
import { Api, GrammyError } from "grammy";
import type { Update, UserFromGetMe } from "grammy/types";
import { publishCommands } from "./bot/commands.ts";
import { createBot } from "./bot/create-bot.ts";
import { cancelFeature } from "./bot/features/cancel.ts";
import { chatFeature } from "./bot/features/chat.ts";
import { coreFeature } from "./bot/features/core.ts";
import { deadLettersFeature } from "./bot/features/dead-letters.ts";
import { fallbackFeature } from "./bot/features/fallback.ts";
import { generationFeature } from "./bot/features/generation.ts";
import { startGenerationNotifier } from "./bot/features/generation-notifier.ts";
import { languageFeature } from "./bot/features/language.ts";
import { liveFeature } from "./bot/features/live.ts";
import { mindFeature } from "./bot/features/mind.ts";
import { paymentsFeature } from "./bot/features/payments.ts";
import { privacyFeature } from "./bot/features/privacy.ts";
import { supportFeature } from "./bot/features/support.ts";
import { voiceFeature } from "./bot/features/voice.ts";
import type { CacheBus } from "./cache/types.ts";
import { type Config, configSecrets } from "./config/config.ts";
import type { Database } from "./db/database.ts";
import type { EmbeddedPostgres } from "./db/embedded.ts";
import { createSupportRepository } from "./db/support-repository.ts";
import type { LlmProvider } from "./engines/dialogue/types.ts";
import { createFalWebhookHandler, createJwksCache, FAL_WEBHOOK_PATH } from "./http/fal-webhook.ts";
import { createHttpServer, type RouteHandler } from "./http/server.ts";
import { createI18n } from "./i18n/index.ts";
import { createIntakeAdapter } from "./intake/adapter.ts";
import { createLogger, type Logger } from "./observability/logger.ts";
import { createMetrics, type Metrics } from "./observability/metrics.ts";
import { openRuntime, type Runtime } from "./runtime.ts";
import { createPrivacyService } from "./services/privacy.ts";
import { createSpeechToText, createVoiceNotes } from "./services/speech/index.ts";
import { createLiveStatus, type LiveStatus } from "./ws/index.ts";

export interface AppOptions {
  logger?: Logger;
  metrics?: Metrics;
  /** Preset bot info skips getMe (tests and benchmarks). */
  botInfo?: UserFromGetMe;
  /** Stream throttles, shortened in tests. */
  streamIntervalMs?: { draft?: number; edit?: number };
  /** An LLM provider to use instead of the configured one (benchmarks). */
  llm?: LlmProvider;
  /** The embedded database, already starting (see main.ts). */
  embedded?: EmbeddedPostgres;
  /** How often the database is pinged to pause intake while it is down (default 1000 ms). */
  dbWatchIntervalMs?: number;
}

export interface App {
  config: Config;
  runtime: Runtime;
  logger: Logger;
  metrics: Metrics;
  db: Database;
  cache: CacheBus;
  /** The live-status WebSocket feature (tokens, /ws, /live-status). */
  live: LiveStatus;
  port: number;
  mode: "webhook" | "polling";
  /** Takes one update as if it came from Telegram (the webhook path without HTTP): resolves once
   * it is stored; it is worked like any other. */
  handleUpdate(update: Update): Promise<void>;
  stop(): Promise<void>;
}

/**
 * getMe with its own deadline (an unreachable API otherwise waits out grammY's 500 s timeout) and
 * without the auto-retry of the bot's API: a refused token is final; a network error or a 5xx gets
 * two more tries.
 */
async function fetchBotInfo(config: Config, logger: Logger): Promise<UserFromGetMe> {
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
export async function startApp(config: Config, options: AppOptions = {}): Promise<App> {
  const logger = options.logger ?? createLogger({ level: config.logLevel, secrets: configSecrets(config) });
  const metrics = options.metrics ?? createMetrics();
  const closers: [string, () => Promise<void>][] = [];
  const closeAll = async () => {
    for (const [name, close] of closers.reverse()) {
      await close().catch((err) => logger.warn({ err, resource: name }, "close failed"));
    }
    closers.length = 0;
  };

  try {
    // Asking Telegram who the bot is takes a round trip; it runs while the database opens.
    const botInfo = options.botInfo ? Promise.resolve(options.botInfo) : fetchBotInfo(config, logger);
    botInfo.catch(() => {}); // awaited below, after the runtime is open
    const runtime = await openRuntime(config, logger, metrics, {
      llm: options.llm,
      embedded: options.embedded,
    });
    closers.push(["runtime", () => runtime.close()]);
    metrics.bindDeadLetters(() => runtime.inbox.deadLetters.count());
    const { db, cache, llm, repo, chat } = runtime;
    // The chosen languages live beside the users and chats they belong to.
    const i18n = createI18n({ store: repo, logger });
    const live = createLiveStatus({ config, cache, logger, metrics, i18n });

    const bot = createBot({
      token: config.botToken,
      apiRoot: config.telegramApiRoot,
      logger,
      metrics,
      cache,
      rateLimitPerMinute: config.rateLimitPerMinute,
      i18n,
      botInfo: await botInfo,
      features: [
        coreFeature({ repo, chat, llmModel: llm ? config.llm!.model : null }),
        languageFeature({ i18n, store: repo }),
        cancelFeature({ turns: runtime.turns }),
        mindFeature({ mind: runtime.mind }),
        privacyFeature({ privacy: createPrivacyService({ prisma: db.prisma, cache }) }),
        liveFeature({ issueToken: (id) => live.tokens.issue(id), bus: cache, adminIds: config.adminIds }),
        paymentsFeature({
          payments: runtime.payments,
          ledger: runtime.credits,
          generation: runtime.generation,
          adminIds: config.adminIds,
          deadLetters: runtime.inbox.deadLetters,
        }),
        deadLettersFeature({ deadLetters: runtime.inbox.deadLetters, adminIds: config.adminIds }),
        // Before generation and chat: a message meant for support must not reach them.
        supportFeature({ support: createSupportRepository(db, { cache }), i18n, adminIds: config.adminIds }),
        // Before the chat feature: it offers natural requests ("draw me a fox") as /imagine.
        generationFeature({
          generation: runtime.generation,
          ledger: runtime.credits,
          catalog: runtime.catalog,
          prefs: runtime.generationPrefs,
          cache,
          fileUrl: (p) => `${config.telegramApiRoot}/file/bot${config.botToken}/${p}`,
          // What chatting costs, listed by /models after the models (each label takes $credits).
          // Still to add as their settings land: voice replies per started 500 characters
          // ({ labelKey: "gen-service-tts", credits: config.voice.ttsCreditsPer500 }) and photo
          // understanding ({ labelKey: "gen-service-vision", credits: <vision credits> }).
          servicePrices: [{ labelKey: "gen-service-stt", credits: config.voice.sttCredits }],
        }),
        chatFeature({ chat, turns: runtime.turns, streamIntervalMs: options.streamIntervalMs }),
        // Before the fallback, which would otherwise answer notes with "can't listen".
        voiceFeature({
          chat,
          turns: runtime.turns,
          streamIntervalMs: options.streamIntervalMs,
          voice: createVoiceNotes({
            stt: createSpeechToText(config, runtime.catalog.stt),
            ledger: runtime.credits,
            credits: config.voice.sttCredits,
            maxSeconds: config.voice.maxSeconds,
            logger,
          }),
          prefs: repo,
          fileUrl: (p) => `${config.telegramApiRoot}/file/bot${config.botToken}/${p}`,
        }),
        fallbackFeature(),
      ],
    });

    const mode = config.webhook ? "webhook" : "polling";
    const intake = createIntakeAdapter({
      config,
      bot,
      db,
      inbox: runtime.inbox,
      logger,
      metrics,
      dbWatchIntervalMs: options.dbWatchIntervalMs,
      deadLetterText: async (update) => {
        const from = (update.message ?? update.callback_query)?.from;
        const chat = update.message?.chat ?? update.callback_query?.message?.chat;
        const locale = await i18n.localeFor({
          userId: from?.id,
          chatId: chat?.id,
          chatType: chat?.type,
          languageCode: from?.language_code,
        });
        return i18n.t(locale)("dead-letter-notice");
      },
    });
    closers.push(["database watch", async () => intake.watch.stop()]);
    const routes: Record<string, RouteHandler> = { ...live.routes };
    const notifier = await startGenerationNotifier({
      bus: cache,
      api: () => bot.api,
      logger,
      delivered: (jobId) => runtime.generation.markDelivered(jobId),
      i18n,
    });
    closers.push(["generation notifier", () => notifier.close()]);
    if (config.publicUrl) {
      routes[`POST ${FAL_WEBHOOK_PATH}`] = createFalWebhookHandler({
        jwks: createJwksCache(config.generation.jwksUrl),
        handle: (body, jobId) => runtime.generation.handleWebhook(body, jobId),
      });
    }
    for (const path of intake.webhookPaths) routes[`POST ${path}`] = intake.webhookHandler;
    const http = createHttpServer({
      logger,
      metrics,
      version: config.version,
      mode: () => ({
        mode,
        database: db.kind,
        cache: cache.kind,
        llm: llm ? { provider: llm.name, model: config.llm!.model } : { provider: "offline" },
        bot: bot.botInfo.username,
      }),
      dependencies: [
        { name: "database", check: () => db.ping() },
        { name: "cache", check: () => cache.ping(), status: () => cache.status?.() ?? "ok" },
      ],
      routes,
      metricsToken: config.metricsToken,
      publicUrl: config.publicUrl,
      trustProxy: config.trustProxy,
    });
    const port = await http.listen(config.port, config.host);
    closers.push(["http", () => http.close()]);
    await live.start(http.server, port);
    // Closed before the HTTP server, so clients get a 1001 instead of a dropped socket.
    closers.push(["live status", () => live.close()]);

    await intake.start(port);
    closers.push(["telegram intake", () => intake.stop()]);
    // Resumes jobs left unfinished by a previous run, then keeps polling.
    runtime.generation.start();
    // The command menu and profile are cosmetic: not worth a round trip before the service is
    // ready, and a failure is logged, never fatal.
    void publishCommands(bot.api, i18n, logger).catch((err) =>
      logger.warn({ err: (err as Error).message }, "publishing the command menu failed"),
    );

    logger.info(
      {
        port,
        mode,
        database: db.kind,
        cache: cache.kind,
        llm: llm ? config.llm!.model : "offline",
        bot: bot.botInfo.username,
      },
      "velro is ready",
    );
    return {
      config,
      runtime,
      logger,
      metrics,
      db,
      cache,
      live,
      port,
      mode,
      handleUpdate: (update) => intake.accept(update),
      async stop() {
        logger.info("shutting down");
        await closeAll();
        logger.info("stopped");
      },
    };
  } catch (err) {
    await closeAll();
    throw err;
  }
}
