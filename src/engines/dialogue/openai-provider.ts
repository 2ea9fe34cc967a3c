/**
 * An LLM provider for any OpenAI-compatible chat-completions API (OpenAI, OpenRouter, Ollama, vLLM,
 * FAL's OpenAI-compatible router). Streams with server-sent events and turns every failure into a
 * classified LlmError; a timeout covers the wait for the first byte and every gap between chunks.
 */
// eventsource-parser 3.x: the 4.x line needs Node 22, and this service still runs on Node 20.
import { EventSourceParserStream } from "eventsource-parser/stream";
import { type ChatMessage, type CompletionRequest, LlmError, type LlmProvider } from "./types.ts";

/** The two names servers know the reply cap by. */
export type MaxTokensParam = "max_completion_tokens" | "max_tokens";

export interface OpenAiProviderOptions {
  baseUrl: string;
  apiKey?: string;
  model: string;
  authScheme?: "Bearer" | "Key";
  /** Longest silence tolerated from the server, in ms. */
  timeoutMs: number;
  fetch?: typeof fetch;
  /**
   * Which name the reply cap goes under. OpenAI's reasoning models refuse the deprecated
   * `max_tokens`, while some servers (Ollama, older vLLM) only know it. "auto" (the default) starts
   * with `max_completion_tokens` and switches for good when a server's 400 names the parameter.
   */
  maxTokensParam?: "auto" | MaxTokensParam;
}

type Chunk = {
  choices?: { delta?: { content?: string | null } }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
  error?: { message?: string };
};

/**
 * A message as the API takes it: with pictures, the content becomes parts, the text first (as
 * OpenRouter asks) and each picture as an `image_url` object, which OpenAI, OpenRouter and Ollama
 * all accept.
 */
export function wireMessage(m: ChatMessage): { role: string; content: unknown } {
  if (!m.images?.length) return { role: m.role, content: m.content };
  return {
    role: m.role,
    content: [
      { type: "text", text: m.content },
      ...m.images.map((url) => ({ type: "image_url", image_url: { url } })),
    ],
  };
}

/** The other name of the reply cap, when a 400 says the one sent is not accepted. */
function refusedParam(status: number, body: string, sent: MaxTokensParam): MaxTokensParam | undefined {
  // "max_tokens is too large … maximum context length" is about the prompt, not the name.
  if (status !== 400 || !body.includes(sent) || /context/i.test(body)) return undefined;
  if (!/unsupported|not supported|unrecognized|unknown|extra|not permitted|not allowed/i.test(body))
    return undefined;
  return sent === "max_tokens" ? "max_completion_tokens" : "max_tokens";
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
  // Learned from the server's answers and kept for the provider's life: one extra round trip, once.
  let capParam: MaxTokensParam =
    options.maxTokensParam === "max_tokens" ? "max_tokens" : "max_completion_tokens";
  let canSwitch = (options.maxTokensParam ?? "auto") === "auto";
  let askUsage = true;

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
        let response: Response | undefined;
        // At most one switch of each setting: a server that refuses both gets its error reported.
        for (let attempt = 0; attempt < 3 && !response; attempt++) {
          let r: Response;
          try {
            r = await doFetch(url, {
              method: "POST",
              headers,
              signal: controller.signal,
              body: JSON.stringify({
                model: options.model,
                messages: request.messages.map(wireMessage),
                stream: true,
                ...(askUsage ? { stream_options: { include_usage: true } } : {}),
                [capParam]: request.maxTokens,
                temperature: request.temperature,
                top_p: request.topP,
              }),
            });
          } catch (err) {
            return fail(err);
          }
          if (r.ok && r.body) {
            response = r;
            break;
          }
          const body = await r.text().catch(() => "");
          const other = canSwitch ? refusedParam(r.status, body, capParam) : undefined;
          if (other) {
            capParam = other;
            canSwitch = false;
            continue;
          }
          if (askUsage && r.status === 400 && /stream_options|include_usage/.test(body)) {
            askUsage = false;
            continue;
          }
          throw classifyHttp(r.status, body);
        }
        if (!response?.body) throw new LlmError("http", "LLM refused every form of the request");
        // Some OpenAI-compatible servers ignore `stream: true` and answer with one JSON completion.
        if ((response.headers.get("content-type") ?? "").includes("application/json")) {
          const body = (await response.json().catch(() => ({}))) as {
            choices?: { message?: { content?: string | null } }[];
            usage?: Chunk["usage"];
            error?: { message?: string };
          };
          if (body.error) throw new LlmError("http", `LLM error: ${body.error.message ?? "unknown"}`);
          if (body.usage) {
            request.onUsage?.({
              promptTokens: body.usage.prompt_tokens ?? 0,
              completionTokens: body.usage.completion_tokens ?? 0,
            });
          }
          const content = body.choices?.[0]?.message?.content;
          if (content) yield content;
          return;
        }
        const events = (response.body as ReadableStream<Uint8Array>)
          .pipeThrough(new TextDecoderStream())
          .pipeThrough(new EventSourceParserStream());
        try {
          for await (const event of events as unknown as AsyncIterable<{ data: string }>) {
            arm();
            if (event.data === "[DONE]") return;
            let parsed: Chunk;
            try {
              parsed = JSON.parse(event.data);
            } catch {
              continue; // partial garbage: skip, the next event may be fine
            }
            if (parsed.error)
              throw new LlmError("http", `LLM stream error: ${parsed.error.message ?? "unknown"}`);
            if (parsed.usage) {
              request.onUsage?.({
                promptTokens: parsed.usage.prompt_tokens ?? 0,
                completionTokens: parsed.usage.completion_tokens ?? 0,
              });
            }
            const delta = parsed.choices?.[0]?.delta?.content;
            if (delta) yield delta;
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
