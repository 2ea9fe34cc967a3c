/**
 * The composition root as a function: config in, a running service out. main.ts calls it for
 * production, tests and benchmarks call it in-process. Resources are opened in dependency order
 * and closed in reverse.
 */
import { createApi } from "./api/index.ts";
import type { App, AppOptions } from "./app-types.ts";
import { fetchBotInfo } from "./bot/bot-info.ts";
import { publishCommands } from "./bot/commands.ts";
import { createBot } from "./bot/create-bot.ts";
import { cancelFeature } from "./bot/features/cancel.ts";
import { chatFeature } from "./bot/features/chat.ts";
import { coreFeature } from "./bot/features/core.ts";
import { creationButtons } from "./bot/features/creation-buttons.ts";
import { deadLettersFeature } from "./bot/features/dead-letters.ts";
import { createEngineFeatures } from "./bot/features/engines-setup.ts";
import { fallbackFeature } from "./bot/features/fallback.ts";
import { generationFeature } from "./bot/features/generation.ts";
import { startGenerationNotifier } from "./bot/features/generation-notifier.ts";
import { languageFeature } from "./bot/features/language.ts";
import { liveFeature } from "./bot/features/live.ts";
import { mediaFeature } from "./bot/features/media.ts";
import { mindFeature } from "./bot/features/mind.ts";
import { miniAppFeature } from "./bot/features/mini-app.ts";
import { createOutreach } from "./bot/features/outreach-setup.ts";
import { paymentsFeature } from "./bot/features/payments.ts";
import { privacyFeature } from "./bot/features/privacy.ts";
import { projectsFeature } from "./bot/features/projects.ts";
import { supportFeature } from "./bot/features/support.ts";
import { teamBuyButtons, teamPaymentsFeature } from "./bot/features/team-payments.ts";
import { teamBalanceLines, teamsFeature } from "./bot/features/teams.ts";
import { voiceFeature } from "./bot/features/voice.ts";
import { voiceRepliesFeature, voiceReplyHook } from "./bot/features/voice-replies.ts";
import { type Config, configSecrets } from "./config/config.ts";
import { createCreationsRepository } from "./db/creations-repository.ts";
import { createMediaGroupRepository } from "./db/media-group-repository.ts";
import { createSupportRepository } from "./db/support-repository.ts";
import { createVoiceReplyRepository } from "./db/voice-reply-repository.ts";
import { createFalWebhookHandler, createJwksCache, FAL_WEBHOOK_PATH } from "./http/fal-webhook.ts";
import { projectPageRoutes } from "./http/project-page.ts";
import { createHttpServer, type RouteHandler } from "./http/server.ts";
import { createI18n } from "./i18n/index.ts";
import { createIntakeAdapter } from "./intake/adapter.ts";
import { miniAppRoutes } from "./miniapp/routes.ts";
import { miniAppTelegram, miniAppUrl, setMenuButton } from "./miniapp/telegram.ts";
import { createLogger } from "./observability/logger.ts";
import { createMetrics } from "./observability/metrics.ts";
import { openRuntime } from "./runtime.ts";
import { createMediaServices } from "./services/media/index.ts";
import { createPrivacyService } from "./services/privacy.ts";
import { createSpeechToText, createVoiceNotes } from "./services/speech/index.ts";
import { createTextToSpeech, createVoiceReplies, warmUpCodecs } from "./services/speech/tts.ts";
import { createLiveStatus } from "./ws/index.ts";

export type { App, AppOptions } from "./app-types.ts";

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
    const live = createLiveStatus({
      config,
      cache,
      logger,
      metrics,
      i18n,
      // A Mini App sign-in may come before the user ever wrote to the bot: register them as an update would.
      onSignIn: async (u) => {
        await repo.upsertUser({
          id: u.id,
          firstName: u.first_name ?? "",
          username: u.username,
          languageCode: u.language_code,
        });
      },
      // Conversation over /ws: the private chat's turns, with Telegram's rate limit.
      chat: {
        chat,
        turns: runtime.turns,
        repo,
        cache,
        i18n,
        logger,
        metrics,
        rateLimitPerMinute: config.rateLimitPerMinute,
      },
    });
    const appUrl = miniAppUrl(config.publicUrl);
    // /synesthesia, /dream and /perspectives; the morning dreams of /dreams on come from the same service.
    const engines = createEngineFeatures({ config, runtime, i18n, logger });
    const outreach = createOutreach({
      config,
      runtime,
      i18n,
      logger,
      clock: options.clock,
      dreams: (user, now) => engines.dreamSource(user, now),
    });
    // Voice replies (/voice): the speaker, the per-turn records and the choices.
    const voiceStore = createVoiceReplyRepository(db, cache);
    const tts = createTextToSpeech(config, runtime.catalog.tts);
    const voiceReplyDeps = {
      replies: createVoiceReplies({
        tts,
        ledger: runtime.credits,
        store: voiceStore,
        creditsPer500: config.voice.ttsCreditsPer500,
        voices: config.voice.ttsVoices,
        logger,
      }),
      prefs: voiceStore,
      texts: voiceStore,
      personaId: async (userId: number, chatId: number) => (await runtime.mind.persona(userId, chatId)).id,
    };
    const voiceReplies = voiceReplyHook(voiceReplyDeps);
    // The Opus encoder's WASM compiles in the background, not on the first voice reply.
    if (tts) void warmUpCodecs().catch((err) => logger.warn({ err }, "the Opus encoder did not load"));

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
        miniAppFeature({ appUrl }),
        coreFeature({ repo, chat, llmModel: llm ? config.llm!.model : null, appUrl }),
        // After core, which passes invitation links (/start join_…) on; before payments, which
        // declines invoices it does not know (a team's).
        teamsFeature({ teams: runtime.teams }),
        teamPaymentsFeature({ teams: runtime.teams, payments: runtime.payments }),
        projectsFeature({
          teams: runtime.teams,
          generation: runtime.generation,
          catalog: runtime.catalog,
          publicUrl: config.publicUrl,
        }),
        languageFeature({ i18n, store: repo }),
        cancelFeature({ turns: runtime.turns }),
        mindFeature({ mind: runtime.mind }),
        privacyFeature({
          privacy: createPrivacyService({ prisma: db.prisma, cache, ledger: runtime.credits }),
        }),
        liveFeature({ issueToken: (id) => live.tokens.issue(id), bus: cache, adminIds: config.adminIds }),
        paymentsFeature({
          payments: runtime.payments,
          ledger: runtime.credits,
          generation: runtime.generation,
          adminIds: config.adminIds,
          deadLetters: runtime.inbox.deadLetters,
          moreBuyButtons: (ctx) => teamBuyButtons(runtime.teams, ctx),
        }),
        deadLettersFeature({ deadLetters: runtime.inbox.deadLetters, adminIds: config.adminIds }),
        // Before chat: the answer to its time-zone question must not reach the chat.
        outreach.feature,
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
          balanceLines: (ctx) => teamBalanceLines(runtime.teams, ctx),
          // What chatting costs, listed by /models after the models (each label takes $credits).
          // Voice replies are listed only where a speaker is configured.
          servicePrices: [
            { labelKey: "gen-service-stt", credits: config.voice.sttCredits },
            ...(tts ? [{ labelKey: "gen-service-tts", credits: config.voice.ttsCreditsPer500 }] : []),
            { labelKey: "gen-service-vision", credits: config.media.visionCredits },
            { labelKey: "gen-service-documents", credits: config.media.documentCredits },
          ],
        }),
        // Before the chat feature: the 🎨 button goes under a reply once the chat feature sent it.
        ...engines.features,
        voiceRepliesFeature(voiceReplyDeps),
        chatFeature({ chat, turns: runtime.turns, streamIntervalMs: options.streamIntervalMs, voiceReplies }),
        // Before the fallback, which would otherwise answer notes with "can't listen".
        voiceFeature({
          chat,
          turns: runtime.turns,
          streamIntervalMs: options.streamIntervalMs,
          voiceReplies,
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
        // Before the fallback, which would otherwise answer photos and files with "I can't".
        mediaFeature({
          chat,
          turns: runtime.turns,
          streamIntervalMs: options.streamIntervalMs,
          voiceReplies,
          ...createMediaServices(config, {
            ledger: runtime.credits,
            mind: runtime.mind,
            vision: runtime.catalog.vision,
            logger,
          }),
          albums: createMediaGroupRepository(db),
          albumWaitMs: config.media.albumWaitMs,
          canConverse: llm !== null,
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
    const routes: Record<string, RouteHandler> = {
      ...live.routes,
      ...projectPageRoutes({ page: (token) => runtime.teams.projects.page(token), i18n }),
      // The Mini App's page and bundle, and the REST API it reads (same tokens as /ws).
      ...miniAppRoutes({ i18n, publicUrl: config.publicUrl }),
      ...createApi({
        verify: (token) => live.verify(token),
        cache,
        services: {
          version: config.version,
          botUsername: bot.botInfo.username,
          mind: runtime.mind,
          repo,
          ledger: runtime.credits,
          generation: runtime.generation,
          catalog: runtime.catalog,
          creations: createCreationsRepository(db.prisma),
          i18n,
          telegram: miniAppTelegram(() => bot.api, logger),
        },
        teams: { teams: runtime.teams, publicUrl: config.publicUrl },
      }),
    };
    const notifier = await startGenerationNotifier({
      bus: cache,
      api: () => bot.api,
      logger,
      delivered: (jobId) => runtime.generation.markDelivered(jobId),
      i18n,
      resultButtons: creationButtons,
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
    // Scheduled outreach starts once updates flow; it stops first, giving back its jobs' leases.
    await outreach.start(port);
    closers.push(["outreach scheduler", () => outreach.stop()]);
    // Resumes jobs left unfinished by a previous run, then keeps polling.
    runtime.generation.start();
    // The command menu and profile are cosmetic: not worth a round trip before the service is
    // ready, and a failure is logged, never fatal.
    void publishCommands(bot.api, i18n, logger).catch((err) =>
      logger.warn({ err: (err as Error).message }, "publishing the command menu failed"),
    );
    if (appUrl) void setMenuButton(bot.api, appUrl, i18n.t("en")("app-menu-button"), logger);

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
      outreach,
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
