/**
 * A fake OpenAI-compatible Chat Completions server for offline tests.
 *
 * Implements `POST /v1/chat/completions` (JSON and `stream: true` SSE, with `stream_options.include_usage`)
 * and `GET /v1/models` with OpenAI's response and error shapes, so production code using `fetch` or the
 * OpenAI SDK with `baseURL = fake.baseUrl` runs unchanged. By default it echoes the last user message
 * in several chunks; tests script replies, latency, errors, truncated streams or hangs per request.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

/** OpenAI's error object (`{"error":{…}}`). */
export interface OpenAiError {
  message: string;
  type: string;
  param?: string | null;
  code?: string | null;
}

/** How the fake answers one request. Unset fields fall back to the fake's defaults. */
export interface LlmBehaviour {
  /** Reply text; default `Echo: <last user message>`. */
  reply?: string;
  /** Characters per streamed content chunk (default 8). */
  chunkSize?: number;
  /** Delay between streamed chunks in ms (default 2). */
  chunkDelayMs?: number;
  /** Delay before the first byte (status line) in ms, to simulate a slow model. */
  delayMs?: number;
  finishReason?: "stop" | "length" | "content_filter";
  /** Stream only: destroy the connection after this many content chunks (no finish, no [DONE]). */
  dropAfterChunks?: number;
  /** Never answer; the request stays open until the client aborts or the fake closes. */
  hang?: boolean;
  /** Answer with this HTTP error status and OpenAI error body. */
  status?: number;
  error?: OpenAiError;
  headers?: Record<string, string>;
}

/** A recorded request. */
export interface LlmRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  // biome-ignore lint/suspicious/noExplicitAny: request JSON is arbitrary; tests inspect it freely
  body: any;
  at: number;
  stream: boolean;
  /** HTTP status sent (0 while pending or when the connection was dropped). */
  status: number;
  /** True when the client went away before the response was complete. */
  aborted: boolean;
}

/** Decides the behaviour for a request (used when no scripted step is queued). */
export type LlmHandler = (req: LlmRequest) => LlmBehaviour | Promise<LlmBehaviour>;

/** Options of `startFakeLlm`. */
export interface FakeLlmOptions {
  /** When set, `Authorization: Bearer <apiKey>` is required (401 otherwise). */
  apiKey?: string;
  /** Context window; prompt (+ max_tokens) above it → 400 context_length_exceeded. */
  maxContextTokens?: number;
  /** Models listed by GET /v1/models. */
  models?: string[];
  /** Defaults merged under every behaviour (e.g. `{ chunkDelayMs: 0 }`). */
  defaults?: LlmBehaviour;
  /**
   * Request fields this server refuses with a 400, as real servers do: OpenAI's reasoning models
   * refuse `max_tokens`; servers that predate them refuse `max_completion_tokens` or `stream_options`.
   */
  rejectParams?: ("max_tokens" | "max_completion_tokens" | "stream_options")[];
}

/** A running fake LLM server. */
export interface FakeLlm {
  /** e.g. `http://127.0.0.1:40123/v1` */
  readonly baseUrl: string;
  readonly requests: LlmRequest[];
  /** Queue behaviours for the next requests, one per request, in order. */
  script(...steps: LlmBehaviour[]): void;
  /** Behaviour for requests with no scripted step; null restores the echo default. */
  setHandler(fn: LlmHandler | null): void;
  /** Clear requests, the script and the handler. */
  reset(): void;
  close(): Promise<void>;
}

/** Token estimate used for usage and context limits: ~4 characters per token. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

const apiError = (status: number, error: OpenAiError, headers?: Record<string, string>): LlmBehaviour => ({
  status,
  error: { param: null, code: null, ...error },
  headers,
});

/** Ready-made OpenAI error behaviours. */
export const llmErrors = {
  /** 401 invalid_api_key. */
  unauthorized: (key = "sk-wrong"): LlmBehaviour =>
    apiError(401, {
      message: `Incorrect API key provided: ${key.slice(0, 3)}${"*".repeat(Math.max(0, key.length - 7))}${key.slice(-4)}. You can find your API key at https://platform.openai.com/account/api-keys.`,
      type: "invalid_request_error",
      code: "invalid_api_key",
    }),
  /** 429 rate_limit_exceeded with a retry-after header. */
  rateLimited: (retryAfterSeconds = 1): LlmBehaviour =>
    apiError(
      429,
      {
        message: `Rate limit reached for requests per min (RPM). Please try again in ${retryAfterSeconds}s.`,
        type: "requests",
        code: "rate_limit_exceeded",
      },
      { "retry-after": String(retryAfterSeconds) },
    ),
  /** 500 server_error. */
  serverError: (): LlmBehaviour =>
    apiError(500, {
      message: "The server had an error while processing your request. Sorry about that!",
      type: "server_error",
    }),
  /** 400 context_length_exceeded. */
  contextLengthExceeded: (max: number, got: number): LlmBehaviour =>
    apiError(400, {
      message: `This model's maximum context length is ${max} tokens. However, your messages resulted in ${got} tokens. Please reduce the length of the messages.`,
      type: "invalid_request_error",
      param: "messages",
      code: "context_length_exceeded",
    }),
  /** 400 invalid_request_error with a custom message. */
  badRequest: (message: string, param: string | null = null): LlmBehaviour =>
    apiError(400, { message, type: "invalid_request_error", param }),
};

type ChatMessage = { role?: string; content?: unknown };

function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content.map((p: { text?: unknown }) => (typeof p?.text === "string" ? p.text : "")).join("");
  }
  return "";
}

function readJson(req: IncomingMessage): Promise<{ raw: string; json: unknown; valid: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.once("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      try {
        resolve({ raw, json: raw ? JSON.parse(raw) : undefined, valid: true });
      } catch {
        resolve({ raw, json: undefined, valid: false });
      }
    });
    req.once("error", reject);
  });
}

/** Start the fake on 127.0.0.1 with an ephemeral port. */
export async function startFakeLlm(opts: FakeLlmOptions = {}): Promise<FakeLlm> {
  const requests: LlmRequest[] = [];
  let queue: LlmBehaviour[] = [];
  let handler: LlmHandler | null = null;
  const models = opts.models ?? ["fake-gpt"];

  function sendJson(
    res: ServerResponse,
    rec: LlmRequest | undefined,
    status: number,
    body: unknown,
    headers = {},
  ) {
    if (rec) rec.status = status;
    const text = JSON.stringify(body);
    res.writeHead(status, {
      "content-type": "application/json",
      "x-request-id": `req_${randomBytes(8).toString("hex")}`,
      ...headers,
    });
    res.end(text);
  }

  function authError(req: IncomingMessage): LlmBehaviour | undefined {
    if (opts.apiKey === undefined) return undefined;
    const auth = req.headers.authorization;
    if (!auth?.startsWith("Bearer ")) {
      return apiError(401, {
        message:
          "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY). You can obtain an API key from https://platform.openai.com/account/api-keys.",
        type: "invalid_request_error",
      });
    }
    const key = auth.slice("Bearer ".length).trim();
    return key === opts.apiKey ? undefined : llmErrors.unauthorized(key);
  }

  function validate(body: unknown, valid: boolean, rec: LlmRequest): LlmBehaviour | undefined {
    if (!valid || typeof body !== "object" || body === null) {
      return llmErrors.badRequest(
        "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)",
      );
    }
    const b = body as {
      model?: unknown;
      messages?: unknown;
      max_tokens?: unknown;
      max_completion_tokens?: unknown;
    };
    if (typeof b.model !== "string" || b.model === "")
      return llmErrors.badRequest("you must provide a model parameter");
    if (!Array.isArray(b.messages) || b.messages.length === 0) {
      return apiError(400, {
        message: "Missing required parameter: 'messages'.",
        type: "invalid_request_error",
        param: "messages",
        code: "missing_required_parameter",
      });
    }
    for (const param of opts.rejectParams ?? []) {
      if (!(param in b)) continue;
      return apiError(400, {
        message:
          param === "max_tokens"
            ? "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead."
            : `Unrecognized request argument supplied: ${param}`,
        type: "invalid_request_error",
        param,
        code: param === "max_tokens" ? "unsupported_parameter" : null,
      });
    }
    const max = opts.maxContextTokens;
    if (max !== undefined) {
      const prompt = promptTokens(rec);
      const completion = Number(b.max_completion_tokens ?? b.max_tokens ?? 0) || 0;
      if (prompt + completion > max) return llmErrors.contextLengthExceeded(max, prompt + completion);
    }
    return undefined;
  }

  const promptTokens = (rec: LlmRequest): number =>
    estimateTokens((rec.body.messages as ChatMessage[]).map((m) => contentText(m.content)).join("\n"));

  async function chooseBehaviour(rec: LlmRequest): Promise<LlmBehaviour> {
    const step = queue.shift() ?? (handler ? await handler(rec) : {});
    const messages = rec.body.messages as ChatMessage[];
    const lastUser = [...messages].reverse().find((m) => m.role === "user");
    return {
      reply: `Echo: ${contentText(lastUser?.content)}`,
      chunkSize: 8,
      chunkDelayMs: 2,
      ...opts.defaults,
      ...step,
    };
  }

  async function completions(req: IncomingMessage, res: ServerResponse, rec: LlmRequest, valid: boolean) {
    const failure = authError(req) ?? validate(rec.body, valid, rec);
    const b = failure ? undefined : await chooseBehaviour(rec);
    const behaviour = failure ?? b!;
    if (behaviour.delayMs) await sleep(behaviour.delayMs);
    if (behaviour.hang || res.destroyed) return; // the "close" listener marks the request aborted
    if (behaviour.status && behaviour.status >= 400) {
      const error = behaviour.error ?? { message: "error", type: "server_error", param: null, code: null };
      return sendJson(res, rec, behaviour.status, { error }, behaviour.headers);
    }
    const model = String(rec.body.model);
    let reply = behaviour.reply ?? "";
    let finish = behaviour.finishReason ?? "stop";
    const maxOut = Number(rec.body.max_completion_tokens ?? rec.body.max_tokens ?? 0);
    if (maxOut > 0 && estimateTokens(reply) > maxOut) {
      reply = reply.slice(0, maxOut * 4); // the model stopped at max_tokens
      finish = "length";
    }
    const usage = {
      prompt_tokens: promptTokens(rec),
      completion_tokens: estimateTokens(reply),
      total_tokens: promptTokens(rec) + estimateTokens(reply),
    };
    const id = `chatcmpl-${randomBytes(12).toString("base64url")}`;
    const created = Math.floor(Date.now() / 1000);
    if (!rec.stream) {
      const message = { role: "assistant", content: reply, refusal: null, annotations: [] };
      const choices = [{ index: 0, message, logprobs: null, finish_reason: finish }];
      const body = {
        id,
        object: "chat.completion",
        created,
        model,
        choices,
        usage,
        system_fingerprint: "fp_fake",
      };
      return sendJson(res, rec, 200, body, behaviour.headers);
    }
    await stream(res, rec, behaviour, { id, created, model, reply, finish, usage });
  }

  async function stream(
    res: ServerResponse,
    rec: LlmRequest,
    b: LlmBehaviour,
    c: { id: string; created: number; model: string; reply: string; finish: string; usage: object },
  ) {
    const includeUsage = rec.body.stream_options?.include_usage === true;
    const base = {
      id: c.id,
      object: "chat.completion.chunk",
      created: c.created,
      model: c.model,
      system_fingerprint: "fp_fake",
    };
    const chunk = (delta: object, finish: string | null) => ({
      ...base,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
      ...(includeUsage ? { usage: null } : {}),
    });
    const write = (data: unknown) =>
      !res.destroyed && res.write(`data: ${typeof data === "string" ? data : JSON.stringify(data)}\n\n`);
    rec.status = 200;
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache",
      ...b.headers,
    });
    write(chunk({ role: "assistant", content: "", refusal: null }, null));
    const size = Math.max(1, b.chunkSize ?? 8);
    let sent = 0;
    for (let i = 0; i < c.reply.length; i += size) {
      if (res.destroyed) return;
      if (b.dropAfterChunks !== undefined && sent >= b.dropAfterChunks) {
        rec.status = 0;
        res.destroy(); // simulate a connection dropped mid-stream
        return;
      }
      if (i > 0 && b.chunkDelayMs) await sleep(b.chunkDelayMs);
      write(chunk({ content: c.reply.slice(i, i + size) }, null));
      sent++;
    }
    write(chunk({}, c.finish));
    if (includeUsage) write({ ...base, choices: [], usage: c.usage });
    write("[DONE]");
    res.end();
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://fake").pathname.replace(/\/+$/, "");
    const { json, valid } = await readJson(req);
    const rec: LlmRequest = {
      method: req.method ?? "GET",
      path,
      headers: req.headers,
      body: json,
      at: Date.now(),
      stream: (json as { stream?: unknown } | undefined)?.stream === true,
      status: 0,
      aborted: false,
    };
    requests.push(rec);
    res.on("close", () => {
      if (!res.writableFinished) rec.aborted = true;
    });
    if (req.method === "POST" && path === "/v1/chat/completions") return completions(req, res, rec, valid);
    if (req.method === "GET" && (path === "/v1/models" || path.startsWith("/v1/models/"))) {
      const auth = authError(req);
      if (auth) return sendJson(res, rec, auth.status!, { error: auth.error });
      const list = models.map((id) => ({
        id,
        object: "model",
        created: 1_700_000_000,
        owned_by: "velro-fake",
      }));
      const one = list.find((m) => `/v1/models/${m.id}` === path);
      if (path === "/v1/models") return sendJson(res, rec, 200, { object: "list", data: list });
      if (one) return sendJson(res, rec, 200, one);
      const message = `The model '${path.slice("/v1/models/".length)}' does not exist`;
      return sendJson(res, rec, 404, {
        error: { message, type: "invalid_request_error", param: "model", code: "model_not_found" },
      });
    }
    const message = `Invalid URL (${req.method} ${path})`;
    sendJson(res, rec, 404, { error: { message, type: "invalid_request_error", param: null, code: null } });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent)
        sendJson(res, undefined, 500, { error: { message: String(e), type: "server_error" } });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...steps) => {
      queue.push(...steps);
    },
    setHandler: (fn) => {
      handler = fn;
    },
    reset: () => {
      requests.length = 0;
      queue = [];
      handler = null;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
