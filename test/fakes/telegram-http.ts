/**
 * Transport layer of the fake Bot API: the error type behind the `{"ok":false,…}` envelope,
 * request body decoding (JSON, urlencoded, query string and multipart/form-data as grammY sends it)
 * and `attach://` resolution.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

/** Parameters Telegram attaches to some errors (`parameters` in the error envelope). */
export interface ErrorParameters {
  retry_after?: number;
  migrate_to_chat_id?: number;
}

/** An API error; rendered as `{"ok":false,error_code,description,parameters}` with HTTP status = code. */
export class TgError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly parameters?: ErrorParameters,
  ) {
    super(description);
  }
}

/** A 400 with the `Bad Request: ` prefix Telegram puts on every validation error. */
export function badRequest(what: string): TgError {
  return new TgError(400, `Bad Request: ${what}`);
}

/** Exact error descriptions as Telegram words them; the UNVERIFIED ones are marked where they are thrown. */
export const TG_ERRORS = {
  unauthorized: "Unauthorized",
  methodNotFound: "Not Found: method not found",
  textEmpty: "Bad Request: message text is empty",
  textTooLong: "Bad Request: message is too long",
  captionTooLong: "Bad Request: message caption is too long",
  buttonDataInvalid: "Bad Request: BUTTON_DATA_INVALID",
  notModified:
    "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message",
  editNotFound: "Bad Request: message to edit not found",
  deleteNotFound: "Bad Request: message to delete not found",
  chatNotFound: "Bad Request: chat not found",
  blocked: "Forbidden: bot was blocked by the user",
  pollConflict:
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
  webhookActive:
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
  draftPeerInvalid: "Bad Request: TEXTDRAFT_PEER_INVALID",
  chargeAlreadyRefunded: "Bad Request: CHARGE_ALREADY_REFUNDED",
  queryTooOld: "Bad Request: query is too old and response timeout expired or query ID is invalid",
  wrongFileId: "Bad Request: wrong file identifier/HTTP URL specified",
  fileTooBig: "Bad Request: file is too big",
} as const;

/** `429 Too Many Requests: retry after N` with `parameters.retry_after`, as Telegram answers floods. */
export function tooManyRequests(seconds: number): TgError {
  return new TgError(429, `Too Many Requests: retry after ${seconds}`, { retry_after: seconds });
}

/** A file part of a multipart request, after `attach://` resolution. */
export interface UploadedFile {
  kind: "upload";
  /** The part name that `attach://<name>` referred to. */
  name: string;
  filename: string;
  contentType: string;
  size: number;
  bytes: Buffer;
}

/** Type guard for resolved uploads inside a payload. */
export function isUpload(v: unknown): v is UploadedFile {
  return typeof v === "object" && v !== null && (v as { kind?: unknown }).kind === "upload";
}

/** Decoded method parameters. */
export type Payload = Record<string, unknown>;

/** Read the whole request body, failing with 413 like the Bot API above its 50 MB upload limit. */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size <= maxBytes) chunks.push(c);
    });
    req.once("end", () =>
      size > maxBytes ? reject(new TgError(413, "Request Entity Too Large")) : resolve(Buffer.concat(chunks)),
    );
    req.once("error", reject);
  });
}

interface Part {
  name: string;
  filename?: string;
  contentType: string;
  data: Buffer;
}

/**
 * Parse multipart/form-data. grammY writes headers as `content-disposition:form-data;name="x"` and an
 * unquoted `filename=` (GY:core/payload.ts), so header matching is case-insensitive and space-tolerant.
 */
export function parseMultipart(body: Buffer, boundary: string): Part[] {
  const delim = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let pos = body.indexOf(delim);
  while (pos !== -1) {
    let start = pos + delim.length;
    if (body.subarray(start, start + 2).toString() === "--") break; // closing delimiter
    if (body[start] === 0x0d && body[start + 1] === 0x0a) start += 2;
    const next = body.indexOf(delim, start);
    if (next === -1) break;
    let end = next;
    if (body[end - 2] === 0x0d && body[end - 1] === 0x0a) end -= 2; // CRLF before the next delimiter
    const chunk = body.subarray(start, end);
    const headEnd = chunk.indexOf("\r\n\r\n");
    if (headEnd !== -1) {
      const head = chunk.subarray(0, headEnd).toString("utf8");
      const disp = /content-disposition\s*:[^\r\n]*/i.exec(head)?.[0] ?? "";
      const name = /[;\s]name="([^"]*)"/i.exec(disp)?.[1] ?? /[;\s]name=([^;\s]+)/i.exec(disp)?.[1];
      const filename = /filename="([^"]*)"/i.exec(disp)?.[1] ?? /filename=([^;\r\n]+)/i.exec(disp)?.[1];
      const contentType = /content-type\s*:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim() ?? "text/plain";
      if (name !== undefined) parts.push({ name, filename, contentType, data: chunk.subarray(headEnd + 4) });
    }
    pos = next;
  }
  return parts;
}

const NUMERIC_KEYS = new Set([
  "chat_id",
  "user_id",
  "message_id",
  "message_thread_id",
  "reply_to_message_id",
  "draft_id",
  "offset",
  "limit",
  "timeout",
  "duration",
  "width",
  "height",
  "max_connections",
  "cache_time",
  "from_chat_id",
  "subscription_period",
  "photo_size",
  "photo_width",
  "photo_height",
]);

const STRING_KEYS = new Set(["text", "caption", "payload", "title", "description", "error_message", "url"]);
const BOOLEAN_KEY =
  /^(ok|disable_.*|protect_.*|allow_.*|show_.*|is_.*|has_.*|need_.*|send_.*|drop_.*|can_.*)$/;

/**
 * Form fields arrive as strings; objects were `JSON.stringify`'d by grammY. Coerce by field name the
 * way the real server does by parameter type (so a caption "123" stays a string).
 */
export function coerceField(key: string, value: string): unknown {
  if (STRING_KEYS.has(key) || key.endsWith("_token")) return value;
  if (NUMERIC_KEYS.has(key) && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (BOOLEAN_KEY.test(key) && (value === "true" || value === "false")) return value === "true";
  if (value.startsWith("{") || value.startsWith("[")) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  }
  return value;
}

function resolveAttach(value: unknown, files: Map<string, UploadedFile>, used: Set<string>): unknown {
  if (typeof value === "string" && value.startsWith("attach://")) {
    const name = value.slice("attach://".length);
    const f = files.get(name);
    if (!f) throw badRequest(`file "${name}" referenced by attach:// is not found in the request`);
    used.add(name);
    return f;
  }
  if (Array.isArray(value)) return value.map((v) => resolveAttach(v, files, used));
  if (typeof value === "object" && value !== null && !Buffer.isBuffer(value) && !isUpload(value)) {
    const out: Payload = {};
    for (const [k, v] of Object.entries(value)) out[k] = resolveAttach(v, files, used);
    return out;
  }
  return value;
}

/** Decode a request's parameters from the query string and body, with uploads resolved. */
export function decodePayload(contentType: string, body: Buffer, query: URLSearchParams): Payload {
  const payload: Payload = {};
  for (const [k, v] of query) payload[k] = coerceField(k, v);
  const type = contentType.toLowerCase();
  if (body.length === 0) return payload;
  if (type.startsWith("application/json")) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString("utf8"));
    } catch {
      throw badRequest("can't parse JSON object");
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      throw badRequest("JSON object expected");
    }
    return Object.assign(payload, parsed);
  }
  if (type.startsWith("application/x-www-form-urlencoded")) {
    for (const [k, v] of new URLSearchParams(body.toString("utf8"))) payload[k] = coerceField(k, v);
    return payload;
  }
  if (type.startsWith("multipart/form-data")) {
    const boundary = /boundary=("?)([^";]+)\1/i.exec(contentType)?.[2];
    if (!boundary) throw badRequest("multipart boundary is missing");
    const files = new Map<string, UploadedFile>();
    const fields: [string, string][] = [];
    for (const p of parseMultipart(body, boundary)) {
      if (p.filename !== undefined) {
        const bytes = Buffer.from(p.data);
        files.set(p.name, {
          kind: "upload",
          name: p.name,
          filename: p.filename,
          contentType: p.contentType,
          size: bytes.length,
          bytes,
        });
      } else fields.push([p.name, p.data.toString("utf8")]);
    }
    const used = new Set<string>();
    for (const [k, v] of fields) payload[k] = resolveAttach(coerceField(k, v), files, used);
    // A file part whose name is itself a parameter (`photo=@file`, curl style) is a direct upload.
    for (const [name, f] of files) if (!used.has(name) && !(name in payload)) payload[name] = f;
    return payload;
  }
  throw badRequest(`unsupported content type ${contentType}`);
}

/** Write a JSON body with the given status. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/** Render a `TgError` into the Bot API error envelope. */
export function errorEnvelope(err: TgError): Record<string, unknown> {
  const env: Record<string, unknown> = { ok: false, error_code: err.code, description: err.description };
  if (err.parameters) env.parameters = err.parameters;
  return env;
}
