/**
 * Seeing on an OpenAI-compatible API (OpenAI, OpenRouter, Ollama, vLLM, FAL's router) with
 * LLM_VISION_MODEL: pictures go inline as base64 `data:` URLs in `image_url` content parts, which
 * every one of them accepts (Ollama takes no https image URLs), so no URL of ours ever leaves.
 */
import { createOpenAiProvider, wireMessage } from "../../engines/dialogue/openai-provider.ts";
import type { ChatMessage } from "../../engines/dialogue/types.ts";
import { errorDetail } from "../speech/openai-stt.ts";
import { cleanDescription, describePrompt, type Vision, VisionError } from "./types.ts";

/** A picture as a `data:` URL. */
export const dataUrl = (bytes: Uint8Array, contentType: string) =>
  `data:${contentType};base64,${Buffer.from(bytes).toString("base64")}`;

type Completion = {
  choices?: { message?: { content?: string | null; refusal?: string | null }; finish_reason?: string }[];
  error?: { message?: string };
};

/** Creates the OpenAI-compatible vision; `baseUrl` is LLM_BASE_URL. */
export function createOpenAiVision(deps: {
  baseUrl: string;
  apiKey?: string;
  authScheme?: "Bearer" | "Key";
  model: string;
  timeoutMs: number;
  maxTokensParam?: "auto" | "max_completion_tokens" | "max_tokens";
  fetch?: typeof fetch;
}): Vision {
  const doFetch = deps.fetch ?? globalThis.fetch;
  const url = `${deps.baseUrl.replace(/\/+$/, "")}/chat/completions`;
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (deps.apiKey) headers.authorization = `${deps.authScheme ?? "Bearer"} ${deps.apiKey}`;

  return {
    provider: "openai",
    model: deps.model,
    replier: createOpenAiProvider({ ...deps, fetch: deps.fetch }),

    async prepare(images) {
      return images.map((i) => dataUrl(i.bytes, i.contentType));
    },

    async describe(urls, options, outer) {
      const prompt = describePrompt(options);
      const messages: ChatMessage[] = [
        { role: "system", content: prompt.system },
        { role: "user", content: prompt.user, images: urls },
      ];
      const deadline = AbortSignal.timeout(deps.timeoutMs);
      const signal = outer ? AbortSignal.any([deadline, outer]) : deadline;
      let res: Response;
      let body: string;
      try {
        // No reply cap: servers disagree on its name, and one line is asked for (and kept).
        res = await doFetch(url, {
          method: "POST",
          headers,
          signal,
          body: JSON.stringify({ model: deps.model, messages: messages.map(wireMessage), temperature: 0.2 }),
        });
        body = await res.text();
      } catch (err) {
        const why = deadline.aborted ? `no description within ${deps.timeoutMs} ms` : (err as Error).message;
        throw new VisionError("unavailable", why);
      }
      if (!res.ok) {
        const detail = errorDetail(body);
        // A content policy answer is the model declining the picture, not a broken request.
        if (/content[_ ]?policy|safety|moderation/i.test(`${detail.code ?? ""} ${detail.message}`)) {
          throw new VisionError("refused", detail.message, res.status, detail);
        }
        const rejected = res.status >= 400 && res.status < 500 && res.status !== 429;
        throw new VisionError(rejected ? "rejected" : "unavailable", detail.message, res.status, detail);
      }
      let parsed: Completion;
      try {
        parsed = JSON.parse(body) as Completion;
      } catch {
        throw new VisionError("unavailable", "the answer is not JSON", res.status);
      }
      if (parsed.error) throw new VisionError("unavailable", parsed.error.message ?? "error", res.status);
      const choice = parsed.choices?.[0];
      const refusal = choice?.message?.refusal;
      if (refusal || choice?.finish_reason === "content_filter") {
        throw new VisionError("refused", refusal || "content filter", res.status, { refusal });
      }
      const description = cleanDescription(choice?.message?.content ?? "");
      if (!description) throw new VisionError("refused", "the model said nothing about the picture");
      return description;
    },
  };
}
