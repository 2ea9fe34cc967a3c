/**
 * Which transcriber a deployment gets: FAL when it is configured (the catalogue's `stt` endpoint),
 * else an OpenAI-compatible `/audio/transcriptions` at the LLM's base URL when STT_MODEL names a
 * model, else none (voice notes are then answered with "voice isn't set up").
 */
import type { Config } from "../../config/config.ts";
import type { ServiceModelSpec } from "../../engines/generation/catalog.ts";
import { createFalGateway, type FalGateway } from "../generation/fal-gateway.ts";
import { createFalSpeechToText } from "./fal-stt.ts";
import { createOpenAiSpeechToText } from "./openai-stt.ts";
import type { SpeechToText } from "./types.ts";

export { createFalSpeechToText } from "./fal-stt.ts";
export { createOpenAiSpeechToText } from "./openai-stt.ts";
export * from "./types.ts";
export * from "./voice-notes.ts";

/** The configured transcriber, or null. `gateway` replaces the FAL client (tests). */
export function createSpeechToText(
  config: Pick<Config, "falKey" | "generation" | "llm" | "voice" | "resilience">,
  stt: ServiceModelSpec,
  gateway?: FalGateway,
): SpeechToText | null {
  if (config.falKey || config.generation.falProxyUrl) {
    return createFalSpeechToText({
      gateway:
        gateway ?? createFalGateway({ credentials: config.falKey, proxyUrl: config.generation.falProxyUrl }),
      endpoint: stt.endpoint,
      // Upload, queue and result: the same allowance FAL uploads get.
      timeoutMs: config.resilience.falTimeoutMs * 2,
    });
  }
  if (config.voice.sttModel && config.llm) {
    return createOpenAiSpeechToText({
      baseUrl: config.llm.baseUrl,
      apiKey: config.llm.apiKey,
      authScheme: config.llm.authScheme,
      model: config.voice.sttModel,
      timeoutMs: config.llm.timeoutMs,
    });
  }
  return null;
}
