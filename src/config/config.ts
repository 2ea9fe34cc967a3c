/**
 * The one place that reads the environment. Every setting is parsed and validated once at start-up;
 * a wrong or missing value stops the process with one message that lists every problem.
 */
import { z } from "zod";
import { parseProxyEntry } from "../http/client-ip.ts";
import { DEFAULT_DATA_DIR, resolveDataDir } from "./data-dir.ts";
import { terminalConfig, terminalEnv } from "./terminal.ts";
import type { Config, LlmConfig } from "./types.ts";

export type { Config, GenerationConfig, LlmConfig, MediaConfig, VoiceConfig } from "./types.ts";

const DEFAULT_API_ROOT = "https://api.telegram.org";

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const optionalUrl = (what: string) =>
  optionalString.pipe(
    z
      .string()
      .url({ message: `${what} must be a URL such as https://example.com` })
      .optional(),
  );

/** Personas a voice can be set for (the built-in ones and the user's own). */
const PERSONA_NAMES = ["velro", "kit", "sage", "spark", "atlas", "custom"];

/** An optional JSON object of strings, each entry checked by `valid`; `message` says the shape. */
const jsonStringMap = (valid: (entry: [string, string]) => boolean, message: string) =>
  z
    .string()
    .default("")
    .transform((v, ctx) => {
      if (v.trim() === "") return {} as Record<string, string>;
      try {
        const parsed = JSON.parse(v) as unknown;
        if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) {
          const entries = Object.entries(parsed as Record<string, unknown>);
          if (entries.every(([k, value]) => typeof value === "string" && valid([k, value])))
            return Object.fromEntries(entries) as Record<string, string>;
        }
      } catch {}
      ctx.addIssue({ code: "custom", message });
      return {} as Record<string, string>;
    });

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const schema = z.object({
  BOT_TOKEN: optionalString.pipe(
    z
      .string()
      .regex(/^\d+:[A-Za-z0-9_-]+$/, {
        message: "BOT_TOKEN must look like 123456:ABC-DEF… (ask @BotFather for one)",
      })
      .optional(),
  ),
  TELEGRAM_API_ROOT: optionalUrl("TELEGRAM_API_ROOT")
    .transform((v) => (v ?? DEFAULT_API_ROOT).replace(/\/+$/, ""))
    .default(DEFAULT_API_ROOT),
  WEBHOOK_URL: optionalUrl("WEBHOOK_URL"),
  WEBHOOK_SECRET: optionalString.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, {
        message: "WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -",
      })
      .optional(),
  ),
  WEBHOOK_PATH: z.string().startsWith("/").default("/telegram/webhook"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, { message: "DATABASE_URL must start with postgresql://" })
      .optional(),
  ),
  DATA_DIR: z.string().default(DEFAULT_DATA_DIR),
  REDIS_URL: optionalString.pipe(
    z
      .string()
      .regex(/^rediss?:\/\//, { message: "REDIS_URL must start with redis:// or rediss://" })
      .optional(),
  ),
  REDIS_PREFIX: z.string().default("velro:"),
  LLM_BASE_URL: optionalUrl("LLM_BASE_URL"),
  LLM_API_KEY: optionalString,
  LLM_MODEL: optionalString,
  LLM_TIMEOUT_MS: positiveInt(60_000),
  LLM_CONTEXT_TOKENS: positiveInt(8_000),
  LLM_MAX_REPLY_TOKENS: positiveInt(800),
  LLM_MAX_TOKENS_PARAM: z
    .enum(["auto", "max_completion_tokens", "max_tokens"], {
      message: "LLM_MAX_TOKENS_PARAM must be auto, max_completion_tokens or max_tokens",
    })
    .default("auto"),
  LLM_FACT_EXTRACTION: z
    .enum(["on", "off", "true", "false", "1", "0"], { message: "LLM_FACT_EXTRACTION must be on or off" })
    .default("on")
    .transform((v) => v === "on" || v === "true" || v === "1"),
  FAL_KEY: optionalString,
  FAL_PROXY_URL: optionalUrl("FAL_PROXY_URL"),
  PUBLIC_URL: optionalUrl("PUBLIC_URL"),
  JWT_SECRET: optionalString.pipe(
    z
      .string()
      .min(32, { message: "JWT_SECRET must be at least 32 characters (e.g. openssl rand -hex 32)" })
      .optional(),
  ),
  JWT_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(30)
    .max(7 * 24 * 3600)
    .default(900),
  CORS_ORIGINS: z
    .string()
    .default("")
    .transform((v) => v.split(/[\s,]+/).filter(Boolean)),
  FAL_WEBHOOK_JWKS_URL: z.string().url().default("https://rest.fal.ai/.well-known/jwks.json"),
  FAL_MODELS: jsonStringMap(
    ([, id]) => /^[\w.-]+\/[\w./-]+$/.test(id),
    'FAL_MODELS must be JSON like {"veo3":"fal-ai/veo3.1"} (model key → FAL endpoint id)',
  ),
  FAL_POLL_INTERVAL_MS: positiveInt(2_000),
  STARTING_CREDITS: z.coerce.number().int().min(0).default(100),
  GENERATION_RATE_LIMIT_PER_MINUTE: positiveInt(10),
  GENERATION_MAX_RUNNING: positiveInt(2),
  GENERATION_MAX_PROMPT_CHARS: positiveInt(1_000),
  GENERATION_TIMEOUT_MS: positiveInt(20 * 60_000),
  GENERATION_LEASE_MS: positiveInt(30_000),
  ADMIN_IDS: z
    .string()
    .default("")
    .transform((v, ctx) => {
      const ids: number[] = [];
      for (const part of v.split(/[\s,]+/).filter(Boolean)) {
        const id = Number(part);
        if (!Number.isSafeInteger(id)) {
          ctx.addIssue({ code: "custom", message: `ADMIN_IDS: "${part}" is not a Telegram user id` });
        } else ids.push(id);
      }
      return ids;
    }),
  METRICS_TOKEN: optionalString,
  // A hop count ("1": one balancer in front) or the proxies' addresses and CIDR ranges.
  TRUST_PROXY: z
    .string()
    .default("")
    .transform((v, ctx): number | string[] | undefined => {
      const text = v.trim();
      if (text === "") return undefined;
      if (/^\d+$/.test(text)) return Number(text);
      const entries = text.split(/[\s,]+/).filter(Boolean);
      const bad = entries.filter((e) => !parseProxyEntry(e));
      if (bad.length === 0) return entries;
      ctx.addIssue({
        code: "custom",
        message: `TRUST_PROXY must be a hop count (e.g. 1) or IPs/CIDR ranges (e.g. 10.0.0.0/8,fd00::/8); not: ${bad.join(", ")}`,
      });
      return undefined;
    }),
  CIRCUIT_BREAKER_FAILURES: positiveInt(5),
  CIRCUIT_BREAKER_COOLDOWN_MS: positiveInt(30_000),
  FAL_TIMEOUT_MS: positiveInt(30_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  RATE_LIMIT_PER_MINUTE: positiveInt(60),
  UPDATE_TIMEOUT_MS: positiveInt(120_000),
  INTAKE_CONCURRENCY: positiveInt(64),
  INTAKE_LEASE_MS: positiveInt(15_000),
  OUTREACH_MAX_PER_SECOND: positiveInt(25),
  OUTREACH_LEASE_MS: positiveInt(30_000),
  OUTREACH_POLL_MS: positiveInt(1_000),
  ...terminalEnv,
  VOICE_MAX_SECONDS: positiveInt(300),
  STT_MODEL: optionalString,
  STT_CREDITS: z.coerce.number().int().min(0).default(0),
  TEAM_INVITE_TTL_HOURS: positiveInt(168),
  TEAM_INVITE_MAX_USES: positiveInt(5),
  TTS_MODEL: optionalString,
  TTS_CREDITS: z.coerce.number().int().min(0).default(1),
  TTS_VOICES: jsonStringMap(
    ([persona, name]) => PERSONA_NAMES.includes(persona) && /^\S{1,64}$/.test(name),
    'TTS_VOICES must be JSON like {"velro":"nova","kit":"ash"} (persona: velro, kit, sage, spark, atlas or custom → the provider\'s voice name)',
  ),
  LLM_VISION_MODEL: optionalString,
  VISION_CREDITS: z.coerce.number().int().min(0).default(0),
  DOCUMENT_CREDITS: z.coerce.number().int().min(0).default(0),
  // Telegram lets bots download files of up to 20 MB.
  DOCUMENT_MAX_MB: z.coerce
    .number()
    .positive()
    .max(20, { message: "DOCUMENT_MAX_MB can be at most 20 (Telegram's download limit)" })
    .default(10),
  DOCUMENT_MAX_PAGES: positiveInt(50),
  ALBUM_WAIT_MS: z.coerce.number().int().min(0).max(10_000).default(800),
});

/** Rules that tie several variables together; checked on the raw strings so they are reported
 * together with per-variable problems instead of only after those are fixed. */
function crossFieldProblems(env: Record<string, string | undefined>, requireBotToken: boolean): string[] {
  const set = (key: string) => (env[key] ?? "").trim() !== "";
  const problems: string[] = [];
  if (requireBotToken && !set("BOT_TOKEN")) {
    problems.push("BOT_TOKEN is required: create a bot with @BotFather and paste its token");
  }
  if (set("WEBHOOK_URL") && !set("WEBHOOK_SECRET")) {
    problems.push(
      "WEBHOOK_SECRET is required when WEBHOOK_URL is set (Telegram sends it back on every update)",
    );
  }
  if (set("STT_MODEL") && !set("LLM_BASE_URL") && !set("FAL_KEY") && !set("FAL_PROXY_URL")) {
    problems.push(
      "STT_MODEL needs LLM_BASE_URL: the server whose /audio/transcriptions transcribes voice notes",
    );
  }
  if (
    set("LLM_VISION_MODEL") &&
    !set("LLM_BASE_URL") &&
    !set("LLM_MODEL") &&
    !set("FAL_KEY") &&
    !set("FAL_PROXY_URL")
  ) {
    problems.push(
      "LLM_VISION_MODEL needs LLM_BASE_URL (the API that runs it) or FAL_KEY (FAL's vision route runs it)",
    );
  }
  if (set("TTS_MODEL") && !set("LLM_BASE_URL") && !set("FAL_KEY") && !set("FAL_PROXY_URL")) {
    problems.push("TTS_MODEL needs LLM_BASE_URL: the server whose /audio/speech speaks voice replies");
  }
  if (set("LLM_BASE_URL") && !set("LLM_MODEL")) {
    problems.push("LLM_MODEL is required when LLM_BASE_URL is set (e.g. gpt-4o-mini, llama3.1)");
  }
  return problems;
}

export type Env = z.input<typeof schema>;

/** Every secret value in a config, for the log scrubber: none of them may ever be logged. */
export function configSecrets(config: Config): (string | undefined)[] {
  return [
    config.botToken,
    config.falKey,
    config.jwtSecret,
    config.llm?.apiKey,
    config.webhook?.secret,
    config.metricsToken,
  ];
}

/** The error thrown for an invalid environment; its message lists every problem, one per line. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

const FAL_LLM_BASE_URL = "https://fal.run/openrouter/router/openai/v1";

function resolveLlm(env: z.output<typeof schema>): LlmConfig | null {
  if (env.LLM_BASE_URL && env.LLM_MODEL) {
    const isFal = /(^|\.)fal\.(run|ai)$/.test(new URL(env.LLM_BASE_URL).hostname);
    const apiKey = env.LLM_API_KEY ?? (isFal ? env.FAL_KEY : undefined);
    return {
      baseUrl: env.LLM_BASE_URL.replace(/\/+$/, ""),
      apiKey,
      model: env.LLM_MODEL,
      authScheme: isFal ? "Key" : "Bearer",
      timeoutMs: env.LLM_TIMEOUT_MS,
      maxTokensParam: env.LLM_MAX_TOKENS_PARAM,
    };
  }
  // FAL_KEY and a model alone are enough: FAL's OpenAI-compatible router is the endpoint.
  if (!env.LLM_BASE_URL && env.LLM_MODEL && env.FAL_KEY) {
    return {
      baseUrl: FAL_LLM_BASE_URL,
      apiKey: env.FAL_KEY,
      model: env.LLM_MODEL,
      authScheme: "Key",
      timeoutMs: env.LLM_TIMEOUT_MS,
      maxTokensParam: env.LLM_MAX_TOKENS_PARAM,
    };
  }
  return null;
}

/**
 * Parses an environment (process.env in production, a plain object in tests) into a typed Config.
 * Throws ConfigError listing every problem at once, so an operator fixes them in one go.
 */
export function createConfig(
  env: Record<string, string | undefined>,
  version = "0.0.0",
  options: { requireBotToken?: boolean; defaultLogLevel?: string } = {},
): Config {
  const parsed = schema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const key = issue.path.join(".") || "environment";
        return issue.message.startsWith(key) ? issue.message : `${key}: ${issue.message}`;
      });
  problems.push(...crossFieldProblems(env, options.requireBotToken ?? true));
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    botToken: e.BOT_TOKEN ?? "",
    telegramApiRoot: e.TELEGRAM_API_ROOT,
    webhook:
      e.WEBHOOK_URL && e.WEBHOOK_SECRET
        ? { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET, path: e.WEBHOOK_PATH }
        : undefined,
    webhookPath: e.WEBHOOK_PATH,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolveDataDir(e.DATA_DIR),
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    llm: resolveLlm(e),
    contextTokens: e.LLM_CONTEXT_TOKENS,
    maxReplyTokens: e.LLM_MAX_REPLY_TOKENS,
    llmFactExtraction: e.LLM_FACT_EXTRACTION,
    falKey: e.FAL_KEY,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ""),
    generation: {
      falProxyUrl: e.FAL_PROXY_URL,
      jwksUrl: e.FAL_WEBHOOK_JWKS_URL,
      modelOverrides: e.FAL_MODELS,
      pollIntervalMs: e.FAL_POLL_INTERVAL_MS,
      startingCredits: e.STARTING_CREDITS,
      rateLimitPerMinute: e.GENERATION_RATE_LIMIT_PER_MINUTE,
      maxRunning: e.GENERATION_MAX_RUNNING,
      maxPromptChars: e.GENERATION_MAX_PROMPT_CHARS,
      timeoutMs: e.GENERATION_TIMEOUT_MS,
      leaseMs: e.GENERATION_LEASE_MS,
    },
    jwtSecret: e.JWT_SECRET,
    jwtTtlSeconds: e.JWT_TTL_SECONDS,
    corsOrigins: e.CORS_ORIGINS,
    adminIds: e.ADMIN_IDS,
    metricsToken: e.METRICS_TOKEN,
    trustProxy: e.TRUST_PROXY,
    resilience: {
      breakerFailures: e.CIRCUIT_BREAKER_FAILURES,
      breakerCooldownMs: e.CIRCUIT_BREAKER_COOLDOWN_MS,
      falTimeoutMs: e.FAL_TIMEOUT_MS,
    },
    logLevel: e.LOG_LEVEL ?? options.defaultLogLevel ?? "info",
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    updateTimeoutMs: e.UPDATE_TIMEOUT_MS,
    intake: { concurrency: e.INTAKE_CONCURRENCY, leaseMs: e.INTAKE_LEASE_MS },
    outreach: {
      maxPerSecond: e.OUTREACH_MAX_PER_SECOND,
      leaseMs: e.OUTREACH_LEASE_MS,
      pollMs: e.OUTREACH_POLL_MS,
    },
    terminal: terminalConfig(e),
    voice: {
      maxSeconds: e.VOICE_MAX_SECONDS,
      sttModel: e.STT_MODEL,
      sttCredits: e.STT_CREDITS,
      ttsModel: e.TTS_MODEL,
      ttsCreditsPer500: e.TTS_CREDITS,
      ttsVoices: e.TTS_VOICES,
    },
    media: {
      visionModel: e.LLM_VISION_MODEL,
      visionCredits: e.VISION_CREDITS,
      documentCredits: e.DOCUMENT_CREDITS,
      documentMaxBytes: Math.round(e.DOCUMENT_MAX_MB * 1024 * 1024),
      documentMaxPages: e.DOCUMENT_MAX_PAGES,
      albumWaitMs: e.ALBUM_WAIT_MS,
    },
    teams: { inviteTtlHours: e.TEAM_INVITE_TTL_HOURS, inviteMaxUses: e.TEAM_INVITE_MAX_USES },
    version,
  };
}
