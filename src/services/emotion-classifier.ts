/**
 * Emotion readings for every language. English goes to the trained model (synchronous, local).
 * Other languages go, when an LLM is configured, to the LLM as a structured-output classification
 * into the same seven classes, cached per message text; without an LLM, or while it is slow or
 * failing, they get the engine's small per-language lexicon at low confidence. The reply never
 * waits long: past `waitMs` the lexicon answers and the LLM's late reading only fills the cache.
 */
import { createHash } from "node:crypto";
import type { CacheBus } from "../cache/types.ts";
import type { LlmConfig } from "../config/config.ts";
import {
  type AnalyzeOptions,
  analysisFromLlmScores,
  EKMAN_LABELS,
  type EmotionAnalysis,
  type EmotionEngine,
  type EmotionLabel,
} from "../engines/emotion/index.ts";
import { tokenize } from "../engines/emotion/tokenize.ts";
import type { Logger } from "../observability/logger.ts";

export interface EmotionClassifierOptions {
  engine: EmotionEngine;
  /** Where the LLM lives; null or absent: the lexicon reads every non-English message. */
  llm?: Pick<LlmConfig, "baseUrl" | "apiKey" | "model" | "authScheme"> | null;
  cache?: CacheBus | null;
  logger?: Logger;
  /** Longest a caller waits for the LLM before taking the lexicon's reading (default 1500 ms). */
  waitMs?: number;
  /** Longest one LLM request may run, in the background past `waitMs` (default 10 s). */
  requestTimeoutMs?: number;
  /** How long an LLM reading stays cached (default 7 days). */
  cacheTtlMs?: number;
  fetch?: typeof fetch;
}

/** Reads emotions in any language; see the module comment for which reader answers when. */
export interface EmotionClassifier {
  classify(text: string, options?: AnalyzeOptions): Promise<EmotionAnalysis>;
  /** Waits for LLM requests still running in the background (shutdown, tests). */
  drain(): Promise<void>;
}

const SYSTEM_PROMPT = `You classify the emotions expressed by the author of a chat message, in any language, into seven classes: anger (incl. annoyance, disapproval), disgust, fear (incl. nervousness), joy (incl. amusement, love, gratitude, excitement, pride, relief, optimism, caring, admiration, approval), sadness (incl. grief, disappointment, remorse), surprise (incl. confusion, curiosity, realization) and neutral. For each class give the probability (0 to 1) that the message expresses it; several may be high, neutral is high only when no emotion is expressed. Answer with one JSON object with exactly the keys ${EKMAN_LABELS.join(", ")} and numbers as values, and nothing else.`;

const RESPONSE_FORMAT = {
  type: "json_schema",
  json_schema: {
    name: "emotion_reading",
    strict: true,
    schema: {
      type: "object",
      properties: Object.fromEntries(EKMAN_LABELS.map((l) => [l, { type: "number" }])),
      required: [...EKMAN_LABELS],
      additionalProperties: false,
    },
  },
} as const;

const CACHE_VERSION = "v1";
const MAX_TEXT = 1000;
/** After this many failures in a row the LLM is left alone for COOLDOWN_MS. */
const FAILURES_BEFORE_COOLDOWN = 3;
const COOLDOWN_MS = 60_000;

class SchemaRejected extends Error {}

/** Parse an LLM answer into per-class scores, or null when it holds none of the seven keys. */
export function parseLlmScores(content: string): Partial<Record<EmotionLabel, number>> | null {
  const start = content.indexOf("{");
  const end = content.lastIndexOf("}");
  if (start < 0 || end <= start) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.slice(start, end + 1));
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const out: Partial<Record<EmotionLabel, number>> = {};
  for (const l of EKMAN_LABELS) {
    const v = (parsed as Record<string, unknown>)[l];
    if (typeof v === "number" && Number.isFinite(v)) out[l] = Math.min(1, Math.max(0, v));
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** Creates the classifier. Without `llm` it is the engine with a promise around it. */
export function createEmotionClassifier(options: EmotionClassifierOptions): EmotionClassifier {
  const { engine, llm, cache, logger } = options;
  const waitMs = options.waitMs ?? 1500;
  const requestTimeoutMs = options.requestTimeoutMs ?? 10_000;
  const ttlMs = options.cacheTtlMs ?? 7 * 24 * 3_600_000;
  const doFetch = options.fetch ?? fetch;
  const inFlight = new Map<string, Promise<Partial<Record<EmotionLabel, number>> | null>>();
  // Servers that refuse response_format (older vLLM, some routers) are asked in plain words
  // from then on, instead of paying a failed request per message.
  let schemaSupported = true;
  let failures = 0;
  let coolUntil = 0;

  async function request(text: string, withSchema: boolean, signal: AbortSignal): Promise<string> {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (llm!.apiKey) headers.authorization = `${llm!.authScheme ?? "Bearer"} ${llm!.apiKey}`;
    const response = await doFetch(`${llm!.baseUrl.replace(/\/+$/, "")}/chat/completions`, {
      method: "POST",
      headers,
      signal,
      body: JSON.stringify({
        model: llm!.model,
        messages: [
          { role: "system", content: SYSTEM_PROMPT },
          { role: "user", content: text.slice(0, MAX_TEXT) },
        ],
        temperature: 0,
        max_tokens: 120,
        stream: false,
        ...(withSchema ? { response_format: RESPONSE_FORMAT } : {}),
      }),
    });
    if (!response.ok) {
      const body = await response.text().catch(() => "");
      if (withSchema && (response.status === 400 || response.status === 422)) throw new SchemaRejected(body);
      throw new Error(`LLM answered HTTP ${response.status}: ${body.slice(0, 200)}`);
    }
    const json = (await response.json()) as { choices?: { message?: { content?: string | null } }[] };
    return json.choices?.[0]?.message?.content ?? "";
  }

  async function askLlm(text: string, key: string): Promise<Partial<Record<EmotionLabel, number>> | null> {
    const signal = AbortSignal.timeout(requestTimeoutMs);
    try {
      let content: string;
      try {
        content = await request(text, schemaSupported, signal);
      } catch (err) {
        if (!(err instanceof SchemaRejected)) throw err;
        schemaSupported = false;
        logger?.info("the LLM refused a JSON-schema response format; asking for plain JSON instead");
        content = await request(text, false, signal);
      }
      const scores = parseLlmScores(content);
      if (!scores) throw new Error("the LLM's answer held no emotion scores");
      failures = 0;
      await cache?.set(key, JSON.stringify(scores), ttlMs).catch(() => {});
      return scores;
    } catch (err) {
      if (++failures >= FAILURES_BEFORE_COOLDOWN) coolUntil = Date.now() + COOLDOWN_MS;
      logger?.warn({ err }, "LLM emotion classification failed; the word list reads the message");
      return null;
    }
  }

  const keyOf = (text: string) =>
    `emotion:${CACHE_VERSION}:${createHash("sha256")
      .update(`${llm?.model}\n${text.slice(0, MAX_TEXT)}`)
      .digest("hex")
      .slice(0, 40)}`;

  return {
    async classify(text, analyzeOptions = {}) {
      const reading = engine.analyze(text, analyzeOptions);
      if (reading.source === "model" || !llm || !/\p{L}/u.test(text)) return reading;
      const key = keyOf(text);
      const cached = await cache?.get(key).catch(() => null);
      const hit = cached ? parseLlmScores(cached) : null;
      if (hit) return analysisFromLlmScores(hit, tokenize(text), reading.language);
      if (Date.now() < coolUntil) return reading;
      let job = inFlight.get(key);
      if (!job) {
        job = askLlm(text, key).finally(() => inFlight.delete(key));
        inFlight.set(key, job);
      }
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), waitMs);
      });
      const scores = await Promise.race([job, late]).finally(() => clearTimeout(timer));
      return scores ? analysisFromLlmScores(scores, tokenize(text), reading.language) : reading;
    },

    async drain() {
      while (inFlight.size) await Promise.allSettled([...inFlight.values()]);
    },
  };
}
