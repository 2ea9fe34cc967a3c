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
import { type SpeechBehaviour, type SpeechRequest, speechAnswer } from "./tts-audio.ts";

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
  /**
   * Decline the request the way OpenAI's models do: `message.refusal` (or `delta.refusal` when
   * streaming) carries this text, and there is no content.
   */
  refusal?: string;
}

/** A picture a request carried in an `image_url` part, decoded when it was a `data:` URL. */
export interface LlmImage {
  url: string;
  /** The MIME type of a `data:` URL; undefined for a remote URL. */
  mime?: string;
  bytes?: Buffer;
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
  /** Pictures in the request's messages, in order. */
  images: LlmImage[];
}

/** How the fake answers one `POST /v1/audio/transcriptions`. */
export interface TranscriptionBehaviour {
  /** What was "said"; default "Hello there." */
  text?: string;
  /** Delay before answering, in ms. */
  delayMs?: number;
  /** Answer with this HTTP error status and OpenAI error body. */
  status?: number;
  error?: OpenAiError;
}

/** A recorded transcription request, with its multipart fields decoded. */
export interface TranscriptionRequest {
  headers: IncomingMessage["headers"];
  /** The text fields (`model`, `response_format`, `language`, …). */
  fields: Record<string, string>;
  file?: { name: string; type: string; bytes: Buffer };
  status: number;
  at: number;
}

/** OpenAI's 25 MB cap on an audio upload. */
export const TRANSCRIPTION_MAX_BYTES = 25 * 1024 * 1024;

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
  /** Models that take pictures; when set, a request with pictures for another model is refused. */
  visionModels?: string[];
  /** Refuse pictures given by http(s) URL, as Ollama does: only `data:` URLs are read. */
  dataUrlsOnly?: boolean;
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
  /** Transcription requests, in order (kept apart from the chat `requests`). */
  readonly transcriptions: TranscriptionRequest[];
  /** Queue behaviours for the next transcription requests, one per request. */
  scriptTranscriptions(...steps: TranscriptionBehaviour[]): void;
  /** `/audio/speech` requests, in order (see tts-audio.ts for the protocol). */
  readonly speeches: SpeechRequest[];
  /** Queue behaviours for the next speech requests, one per request. */
  scriptSpeech(...steps: SpeechBehaviour[]): void;
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

/** The signatures of the picture formats vision models read (PNG, JPEG, GIF, WebP). */
const IMAGE_MAGIC: Record<string, (b: Buffer) => boolean> = {
  "image/png": (b) => b.subarray(0, 8).equals(Buffer.from("89504e470d0a1a0a", "hex")),
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/gif": (b) => b.subarray(0, 4).toString("latin1") === "GIF8",
  "image/webp": (b) =>
    b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
};

/**
 * The pictures of a request: `image_url` parts as objects (`{url}`) or bare strings (both are
 * sent in the wild), `data:` URLs decoded. Throws the API's error for a part it cannot read.
 */
function imagesOf(messages: ChatMessage[], dataUrlsOnly: boolean): LlmImage[] {
  const images: LlmImage[] = [];
  for (const m of messages) {
    if (!Array.isArray(m.content)) continue;
    for (const part of m.content as { type?: unknown; image_url?: unknown }[]) {
      if (part?.type !== "image_url") continue;
      const raw = part.image_url;
      const url = typeof raw === "string" ? raw : (raw as { url?: unknown } | undefined)?.url;
      if (typeof url !== "string" || url === "") {
        throw llmErrors.badRequest(
          "Missing required parameter: 'messages[].content[].image_url.url'.",
          "messages",
        );
      }
      const data = /^data:([^;,]+);base64,(.*)$/s.exec(url);
      if (!data) {
        if (dataUrlsOnly || !/^https?:\/\//.test(url)) throw invalidImage();
        images.push({ url });
        continue;
      }
      const mime = data[1]!.toLowerCase();
      const bytes = Buffer.from(data[2]!, "base64");
      if (!IMAGE_MAGIC[mime]?.(bytes)) throw invalidImage();
      images.push({ url, mime, bytes });
    }
  }
  return images;
}

/** OpenAI's answer to a picture it cannot read. */
const invalidImage = () =>
  apiError(400, {
    message: "You uploaded an unsupported image. Please make sure your image is valid.",
    type: "invalid_request_error",
    param: null,
    code: "invalid_image_format",
  });

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

const AUDIO_EXTENSIONS = ["flac", "m4a", "mp3", "mp4", "mpeg", "mpga", "oga", "ogg", "wav", "webm"];

/**
 * Checks a transcription upload the way OpenAI does: `file` and `model` required; the file's name
 * must carry a known audio extension. whisper-1 takes `.oga`, the gpt-4o transcribers refuse it
 * (as Groq does); they also accept only `response_format=json`.
 */
function transcriptionProblem(rec: TranscriptionRequest): OpenAiError | undefined {
  const model = rec.fields.model;
  if (!rec.file) {
    return {
      message: "Missing required parameter: 'file'.",
      type: "invalid_request_error",
      param: "file",
      code: "missing_required_parameter",
    };
  }
  if (!model) {
    return {
      message: "Missing required parameter: 'model'.",
      type: "invalid_request_error",
      param: "model",
      code: "missing_required_parameter",
    };
  }
  const ext = /\.([A-Za-z0-9]+)$/.exec(rec.file.name)?.[1]?.toLowerCase() ?? "";
  const gpt4o = model.startsWith("gpt-4o");
  if (ext === "oga" && gpt4o) {
    return {
      message: "Unsupported file format oga",
      type: "invalid_request_error",
      param: "file",
      code: "unsupported_value",
    };
  }
  if (!AUDIO_EXTENSIONS.includes(ext)) {
    return {
      message: `Invalid file format. Supported formats: ${JSON.stringify(AUDIO_EXTENSIONS).replace(/"/g, "'")}`,
      type: "invalid_request_error",
      param: null,
      code: null,
    };
  }
  const format = rec.fields.response_format ?? "json";
  if (gpt4o && format !== "json") {
    return {
      message: `response_format '${format}' is not compatible with model '${model}'. Use 'json'.`,
      type: "invalid_request_error",
      param: "response_format",
      code: "unsupported_value",
    };
  }
  if (!["json", "text", "srt", "verbose_json", "vtt"].includes(format)) {
    return {
      message: `Invalid response_format '${format}'.`,
      type: "invalid_request_error",
      param: "response_format",
      code: null,
    };
  }
  return undefined;
}

/** Start the fake on 127.0.0.1 with an ephemeral port. */
export async function startFakeLlm(opts: FakeLlmOptions = {}): Promise<FakeLlm> {
  const requests: LlmRequest[] = [];
  const transcriptions: TranscriptionRequest[] = [];
  const speeches: SpeechRequest[] = [];
  let speechQueue: SpeechBehaviour[] = [];
  let transcriptionQueue: TranscriptionBehaviour[] = [];
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
    try {
      rec.images = imagesOf(b.messages as ChatMessage[], opts.dataUrlsOnly === true);
    } catch (failure) {
      return failure as LlmBehaviour;
    }
    if (rec.images.length && opts.visionModels && !opts.visionModels.includes(b.model)) {
      return apiError(400, {
        message: "Invalid content type. image_url is only supported by certain models.",
        type: "invalid_request_error",
        param: "messages.[0].content.[1].type",
        code: null,
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
      const message = behaviour.refusal
        ? { role: "assistant", content: null, refusal: behaviour.refusal, annotations: [] }
        : { role: "assistant", content: reply, refusal: null, annotations: [] };
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
    if (b.refusal) {
      write(chunk({ refusal: b.refusal }, null));
      write(chunk({}, "stop"));
      write("[DONE]");
      res.end();
      return;
    }
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

  /** `POST /v1/audio/transcriptions`: multipart in, json / text / verbose_json out. */
  async function transcribe(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rec: TranscriptionRequest = { headers: req.headers, fields: {}, status: 0, at: Date.now() };
    transcriptions.push(rec);
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const c of req) {
      size += (c as Buffer).length;
      if (size <= TRANSCRIPTION_MAX_BYTES) chunks.push(c as Buffer);
    }
    const fail = (status: number, error: OpenAiError) => {
      rec.status = status;
      sendJson(res, undefined, status, { error: { param: null, code: null, ...error } });
    };
    const auth = authError(req);
    if (auth) return fail(auth.status!, auth.error!);
    if (size > TRANSCRIPTION_MAX_BYTES) {
      return fail(413, {
        message: `Maximum content size limit (${TRANSCRIPTION_MAX_BYTES}) exceeded (${size} bytes read)`,
        type: "server_error",
      });
    }
    const type = req.headers["content-type"] ?? "";
    if (!type.startsWith("multipart/form-data")) {
      return fail(400, {
        message: "Invalid Content-Type header (expected multipart/form-data).",
        type: "invalid_request_error",
      });
    }
    let form: FormData;
    try {
      form = await new Response(Buffer.concat(chunks), { headers: { "content-type": type } }).formData();
    } catch {
      return fail(400, { message: "Could not parse multipart form", type: "invalid_request_error" });
    }
    for (const [key, value] of form.entries()) {
      if (typeof value === "string") rec.fields[key] = value;
      else if (key === "file") {
        rec.file = { name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) };
      }
    }
    const problem = transcriptionProblem(rec);
    if (problem) return fail(400, problem);
    const b = transcriptionQueue.shift() ?? {};
    if (b.delayMs) await sleep(b.delayMs);
    if (b.status && b.status >= 400) {
      return fail(b.status, b.error ?? { message: "error", type: "server_error" });
    }
    const text = b.text ?? "Hello there.";
    const model = rec.fields.model!;
    const seconds = Math.max(1, Math.round((rec.file?.bytes.length ?? 0) / 2_000));
    const usage = model.startsWith("gpt-4o")
      ? {
          type: "tokens",
          input_tokens: seconds * 10,
          output_tokens: estimateTokens(text),
          total_tokens: seconds * 10 + estimateTokens(text),
          input_token_details: { audio_tokens: seconds * 10, text_tokens: 0 },
        }
      : { type: "duration", seconds };
    rec.status = 200;
    const format = rec.fields.response_format ?? "json";
    if (format === "text" || format === "srt" || format === "vtt") {
      res.writeHead(200, { "content-type": "text/plain; charset=utf-8" }).end(`${text}\n`);
      return;
    }
    if (format === "verbose_json") {
      return sendJson(res, undefined, 200, {
        task: "transcribe",
        language: "english",
        duration: seconds,
        text,
        segments: [
          {
            id: 0,
            seek: 0,
            start: 0,
            end: seconds,
            text: ` ${text}`,
            tokens: [50364],
            temperature: 0,
            avg_logprob: -0.2,
            compression_ratio: 1.1,
            no_speech_prob: 0.01,
          },
        ],
        usage,
      });
    }
    sendJson(res, undefined, 200, { text, usage });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://fake").pathname.replace(/\/+$/, "");
    if (req.method === "POST" && path === "/v1/audio/transcriptions") return transcribe(req, res);
    if (req.method === "POST" && path === "/v1/audio/speech") {
      const { json } = await readJson(req);
      const rec: SpeechRequest = {
        headers: req.headers,
        body: (json ?? {}) as Record<string, unknown>,
        status: 0,
      };
      speeches.push(rec);
      const auth = authError(req);
      if (auth) return sendJson(res, undefined, auth.status!, { error: auth.error });
      const b = speechQueue.shift() ?? {};
      if (b.delayMs) await sleep(b.delayMs);
      const answer = speechAnswer(json, b);
      rec.status = answer.status;
      res.writeHead(answer.status, { "content-type": answer.contentType }).end(answer.bytes);
      return;
    }
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
      images: [],
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
    transcriptions,
    scriptTranscriptions: (...steps) => {
      transcriptionQueue.push(...steps);
    },
    speeches,
    scriptSpeech: (...steps) => {
      speechQueue.push(...steps);
    },
    reset: () => {
      requests.length = 0;
      transcriptions.length = 0;
      transcriptionQueue = [];
      speeches.length = 0;
      speechQueue = [];
      queue = [];
      handler = null;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
