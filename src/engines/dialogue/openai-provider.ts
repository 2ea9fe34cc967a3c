/**
 * An LLM provider for any OpenAI-compatible chat-completions API (OpenAI, OpenRouter, Ollama, vLLM,
 * FAL's OpenAI-compatible router). Streams with server-sent events and turns every failure into a
 * classified LlmError; a timeout covers the wait for the first byte and every gap between chunks.
 */
import { type CompletionRequest, LlmError, type LlmProvider } from "./types.ts";

export interface OpenAiProviderOptions {
  baseUrl: string;
  apiKey?: string;
  model: string;
  authScheme?: "Bearer" | "Key";
  /** Longest silence tolerated from the server, in ms. */
  timeoutMs: number;
  fetch?: typeof fetch;
}

function classifyHttp(status: number, body: string): LlmError {
  const lower = body.toLowerCase();
  if (status === 400 && (lower.includes("context_length") || lower.includes("maximum context"))) {
    return new LlmError("context_length", "the prompt is longer than the model's context window", status);
  }
  if (status === 401 || status === 403)
    return new LlmError("auth", `LLM rejected the API key (${status})`, status);
  if (status === 429) return new LlmError("rate_limit", "LLM rate limit reached (429)", status);
  return new LlmError("http", `LLM answered HTTP ${status}: ${body.slice(0, 200)}`, status);
}

/** Creates an OpenAI-compatible streaming provider. */
export function createOpenAiProvider(options: OpenAiProviderOptions): LlmProvider {
  const doFetch = options.fetch ?? fetch;
  const url = `${options.baseUrl.replace(/\/+$/, "")}/chat/completions`;
  const headers: Record<string, string> = { "content-type": "application/json", accept: "text/event-stream" };
  if (options.apiKey) headers.authorization = `${options.authScheme ?? "Bearer"} ${options.apiKey}`;

  return {
    name: "openai-compatible",
    offline: false,
    async *stream(request: CompletionRequest) {
      const controller = new AbortController();
      let timedOut = false;
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, options.timeoutMs);
      };
      const onAbort = () => controller.abort();
      request.signal?.addEventListener("abort", onAbort, { once: true });
      const fail = (err: unknown): never => {
        if (err instanceof LlmError) throw err;
        if (timedOut) throw new LlmError("timeout", `LLM did not answer within ${options.timeoutMs} ms`);
        if (request.signal?.aborted) throw new LlmError("aborted", "LLM request cancelled");
        throw new LlmError("network", `LLM unreachable: ${(err as Error).message}`);
      };
      arm();
      try {
        let response: Response;
        try {
          response = await doFetch(url, {
            method: "POST",
            headers,
            signal: controller.signal,
            body: JSON.stringify({
              model: options.model,
              messages: request.messages,
              stream: true,
              max_tokens: request.maxTokens,
              temperature: request.temperature,
              top_p: request.topP,
            }),
          });
        } catch (err) {
          return fail(err);
        }
        if (!response.ok || !response.body) {
          const body = await response.text().catch(() => "");
          throw classifyHttp(response.status, body);
        }
        // Some OpenAI-compatible servers ignore `stream: true` and answer with one JSON completion.
        if ((response.headers.get("content-type") ?? "").includes("application/json")) {
          const body = (await response.json().catch(() => ({}))) as {
            choices?: { message?: { content?: string | null } }[];
            error?: { message?: string };
          };
          if (body.error) throw new LlmError("http", `LLM error: ${body.error.message ?? "unknown"}`);
          const content = body.choices?.[0]?.message?.content;
          if (content) yield content;
          return;
        }
        const decoder = new TextDecoder();
        let buffer = "";
        try {
          for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
            arm();
            buffer += decoder.decode(chunk, { stream: true });
            let nl = buffer.indexOf("\n");
            while (nl >= 0) {
              const line = buffer.slice(0, nl).trim();
              buffer = buffer.slice(nl + 1);
              nl = buffer.indexOf("\n");
              if (!line.startsWith("data:")) continue;
              const data = line.slice(5).trim();
              if (data === "[DONE]") return;
              let parsed: {
                choices?: { delta?: { content?: string | null } }[];
                error?: { message?: string };
              };
              try {
                parsed = JSON.parse(data);
              } catch {
                continue; // keep-alive comments or partial garbage: skip, the next event may be fine
              }
              if (parsed.error)
                throw new LlmError("http", `LLM stream error: ${parsed.error.message ?? "unknown"}`);
              const delta = parsed.choices?.[0]?.delta?.content;
              if (delta) yield delta;
            }
          }
        } catch (err) {
          return fail(err);
        }
      } finally {
        clearTimeout(timer);
        request.signal?.removeEventListener("abort", onAbort);
      }
    },
  };
}
