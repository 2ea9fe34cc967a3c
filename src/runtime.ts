/**
 * The shared core of every entry point (service, terminal chat, benchmarks): database, cache/bus,
 * LLM, engines and services, opened in dependency order with a matching close.
 */
import path from "node:path";
import { createMemoryCacheBus, createRedisCacheBus } from "./cache/index.ts";
import { countCacheHits, createResilientCacheBus } from "./cache/resilient.ts";
import type { CacheBus } from "./cache/types.ts";
import type { Config } from "./config/config.ts";
import { type ChatRepository, createChatRepository } from "./db/chat-repository.ts";
import { type Database, openDatabase } from "./db/database.ts";
import type { EmbeddedPostgres } from "./db/embedded.ts";
import { createInboxRepository, type InboxRepository } from "./db/inbox-repository.ts";
import { createMindRepository } from "./db/mind-repository.ts";
import { createMoodHistoryRepository } from "./db/mood-history-repository.ts";
import { openSendJournal } from "./db/send-journal.ts";
import {
  createDialogue,
  createOpenAiProvider,
  type Dialogue,
  type LlmProvider,
} from "./engines/dialogue/index.ts";
import { createEmotionEngine } from "./engines/emotion/index.ts";
import { type Catalog, createCatalog } from "./engines/generation/catalog.ts";
import type { Logger } from "./observability/logger.ts";
import type { Metrics } from "./observability/metrics.ts";
import { type ChatService, createChatService } from "./services/chat-service.ts";
import { type CreditsLedger, createCreditsLedger, isTeamAccount } from "./services/credits/ledger.ts";
import { createPaymentsService, type PaymentsService } from "./services/credits/payments.ts";
import { createEmotionClassifier } from "./services/emotion-classifier.ts";
import { publishEvent } from "./services/events.ts";
import { createFalGateway } from "./services/generation/fal-gateway.ts";
import { createPreferenceStore, type PreferenceStore } from "./services/generation/preferences.ts";
import { createGenerationService, type GenerationService } from "./services/generation/service.ts";
import { createMemoryStore } from "./services/memory-store.ts";
import { createMindService, type MindService } from "./services/mind-service.ts";
import { createMindStateStore } from "./services/mind-state.ts";
import { createResilientDialogue, createResilientFalGateway } from "./services/resilience.ts";
import { createTeamsService, type TeamsService } from "./services/teams/index.ts";
import { openTurnControl, type TurnControl } from "./services/turn-control.ts";

export interface Runtime {
  db: Database;
  cache: CacheBus;
  llm: LlmProvider | null;
  dialogue: Dialogue;
  repo: ChatRepository;
  /** The durable intake's storage: stored updates, recorded sends, dead letters. */
  inbox: InboxRepository;
  chat: ChatService;
  /** Replies being written, and stopping them from any instance. */
  turns: TurnControl;
  mind: MindService;
  catalog: Catalog;
  credits: CreditsLedger;
  payments: PaymentsService;
  /** Teams, their shared credit pools, linked groups and projects. */
  teams: TeamsService;
  generation: GenerationService;
  generationPrefs: PreferenceStore;
  /** One line for /help saying where replies come from. */
  modeLine: string;
  /** Closes everything opened, in reverse order. */
  close(): Promise<void>;
}

/** Opens the runtime; on failure closes whatever was already opened. */
export async function openRuntime(
  config: Config,
  logger: Logger,
  metrics?: Metrics,
  overrides: { llm?: LlmProvider; embedded?: EmbeddedPostgres } = {},
): Promise<Runtime> {
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch((err) => logger.warn({ err }, "close failed"));
    closers.length = 0;
  };
  try {
    const db = await openDatabase({
      embedded: overrides.embedded,
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      logger,
      metrics,
    });
    closers.push(() => db.close());
    const cache = config.redisUrl
      ? createResilientCacheBus({
          primary: await createRedisCacheBus({ url: config.redisUrl, logger, keyPrefix: config.redisPrefix }),
          fallback: createMemoryCacheBus(),
          logger,
          metrics,
        })
      : countCacheHits(createMemoryCacheBus(), metrics);
    closers.push(() => cache.close());

    const llm = overrides.llm
      ? overrides.llm
      : config.llm
        ? createOpenAiProvider({
            baseUrl: config.llm.baseUrl,
            apiKey: config.llm.apiKey,
            model: config.llm.model,
            authScheme: config.llm.authScheme,
            timeoutMs: config.llm.timeoutMs,
            maxTokensParam: config.llm.maxTokensParam,
          })
        : null;
    if (!llm) {
      logger.warn(
        "no LLM configured (LLM_BASE_URL + LLM_MODEL): replies come from the built-in offline responder",
      );
    }
    const budget = { contextTokens: config.contextTokens, maxReplyTokens: config.maxReplyTokens };
    const breaker = {
      failures: config.resilience.breakerFailures,
      cooldownMs: config.resilience.breakerCooldownMs,
    };
    // With an LLM, a breaker falls back to the offline responder while the LLM is down.
    const dialogue = llm
      ? createResilientDialogue({
          dialogue: createDialogue({ llm, budget }),
          offline: createDialogue({ llm: null, budget }),
          breaker,
          logger,
          metrics,
        })
      : createDialogue({ llm, budget });
    const repo = createChatRepository(db, cache);
    // Each process keeps a journal of its send records in DATA_DIR (see send-journal.ts): the
    // embedded database's, or on Postgres one per port, so instances sharing a host never read
    // each other's. In memory there is nothing to recover after a kill.
    const journal =
      config.dataDir === "memory://"
        ? undefined
        : openSendJournal(
            path.join(
              config.dataDir,
              db.kind === "pglite" ? "send-journal.log" : `send-journal-${config.port}.log`,
            ),
            logger,
          );
    if (journal) closers.push(async () => journal.close());
    const inbox = createInboxRepository(db, { leaseMs: config.intake.leaseMs, journal });
    // Closed before the database (closers run in reverse): queued writes reach it first.
    closers.push(() => inbox.flush());
    const recovered = await inbox.recoverSends();
    if (recovered)
      logger.info({ records: recovered }, "send records of the last run recovered from the journal");
    const minds = createMindRepository(db);
    const emotion = createEmotionEngine();
    const mind = createMindService({
      states: createMindStateStore(minds, cache),
      memories: createMemoryStore(minds, cache),
      emotion,
      // Non-English messages are classified by the LLM when there is one (cached, time-boxed).
      emotionClassifier: createEmotionClassifier({ engine: emotion, llm: config.llm, cache, logger }),
      logger,
      llm: config.llmFactExtraction ? llm : null,
      cache,
      moodHistory: createMoodHistoryRepository(db),
    });
    closers.push(() => mind.drain());
    const chat = createChatService({
      repo,
      dialogue,
      bus: cache,
      logger,
      metrics,
      llm,
      mind: mind.mind,
      replyTimeoutMs: config.updateTimeoutMs,
    });
    // Summary folds run after their turn; they finish before the database and cache close.
    closers.push(() => chat.drain());
    const turns = await openTurnControl({ bus: cache, logger, ttlMs: config.updateTimeoutMs + 60_000 });
    closers.push(() => turns.close());
    const catalog = createCatalog(config.generation.modelOverrides);
    if (catalog.unknownOverrides.length) {
      logger.warn(
        { keys: catalog.unknownOverrides },
        "FAL_MODELS names models that are not in the catalogue",
      );
    }
    const credits = createCreditsLedger({
      prisma: db.prisma,
      startingCredits: config.generation.startingCredits,
      onChange: (c) => {
        if (c.kind === "purchase" && c.amount > 0) metrics?.creditsPurchased.inc(c.amount);
        // A team's pool (a negative account) has no live-status client of its own.
        if (isTeamAccount(c.userId)) return;
        void publishEvent(cache, {
          type: "credits.updated",
          userId: c.userId,
          payload: { balance: c.balance, delta: c.amount, kind: c.kind },
        }).catch((err) => logger.warn({ err }, "credits event publish failed"));
      },
    });
    const payments = createPaymentsService({ prisma: db.prisma, ledger: credits });
    const teams = createTeamsService({
      prisma: db.prisma,
      ledger: credits,
      logger,
      invites: { ttlHours: config.teams.inviteTtlHours, maxUses: config.teams.inviteMaxUses },
    });
    const generation = createGenerationService({
      prisma: db.prisma,
      cache,
      ledger: credits,
      catalog,
      fal: createResilientFalGateway({
        gateway: createFalGateway({ credentials: config.falKey, proxyUrl: config.generation.falProxyUrl }),
        breaker,
        timeoutMs: config.resilience.falTimeoutMs,
        logger,
        metrics,
      }),
      logger,
      metrics,
      config: config.generation,
      webhookUrl: config.publicUrl ? `${config.publicUrl}/fal/webhook` : undefined,
      // In a group linked to a team, members' creations are paid by the team's pool.
      payer: (req) => teams.pool.payerFor(req),
    });
    // Registered after the database, so jobs stop being polled before it closes.
    closers.push(() => generation.stop());
    const generationPrefs = createPreferenceStore(db.prisma);
    const modeLine = llm
      ? `🧠 Replies by ${config.llm!.model}.`
      : "🔌 Offline mode: replies come from my built-in responder (no LLM configured).";
    return {
      db,
      cache,
      llm,
      dialogue,
      repo,
      inbox,
      chat,
      turns,
      mind,
      catalog,
      credits,
      payments,
      teams,
      generation,
      generationPrefs,
      modeLine,
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
