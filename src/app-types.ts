/** What starting the service takes (options) and gives (the running app): see app.ts. */
import type { Update, UserFromGetMe } from "grammy/types";
import type { Outreach } from "./bot/features/outreach-setup.ts";
import type { CacheBus } from "./cache/types.ts";
import type { Config } from "./config/config.ts";
import type { Database } from "./db/database.ts";
import type { EmbeddedPostgres } from "./db/embedded.ts";
import type { LlmProvider } from "./engines/dialogue/types.ts";
import type { Logger } from "./observability/logger.ts";
import type { Metrics } from "./observability/metrics.ts";
import type { Runtime } from "./runtime.ts";
import type { LiveStatus } from "./ws/index.ts";

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
  /** The outreach scheduler's clock (tests move it). */
  clock?: () => number;
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
  /** Reaching out: reminders, check-ins, diary, dreams, and their scheduler. */
  outreach: Outreach;
  port: number;
  mode: "webhook" | "polling";
  /** Takes one update as if it came from Telegram (the webhook path without HTTP): resolves once
   * it is stored; it is worked like any other. */
  handleUpdate(update: Update): Promise<void>;
  stop(): Promise<void>;
}
