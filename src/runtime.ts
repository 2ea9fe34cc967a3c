/**
 * The shared core of every entry point (service, terminal chat, benchmarks): database, cache/bus,
 * LLM, engines and services, opened in dependency order with a matching close.
 */
import { createMemoryCacheBus, createRedisCacheBus } from "./cache/index.ts";
import type { CacheBus } from "./cache/types.ts";
import type { Config } from "./config/config.ts";
import { type ChatRepository, createChatRepository } from "./db/chat-repository.ts";
import { type Database, openDatabase } from "./db/database.ts";
import { createMindRepository } from "./db/mind-repository.ts";
import {
  createDialogue,
  createOpenAiProvider,
  type Dialogue,
  type LlmProvider,
} from "./engines/dialogue/index.ts";
import { createEmotionEngine } from "./engines/emotion/index.ts";
import type { Logger } from "./observability/logger.ts";
import type { Metrics } from "./observability/metrics.ts";
import { type ChatService, createChatService } from "./services/chat-service.ts";
import { createMemoryStore } from "./services/memory-store.ts";
import { createMindService, type MindService } from "./services/mind-service.ts";
import { createMindStateStore } from "./services/mind-state.ts";

export interface Runtime {
  db: Database;
  cache: CacheBus;
  llm: LlmProvider | null;
  dialogue: Dialogue;
  repo: ChatRepository;
  chat: ChatService;
  mind: MindService;
  /** One line for /help saying where replies come from. */
  modeLine: string;
  /** Closes everything opened, in reverse order. */
  close(): Promise<void>;
}

/** Opens the runtime; on failure closes whatever was already opened. */
export async function openRuntime(config: Config, logger: Logger, metrics?: Metrics): Promise<Runtime> {
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch((err) => logger.warn({ err }, "close failed"));
    closers.length = 0;
  };
  try {
    const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger });
    closers.push(() => db.close());
    const cache = config.redisUrl
      ? await createRedisCacheBus({ url: config.redisUrl, logger, keyPrefix: config.redisPrefix })
      : createMemoryCacheBus();
    closers.push(() => cache.close());

    const llm = config.llm
      ? createOpenAiProvider({
          baseUrl: config.llm.baseUrl,
          apiKey: config.llm.apiKey,
          model: config.llm.model,
          authScheme: config.llm.authScheme,
          timeoutMs: config.llm.timeoutMs,
        })
      : null;
    if (!llm) {
      logger.warn(
        "no LLM configured (LLM_BASE_URL + LLM_MODEL): replies come from the built-in offline responder",
      );
    }
    const dialogue = createDialogue({
      llm,
      budget: { contextTokens: config.contextTokens, maxReplyTokens: config.maxReplyTokens },
    });
    const repo = createChatRepository(db.prisma, cache);
    const minds = createMindRepository(db.prisma);
    const mind = createMindService({
      states: createMindStateStore(minds, cache),
      memories: createMemoryStore(minds, cache),
      emotion: createEmotionEngine(),
      logger,
      llm: config.llmFactExtraction ? llm : null,
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
    const modeLine = llm
      ? `🧠 Replies by ${config.llm!.model}.`
      : "🔌 Offline mode: replies come from my built-in responder (no LLM configured).";
    return { db, cache, llm, dialogue, repo, chat, mind, modeLine, close };
  } catch (err) {
    await close();
    throw err;
  }
}
