/**
 * Which speaker a deployment gets: FAL when it is configured (the catalogue's `tts` endpoint),
 * else an OpenAI-compatible `/audio/speech` at the LLM's base URL when TTS_MODEL names a model,
 * else none (/voice then says voice replies are not set up).
 */
import type { Config } from "../../config/config.ts";
import type { ServiceModelSpec } from "../../engines/generation/catalog.ts";
import type { FalGateway } from "../generation/fal-gateway.ts";
import { createFalTextToSpeech } from "./fal-tts.ts";
import { createOpenAiTextToSpeech } from "./openai-tts.ts";
import { speechProvider } from "./provider.ts";
import type { TextToSpeech } from "./tts-types.ts";

export { createFalTextToSpeech } from "./fal-tts.ts";
export { toOggOpus, warmUpCodecs } from "./ogg-opus.ts";
export { createOpenAiTextToSpeech } from "./openai-tts.ts";
export * from "./tts-types.ts";
export * from "./voice-replies.ts";

/** The configured speaker, or null. `gateway` replaces the FAL client (tests). */
export function createTextToSpeech(
  config: Pick<Config, "falKey" | "generation" | "llm" | "voice" | "resilience">,
  tts: ServiceModelSpec,
  gateway?: FalGateway,
): TextToSpeech | null {
  return speechProvider(
    config,
    config.voice.ttsModel,
    {
      fal: (fal, timeoutMs) => createFalTextToSpeech({ gateway: fal, endpoint: tts.endpoint, timeoutMs }),
      openai: (server) => createOpenAiTextToSpeech(server),
    },
    gateway,
  );
}
