/**
 * Where speech work goes, for both directions (transcription and voice replies): FAL when it is
 * configured, else an OpenAI-compatible server at LLM_BASE_URL when a model for the job is named
 * (STT_MODEL, TTS_MODEL), else nowhere. Also what both OpenAI-compatible clients need to reach it.
 */
import type { Config } from "../../config/config.ts";
import { createFalGateway, type FalGateway } from "../generation/fal-gateway.ts";

/** An OpenAI-compatible server as the audio endpoints reach it. */
export interface OpenAiAudioServer {
  /** LLM_BASE_URL (ending in /v1 or the server's equivalent). */
  baseUrl: string;
  apiKey?: string;
  authScheme?: "Bearer" | "Key";
  model: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

/** `{base}/{path}` and the Authorization header for one of the server's endpoints. */
export function audioEndpoint(server: OpenAiAudioServer, path: string) {
  const headers: Record<string, string> = {};
  if (server.apiKey) headers.authorization = `${server.authScheme ?? "Bearer"} ${server.apiKey}`;
  return {
    url: `${server.baseUrl.replace(/\/+$/, "")}/${path}`,
    headers,
    fetch: server.fetch ?? globalThis.fetch,
  };
}

/** Builds the configured provider with `make`, or returns null when there is none. */
export function speechProvider<T>(
  config: Pick<Config, "falKey" | "generation" | "llm" | "resilience">,
  /** The model named for the OpenAI-compatible route (STT_MODEL / TTS_MODEL). */
  model: string | undefined,
  make: { fal(gateway: FalGateway, timeoutMs: number): T; openai(server: OpenAiAudioServer): T },
  /** Replaces the FAL client (tests). */
  gateway?: FalGateway,
): T | null {
  if (config.falKey || config.generation.falProxyUrl) {
    const fal =
      gateway ?? createFalGateway({ credentials: config.falKey, proxyUrl: config.generation.falProxyUrl });
    // Upload or download, queue and result: the allowance FAL uploads get.
    return make.fal(fal, config.resilience.falTimeoutMs * 2);
  }
  if (model && config.llm) {
    const { baseUrl, apiKey, authScheme, timeoutMs } = config.llm;
    return make.openai({ baseUrl, apiKey, authScheme, model, timeoutMs });
  }
  return null;
}
