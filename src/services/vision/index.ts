/**
 * Which eyes a deployment gets: LLM_VISION_MODEL on the LLM's own OpenAI-compatible API when both
 * are set; else FAL's vision route when FAL is configured (LLM_VISION_MODEL, if set, names the
 * OpenRouter model it runs); else none, and photos are answered "I can't see photos here yet".
 */
import type { Config } from "../../config/config.ts";
import type { ServiceModelSpec } from "../../engines/generation/catalog.ts";
import { createFalGateway, type FalGateway } from "../generation/fal-gateway.ts";
import { createFalVision, DEFAULT_FAL_VISION_MODEL } from "./fal-vision.ts";
import { createOpenAiVision } from "./openai-vision.ts";
import type { Vision } from "./types.ts";

export { createFalVision, DEFAULT_FAL_VISION_MODEL } from "./fal-vision.ts";
export { createOpenAiVision, dataUrl } from "./openai-vision.ts";
export * from "./types.ts";

/** The configured vision, or null. `gateway` replaces the FAL client (tests). */
export function createVision(
  config: Pick<Config, "falKey" | "generation" | "llm" | "media" | "resilience">,
  spec: ServiceModelSpec,
  gateway?: FalGateway,
): Vision | null {
  const model = config.media.visionModel;
  if (config.llm && model) {
    return createOpenAiVision({
      baseUrl: config.llm.baseUrl,
      apiKey: config.llm.apiKey,
      authScheme: config.llm.authScheme,
      model,
      timeoutMs: config.llm.timeoutMs,
      maxTokensParam: config.llm.maxTokensParam,
    });
  }
  if (config.falKey || config.generation.falProxyUrl) {
    return createFalVision({
      gateway:
        gateway ?? createFalGateway({ credentials: config.falKey, proxyUrl: config.generation.falProxyUrl }),
      endpoint: spec.endpoint,
      model: model ?? DEFAULT_FAL_VISION_MODEL,
      // Uploads, queue and result: the allowance FAL uploads get.
      timeoutMs: config.resilience.falTimeoutMs * 2,
    });
  }
  return null;
}
