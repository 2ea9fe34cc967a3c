/**
 * The shape of the service's configuration: what `createConfig` (config.ts) produces from the
 * environment and what the rest of the service reads. Kept apart from the parsing so readers of
 * the config need not see the schema.
 */
import type { TerminalConfig } from "./terminal.ts";

/** Where the LLM lives, or null for the built-in offline responder. */
export interface LlmConfig {
  baseUrl: string;
  apiKey?: string;
  model: string;
  /** FAL's router wants `Authorization: Key …`; OpenAI-style servers want `Bearer …`. */
  authScheme: "Bearer" | "Key";
  timeoutMs: number;
  /** The name the reply cap is sent under ("auto" learns it from the server). */
  maxTokensParam: "auto" | "max_completion_tokens" | "max_tokens";
}

export interface Config {
  /** Empty only where the caller said no token is needed (the terminal chat). */
  botToken: string;
  telegramApiRoot: string;
  webhook?: { url: string; secret: string; path: string };
  webhookPath: string;
  port: number;
  host: string;
  databaseUrl?: string;
  dataDir: string;
  redisUrl?: string;
  /** Prefix of every Redis key and channel, so deployments (and test runs) can share a server. */
  redisPrefix: string;
  llm: LlmConfig | null;
  contextTokens: number;
  maxReplyTokens: number;
  /** Also ask the LLM (when configured) to extract facts for the memory palace after each reply. */
  llmFactExtraction: boolean;
  falKey?: string;
  /** Public base URL of this service; when set, FAL reports results by webhook instead of polling,
   * and /token answers with wss://…/ws and …/live-status under it. */
  publicUrl?: string;
  generation: GenerationConfig;
  /** Signs live-status tokens; unset → a random secret per process (tokens die with it). */
  jwtSecret?: string;
  jwtTtlSeconds: number;
  /** Browser origins allowed to call POST /api/auth/telegram (a Mini App hosted elsewhere). */
  corsOrigins: string[];
  adminIds: number[];
  /** When set, GET /metrics requires `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
  /** How far X-Forwarded-For is believed: proxy hops in front of the service, or their addresses. */
  trustProxy?: number | string[];
  /** Circuit breakers around the LLM and FAL, and FAL's per-call timeout. */
  resilience: { breakerFailures: number; breakerCooldownMs: number; falTimeoutMs: number };
  logLevel: string;
  rateLimitPerMinute: number;
  updateTimeoutMs: number;
  /** The durable intake: chats worked at once per instance, and how long a claim holds. */
  intake: { concurrency: number; leaseMs: number };
  /**
   * Scheduled outreach (reminders, check-ins, diary, dreams): messages a second for the whole bot,
   * how long a claim on a job holds, how often due jobs are looked for.
   */
  outreach: { maxPerSecond: number; leaseMs: number; pollMs: number };
  /** The terminal chat's user name and language. */
  terminal: TerminalConfig;
  voice: VoiceConfig;
  media: MediaConfig;
  /** Team invitation links: how long one works and how many people may join with it. */
  teams: { inviteTtlHours: number; inviteMaxUses: number };
  version: string;
}

/** Photos and documents in: the model that sees, the prices, and the limits on files. */
export interface MediaConfig {
  /** LLM_VISION_MODEL: the model that sees on the LLM's API, or the OpenRouter model FAL's vision route runs. */
  visionModel?: string;
  /** Credits one photo (or album) understood costs (0: free); refunded when it fails. */
  visionCredits: number;
  /** Credits one document read costs (0: free); refunded when it fails. */
  documentCredits: number;
  /** Largest document read, in bytes. */
  documentMaxBytes: number;
  /** Most PDF pages read. */
  documentMaxPages: number;
  /** An album's messages arrive one by one: how long after the last one to wait for more. */
  albumWaitMs: number;
}

/** Voice and video notes in: how long a note may be, the OpenAI-compatible model, the price. */
export interface VoiceConfig {
  maxSeconds: number;
  /** Model for `POST {LLM_BASE_URL}/audio/transcriptions`, used when FAL is not configured. */
  sttModel?: string;
  /** Credits one transcription costs (0: free); refunded when it fails. */
  sttCredits: number;
  /** Model for `POST {LLM_BASE_URL}/audio/speech` (voice replies), used when FAL is not configured. */
  ttsModel?: string;
  /** Credits a voice reply costs per started 500 characters (0: free); refunded when it fails. */
  ttsCreditsPer500: number;
  /** TTS_VOICES: the voice each persona speaks with on the configured provider (persona id → voice). */
  ttsVoices: Record<string, string>;
}

/** FAL generation and credits settings. */
export interface GenerationConfig {
  /** Passed to the FAL client as `proxyUrl: { url, when: "always" }`. */
  falProxyUrl?: string;
  jwksUrl: string;
  /** Endpoint id overrides by catalogue key, since FAL renames and retires models. */
  modelOverrides: Record<string, string>;
  pollIntervalMs: number;
  startingCredits: number;
  rateLimitPerMinute: number;
  maxRunning: number;
  maxPromptChars: number;
  timeoutMs: number;
  /** How long an instance's claim on a job holds without renewal (then another takes it over). */
  leaseMs: number;
}
