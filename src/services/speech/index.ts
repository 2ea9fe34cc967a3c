/**
 * Which transcriber a deployment gets: FAL when it is configured (the catalogue's `stt` endpoint),
 * else an OpenAI-compatible `/audio/transcriptions` at the LLM's base URL when STT_MODEL names a
 * model, else none (voice notes are then answered with "voice isn't set up").
 */
import type { Config } from "../../config/config.ts";
import type { ServiceModelSpec } from "../../engines/generation/catalog.ts";
import type { FalGateway } from "../generation/fal-gateway.ts";
import { createFalSpeechToText } from "./fal-stt.ts";
import { createOpenAiSpeechToText } from "./openai-stt.ts";
import { speechProvider } from "./provider.ts";
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
  return speechProvider(
    config,
    config.voice.sttModel,
    {
      fal: (fal, timeoutMs) => createFalSpeechToText({ gateway: fal, endpoint: stt.endpoint, timeoutMs }),
      openai: (server) => createOpenAiSpeechToText(server),
    },
    gateway,
  );
}
