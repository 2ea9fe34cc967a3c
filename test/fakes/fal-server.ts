/**
 * A fake FAL server that follows the real queue protocol (submit, status, result, cancel,
 * storage uploads, error bodies and signed webhooks as FAL documents them), reached by the real `@fal-ai/client` through `proxyUrl: { url, when: "always" }`:
 * the client sends every call to the proxy with `x-fal-target-url`, so queue.fal.run and
 * rest.fal.ai share this one port. Jobs are scriptable per test; completions with a `fal_webhook`
 * are POSTed there, signed with Ed25519 like FAL's (keys served as a JWKS).
 */
import { createHash, generateKeyPairSync, type KeyObject, randomUUID, sign } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { falTtsOutcome, isTtsEndpoint } from "./tts-audio.ts";

/** How a submitted job behaves. */
export interface JobScript {
  /** Status polls answered IN_QUEUE (position counts down) then IN_PROGRESS before COMPLETED. */
  polls?: number;
  /** Stay IN_PROGRESS until `fake.complete(id)`. */
  hold?: boolean;
  /** The result: the model's output (default fixture) or an error response. */
  outcome?:
    | { type: "ok"; output?: unknown }
    | { type: "error"; status: number; body: unknown; errorType?: string };
  /** Size in bytes of the generated file served at /files (default: a tiny PNG / 64 KB MP4). */
  fileSize?: number;
  /**
   * Accept the job, then answer the submit with this status, as a gateway in front of FAL does when
   * it times out or fails after FAL took the request (e.g. 504).
   */
  acceptThenFail?: number;
  /** Speech-to-text endpoints: what was "said" (the output's `text`); default "Hello there." */
  transcript?: string;
  /** Vision endpoints: what the model says about the pictures (the output's text); default "A picture." */
  vision?: string;
}

export interface FakeJob {
  id: string;
  endpoint: string;
  input: Record<string, unknown>;
  webhook?: string;
  script: JobScript;
  polls: number;
  completed: boolean;
  cancelled: boolean;
}

export interface RecordedFalRequest {
  method: string;
  url: string;
  proxied: boolean;
  /** The path the request came in on: which proxy URL the caller used (one per instance in tests). */
  via: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export interface WebhookDelivery {
  requestId: string;
  status: number;
  body: string;
}

// A valid 1×1 PNG: what Telegram (the fake) and image code can parse.
export const TINY_PNG = Buffer.from(
  "89504e470d0a1a0a0000000d4948445200000001000000010806000000" +
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex",
);

const isVideo = (endpoint: string) => /veo|video|wan|hailuo|kling/.test(endpoint);
const isStt = (endpoint: string) => /wizper|whisper|speech-to-text/.test(endpoint);
const isVision = (endpoint: string) => /router\/vision|moondream|florence/.test(endpoint);

/** A 422 as FAL's input validation sends it: `{detail:[{loc,msg,type}]}`. */
const validationError = (field: string, msg: string, type: string): JobScript["outcome"] => ({
  type: "error",
  status: 422,
  body: { detail: [{ loc: ["body", field], msg, type }] },
});

/**
 * A speech-to-text result in the endpoint's own output shape: Wizper `{text, chunks, languages}`
 * (text with a leading space, as Whisper writes it), Whisper `{…, inferred_languages}`, ElevenLabs
 * `{text, language_code, language_probability, words}`; others (xAI's is undocumented) `{text}`.
 */
export function sttOutput(endpoint: string, transcript: string, seconds = 3): unknown {
  if (/wizper/.test(endpoint)) {
    const text = transcript ? ` ${transcript}` : "";
    return { text, chunks: text ? [{ timestamp: [0, seconds], text }] : [], languages: ["en"] };
  }
  if (/whisper/.test(endpoint)) {
    const text = transcript ? ` ${transcript}` : "";
    return {
      text,
      chunks: text ? [{ timestamp: [0, seconds], text }] : [],
      inferred_languages: ["en"],
      diarization_segments: [],
    };
  }
  if (/elevenlabs/.test(endpoint)) {
    const parts = transcript.split(/(\s+)/).filter(Boolean);
    const step = seconds / Math.max(1, parts.length);
    const words = parts.map((part, i) => ({
      text: part,
      type: /^\s+$/.test(part) ? "spacing" : "word",
      start: i * step,
      end: (i + 1) * step,
      speaker_id: "speaker_0",
    }));
    return { text: transcript, language_code: "eng", language_probability: 0.98, words };
  }
  return { text: transcript };
}

/** A content-policy rejection as FAL sends it (422 with a `detail` list naming the policy). */
export const contentPolicy = (): JobScript["outcome"] => ({
  type: "error",
  status: 422,
  body: {
    detail: [
      {
        loc: ["body", "prompt"],
        msg: "The content could not be processed because it violates the content policy.",
        type: "content_policy_violation",
        url: "https://docs.fal.ai/errors#content_policy_violation",
      },
    ],
  },
});

/** A runner failure as FAL reports it (500 is not retried by the client on result calls). */
export const runnerError = (): JobScript["outcome"] => ({
  type: "error",
  status: 500,
  body: { detail: "Runner crashed", error_type: "runner_server_error" },
  errorType: "runner_server_error",
});

/** Start the fake on 127.0.0.1. */
export async function startFakeFal(options: { webhookRetries?: number } = {}) {
  /** Whisper-family endpoints whose schema lists no OGG may be set to refuse it (see `sttRejectsOgg`). */
  let rejectOgg = false;
  const jobs = new Map<string, FakeJob>();
  const files = new Map<string, { bytes: Buffer; contentType: string }>();
  const requests: RecordedFalRequest[] = [];
  const webhookDeliveries: WebhookDelivery[] = [];
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  let script: (job: FakeJob) => JobScript = () => ({});
  let base = "";
  const pending = new Set<Promise<unknown>>();

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
  };

  function output(job: FakeJob): unknown {
    const o = job.script.outcome;
    if (o?.type === "ok" && o.output !== undefined) return o.output;
    const video = isVideo(job.endpoint);
    const key = `${job.id}.${video ? "mp4" : "png"}`;
    const size = job.script.fileSize;
    const bytes = video
      ? Buffer.alloc(size ?? 64 * 1024, 1)
      : size
        ? Buffer.concat([TINY_PNG, Buffer.alloc(size)])
        : TINY_PNG;
    files.set(key, { bytes, contentType: video ? "video/mp4" : "image/png" });
    const file = {
      url: `${base}/files/${key}`,
      content_type: video ? "video/mp4" : "image/png",
      file_size: bytes.length,
    };
    if (video) return { video: { ...file, file_name: key } };
    return {
      images: [{ ...file, width: 1, height: 1 }],
      seed: 42,
      has_nsfw_concepts: [false],
      prompt: job.input.prompt,
      timings: {},
    };
  }

  /** The file (audio, image) a job points at: the fake's own storage, a `data:` URI, or an outside URL. */
  function audioOf(url: string): { contentType: string; bytes?: Buffer } {
    const data = /^data:([^;,]+)[^,]*,/.exec(url);
    if (data) return { contentType: data[1]! };
    const key = url.startsWith(`${base}/files/`) ? url.slice(base.length + 7) : undefined;
    const stored = key ? files.get(key) : undefined;
    if (stored) return stored;
    return { contentType: /\.(ogg|oga|opus)(\?|$)/i.test(url) ? "audio/ogg" : "application/octet-stream" };
  }

  /** Validates an STT job's input like the endpoint's schema and scripts its outcome. */
  function sttOutcome(job: FakeJob): JobScript["outcome"] {
    const url = job.input.audio_url;
    if (typeof url !== "string" || url === "") {
      return validationError("audio_url", "field required", "value_error.missing");
    }
    const audio = audioOf(url);
    const ogg =
      audio.contentType.includes("ogg") || audio.bytes?.subarray(0, 4).toString("latin1") === "OggS";
    if (rejectOgg && ogg && /wizper|whisper/.test(job.endpoint)) {
      return validationError(
        "audio_url",
        "Unsupported audio format. Supported formats: mp3, mp4, mpeg, mpga, m4a, wav or webm",
        "value_error",
      );
    }
    return { type: "ok", output: sttOutput(job.endpoint, job.script.transcript ?? "Hello there.") };
  }

  /**
   * Checks an image-to-video or Kontext text-to-image input like those endpoints' schemas
   * (protocols-2 C5, C6): required fields, string enums, and an `image_url` FAL can fetch (the
   * fake's own storage, holding an image). A 422 outcome when it does not pass, else undefined.
   */
  function motionOutcome(job: FakeJob): JobScript["outcome"] {
    const { input, endpoint } = job;
    if (typeof input.prompt !== "string" || input.prompt === "") {
      return validationError("prompt", "field required", "value_error.missing");
    }
    const enums: [string, readonly string[]][] = /kontext\/max\/text-to-image$/.test(endpoint)
      ? [["aspect_ratio", ["21:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:21"]]]
      : /kling-video/.test(endpoint)
        ? [["duration", ["5", "10"]]]
        : /veo3/.test(endpoint)
          ? [
              ["duration", ["4s", "6s", "8s"]],
              ["aspect_ratio", ["auto", "16:9", "9:16"]],
            ]
          : [];
    for (const [field, allowed] of enums) {
      if (input[field] !== undefined && !allowed.includes(input[field] as string)) {
        const msg = `unexpected value; permitted: ${allowed.map((a) => `'${a}'`).join(", ")}`;
        return validationError(field, msg, "value_error.const");
      }
    }
    if (!/image-to-video$/.test(endpoint)) return undefined;
    const url = input.image_url;
    if (typeof url !== "string" || url === "") {
      return validationError("image_url", "field required", "value_error.missing");
    }
    const image = audioOf(url);
    const readable = url.startsWith("data:") || Boolean(image.bytes?.length);
    if (!readable || !image.contentType.startsWith("image/")) {
      return validationError("image_url", "Failed to download or read the image", "file_download_error");
    }
    return undefined;
  }

  /**
   * Validates a vision job's input like the endpoint's schema (the router: `image_urls`, `prompt`
   * and `model` required; Moondream and Florence: one `image_url`), and answers in its output shape.
   */
  function visionOutcome(job: FakeJob): JobScript["outcome"] {
    const input = job.input;
    const text = job.script.vision ?? "A picture.";
    const readable = (url: unknown) =>
      typeof url === "string" &&
      (url.startsWith(`${base}/files/`)
        ? files.has(url.slice(base.length + 7))
        : /^(https?|data):/.test(url));
    if (/router\/vision/.test(job.endpoint)) {
      const urls = input.image_urls;
      if (!Array.isArray(urls) || urls.length === 0)
        return validationError("image_urls", "field required", "value_error.missing");
      if (!urls.every(readable))
        return validationError("image_urls", "Could not download the image", "file_download_error");
      for (const field of ["prompt", "model"]) {
        if (typeof input[field] !== "string" || input[field] === "")
          return validationError(field, "field required", "value_error.missing");
      }
      const usage = { prompt_tokens: 1_342, completion_tokens: Math.ceil(text.length / 4), cost: 0.0005595 };
      return { type: "ok", output: { output: text, usage } };
    }
    if (!readable(input.image_url))
      return validationError("image_url", "field required", "value_error.missing");
    if (/florence/.test(job.endpoint)) return { type: "ok", output: { results: text } };
    const usage_info = { input_tokens: 740, output_tokens: Math.ceil(text.length / 4) };
    return { type: "ok", output: { output: text, finish_reason: "stop", usage_info } };
  }

  function statusBody(job: FakeJob, state: string, logs: boolean) {
    const root = `${base}/${job.endpoint.split("/").slice(0, 2).join("/")}/requests/${job.id}`;
    const urls = {
      request_id: job.id,
      response_url: root,
      status_url: `${root}/status`,
      cancel_url: `${root}/cancel`,
    };
    if (state === "IN_QUEUE") {
      return {
        status: state,
        queue_position: Math.max(0, (job.script.polls ?? 2) - job.polls - 1),
        logs: null,
        ...urls,
      };
    }
    return {
      status: state,
      logs: logs
        ? [{ message: "working", level: "INFO", source: "USER", timestamp: new Date().toISOString() }]
        : null,
      ...(state === "COMPLETED" ? { metrics: { inference_time: 0.1 } } : {}),
      ...urls,
    };
  }

  /** Signs a webhook body like FAL (Ed25519 over request id, user id, timestamp and body hash); `timestamp` defaults to now. */
  function signWebhook(requestId: string, raw: string, opts: { timestamp?: number; key?: KeyObject } = {}) {
    const ts = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
    const digest = createHash("sha256").update(raw).digest("hex");
    const msg = `${requestId}\nuser-1\n${ts}\n${digest}`;
    return {
      "content-type": "application/json",
      "x-fal-webhook-request-id": requestId,
      "x-fal-webhook-user-id": "user-1",
      "x-fal-webhook-timestamp": ts,
      "x-fal-webhook-signature": sign(null, Buffer.from(msg), opts.key ?? privateKey).toString("hex"),
    };
  }

  function webhookBody(job: FakeJob): string {
    const o = job.script.outcome;
    if (o?.type === "error") {
      return JSON.stringify({
        request_id: job.id,
        gateway_request_id: job.id,
        status: "ERROR",
        error: `Invalid status code: ${o.status}`,
        payload: o.body,
      });
    }
    return JSON.stringify({
      request_id: job.id,
      gateway_request_id: job.id,
      status: "OK",
      payload: output(job),
    });
  }

  async function deliverWebhook(job: FakeJob): Promise<void> {
    const raw = webhookBody(job);
    for (let attempt = 0; attempt <= (options.webhookRetries ?? 2); attempt++) {
      try {
        const res = await fetch(job.webhook!, {
          method: "POST",
          headers: signWebhook(job.id, raw),
          body: raw,
        });
        webhookDeliveries.push({ requestId: job.id, status: res.status, body: raw });
        if (res.ok) return;
      } catch {
        webhookDeliveries.push({ requestId: job.id, status: 0, body: raw });
      }
      await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
    }
  }

  function finish(job: FakeJob) {
    if (job.completed) return;
    job.completed = true;
    if (job.webhook && !job.cancelled) {
      const p = deliverWebhook(job).finally(() => pending.delete(p));
      pending.add(p);
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const target = req.headers["x-fal-target-url"];
    const url = new URL(typeof target === "string" ? target : `${base}${req.url}`);
    requests.push({
      method: req.method!,
      url: url.toString(),
      proxied: !!target,
      via: req.url ?? "",
      headers: req.headers,
      body: body.toString(),
    });
    const path = url.pathname;

    if (req.method === "GET" && path === "/.well-known/jwks.json") {
      return send(res, 200, { keys: [{ ...publicKey.export({ format: "jwk" }), kid: "fake-1" }] });
    }
    if (req.method === "PUT" && path.startsWith("/upload/")) {
      files.set(path.slice(8), { bytes: body, contentType: String(req.headers["content-type"] ?? "") });
      return send(res, 200, {});
    }
    if (req.method === "GET" && path.startsWith("/files/")) {
      const f = files.get(path.slice(7));
      if (!f) return send(res, 404, { detail: "Not Found" });
      res.writeHead(200, { "content-type": f.contentType, "content-length": f.bytes.length }).end(f.bytes);
      return;
    }
    if (!String(req.headers.authorization ?? "").startsWith("Key "))
      return send(res, 401, { detail: "Unauthorized" });

    if (req.method === "POST" && path === "/storage/upload/initiate") {
      const { file_name } = JSON.parse(body.toString() || "{}") as { file_name?: string };
      const key = `${randomUUID()}-${file_name ?? "file"}`;
      return send(res, 200, { upload_url: `${base}/upload/${key}`, file_url: `${base}/files/${key}` });
    }
    const m = /^\/([^/]+\/[^/]+)\/requests\/([^/]+)(\/status|\/cancel)?$/.exec(path);
    if (m) {
      const job = jobs.get(m[2]!);
      if (!job?.endpoint.startsWith(m[1]!)) return send(res, 404, { detail: "Request not found" });
      if (m[3] === "/cancel") {
        if (job.completed) return send(res, 400, { status: "ALREADY_COMPLETED" });
        job.cancelled = true;
        return send(res, 202, { status: "CANCELLATION_REQUESTED" });
      }
      if (m[3] === "/status") {
        const logs = url.searchParams.get("logs") === "1";
        if (!job.completed && !job.script.hold && job.polls >= (job.script.polls ?? 2)) finish(job);
        if (job.completed) return send(res, 200, statusBody(job, "COMPLETED", logs));
        job.polls++;
        const state = job.script.hold || job.polls >= (job.script.polls ?? 2) ? "IN_PROGRESS" : "IN_QUEUE";
        return send(res, 202, statusBody(job, state, logs));
      }
      if (!job.completed) return send(res, 400, { detail: "Request is still in progress" });
      const o = job.script.outcome;
      if (o?.type === "error") {
        return send(res, o.status, o.body, {
          "x-fal-request-id": job.id,
          ...(o.errorType ? { "x-fal-error-type": o.errorType } : {}),
        });
      }
      return send(res, 200, output(job), { "x-fal-request-id": job.id });
    }
    if (req.method === "POST" && url.hostname.startsWith("queue.")) {
      const job: FakeJob = {
        id: randomUUID(),
        endpoint: path.slice(1),
        input: JSON.parse(body.toString() || "{}"),
        webhook: url.searchParams.get("fal_webhook") ?? undefined,
        script: {},
        polls: 0,
        completed: false,
        cancelled: false,
      };
      job.script = script(job);
      if (isStt(job.endpoint) && !job.script.outcome) job.script.outcome = sttOutcome(job);
      // Speech: the audio file is stored here and named by URL, as FAL's CDN does.
      if (isTtsEndpoint(job.endpoint) && !job.script.outcome) {
        job.script.outcome = falTtsOutcome(job.endpoint, job.input, (name, audio) => {
          files.set(name, audio);
          return `${base}/files/${name}`;
        });
      }
      if (isVision(job.endpoint) && !job.script.outcome) job.script.outcome = visionOutcome(job);
      if (/image-to-video$|kontext\/max\/text-to-image$/.test(job.endpoint) && !job.script.outcome)
        job.script.outcome = motionOutcome(job);
      jobs.set(job.id, job);
      // Webhook jobs complete on their own; nobody polls them.
      if (job.webhook && !job.script.hold) setTimeout(() => finish(job), 30);
      if (job.script.acceptThenFail) {
        return send(res, job.script.acceptThenFail, { detail: "upstream request timeout" });
      }
      return send(res, 200, statusBody(job, "IN_QUEUE", false), { "x-fal-request-id": job.id });
    }
    return send(res, 404, { detail: `no route for ${req.method} ${url}` });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err) => send(res, 500, { detail: String(err) }));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    /** Pass as FAL_PROXY_URL. */
    url: `${base}/proxy`,
    base,
    jwksUrl: `${base}/.well-known/jwks.json`,
    /** The service's FAL settings for this fake: key, proxy, JWKS and a quick poll interval. */
    env: {
      FAL_KEY: "test-key:secret",
      FAL_PROXY_URL: `${base}/proxy`,
      FAL_WEBHOOK_JWKS_URL: `${base}/.well-known/jwks.json`,
      FAL_POLL_INTERVAL_MS: "40",
    },
    jobs,
    files,
    requests,
    webhookDeliveries,
    /** Decides each new job's behaviour. */
    setScript(fn: (job: FakeJob) => JobScript) {
      script = fn;
    },
    /** Whisper-family STT endpoints answer OGG audio with a 422 while this is on. */
    sttRejectsOgg(on: boolean) {
      rejectOgg = on;
    },
    /** Completes a held job (and delivers its webhook, if any). */
    complete(id: string) {
      const job = jobs.get(id);
      if (!job) throw new Error(`no job ${id}`);
      job.script.hold = false;
      finish(job);
    },
    signWebhook,
    webhookBody,
    /** Waits until webhook deliveries in flight are done. */
    async settle() {
      await Promise.all([...pending]);
    },
    async close() {
      await Promise.all([...pending]);
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

export type FakeFal = Awaited<ReturnType<typeof startFakeFal>>;
