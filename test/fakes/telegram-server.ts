/**
 * A protocol-faithful fake Telegram Bot API server for offline tests: envelope and error strings, polling and webhooks, limits, media, payments
 * and drafts behave as Telegram documents them.
 *
 * Point grammY at it with `new Bot(fake.token, { botInfo: fake.botInfo, client: { apiRoot: fake.apiRoot } })`:
 * grammY's real serialisation (JSON or multipart), error classes, long polling, webhook replies and
 * plugins' internal `Api` instances all hit this server, so tests exercise the same code paths as
 * production. Every request is recorded in `fake.calls`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Message, PhotoSize, Update, UserFromGetMe } from "grammy/types";
import { adminMethods } from "./telegram-admin.ts";
import {
  decodePayload,
  type ErrorParameters,
  errorEnvelope,
  type Payload,
  readBody,
  sendJson,
  TG_ERRORS,
  TgError,
  tooManyRequests,
} from "./telegram-http.ts";
import { mediaMethods, registerPhotoSizes } from "./telegram-media.ts";
import { Described, type Handler, messageMethods } from "./telegram-methods.ts";
import {
  type ChargeRecord,
  type DraftRecord,
  type FloodLimits,
  type InvoiceRecord,
  type RecordedCall,
  type StoredFile,
  TelegramState,
  type WebhookState,
} from "./telegram-state.ts";
import { voiceMethods } from "./telegram-voice.ts";
import {
  createDelivery,
  type DeliverOpts,
  type PurchaseOpts,
  type PurchaseOutcome,
  type WebhookDelivery,
} from "./telegram-webhook.ts";
import { DEFAULT_BOT } from "./updates.ts";

export { TG_ERRORS } from "./telegram-http.ts";
export type {
  ChargeRecord,
  DraftRecord,
  FloodLimits,
  InvoiceRecord,
  RecordedCall,
  StoredFile,
} from "./telegram-state.ts";
export type { DeliverOpts, PurchaseOpts, PurchaseOutcome, WebhookDelivery } from "./telegram-webhook.ts";

/** Options of `startFakeTelegram`. */
export interface FakeTelegramOptions {
  token?: string;
  botId?: number;
  botUsername?: string;
  botFirstName?: string;
  /** Webhook delivery retry policy (tests want small delays). */
  webhookMaxAttempts?: number;
  webhookRetryDelaysMs?: number[];
  webhookTimeoutMs?: number;
}

/** A running fake Bot API server and its test hooks. */
export interface FakeTelegram {
  /** e.g. `http://127.0.0.1:40123` (no trailing slash, as grammY requires). */
  readonly apiRoot: string;
  readonly token: string;
  /** Full getMe result, for `new Bot(token, { botInfo })`. */
  readonly botInfo: UserFromGetMe;
  /** Every request in completion order, failed ones included. */
  readonly calls: RecordedCall[];
  /** Recorded calls of one method (case-insensitive). */
  callsOf(method: string): RecordedCall[];
  /** Current state of the bot's messages in a chat (after edits/deletes), by message_id. */
  messages(chatId: number): Message[];
  /** Current state of all known messages in a chat, incoming ones included. */
  allMessages(chatId: number): Message[];
  /** Every sendMessageDraft accepted for a chat, in order. */
  drafts(chatId: number): DraftRecord[];
  /** The draft a user would see now: the latest one, unless older than 30 s or superseded by a message. */
  currentDraft(chatId: number): DraftRecord | undefined;
  /** Invoices sent or links created. */
  invoices(): InvoiceRecord[];
  /** Stars charges (from simulatePurchase or observed successful_payment updates) and refund state. */
  charges(): ChargeRecord[];
  /** Current webhook settings, or null in polling mode. */
  webhook(): WebhookState | null;
  /** Updates queued for getUpdates and not yet confirmed. */
  pendingUpdates(): Update[];
  /** Resolve with the first call (index ≥ `after`) matching a predicate or method name. */
  waitFor(
    match: string | ((c: RecordedCall) => boolean),
    timeoutMs?: number,
    after?: number,
  ): Promise<RecordedCall>;
  /** Queue an update for getUpdates; returns it with its (monotonic) update_id. */
  pushUpdate(update: Update | Omit<Update, "update_id">): Update;
  /** POST an update to the webhook set by the bot, as Telegram would. */
  deliverWebhook(update: Update | Omit<Update, "update_id">, opts?: DeliverOpts): Promise<WebhookDelivery>;
  /** Webhook delivery when a webhook is set, else pushUpdate. */
  dispatchUpdate(update: Update | Omit<Update, "update_id">): Promise<Update>;
  /** Run the Stars purchase flow (invoice, pre-checkout, payment) against the bot. */
  simulatePurchase(opts?: PurchaseOpts): Promise<PurchaseOutcome>;
  /** The next n calls (of `method`, else of any method but getUpdates) fail with 429 retry_after. */
  rateLimitNext(n: number, retryAfterSeconds: number, method?: string): void;
  /** The next n calls (of `method`, else any but getUpdates) fail with this code/description. */
  failNext(n: number, code: number, description: string, method?: string, parameters?: ErrorParameters): void;
  /** Enforce a flood model on message sends (null turns it off). */
  setFloodLimits(limits: FloodLimits | null): void;
  /** Make sends to a chat fail with 403 "bot was blocked by the user". */
  blockChat(chatId: number, blocked?: boolean): void;
  /** A user's status in a group, as getChatMember reports it (default "member"). */
  setChatMember(
    chatId: number,
    userId: number,
    status: "creator" | "administrator" | "member" | "left",
  ): void;
  /** The bot's name / description / short_description for a language ("" = default), as set. */
  profile(field: "name" | "description" | "short_description", languageCode?: string): string | undefined;
  /** The menu button set for a chat, or the default one (no chat id); undefined when never set. */
  menuButton(chatId?: number): unknown;
  /** The next n calls of `method` to one chat fail with this code/description. */
  failNextInChat(chatId: number, n: number, code: number, description: string, method: string): void;
  /** Register downloadable bytes; returns a file_id usable with getFile and send* methods. */
  registerFile(bytes: Uint8Array, mime: string): string;
  /** Register a photo a user sends: its three sizes (smallest first, as in `message.photo`). */
  registerPhoto(bytes: Uint8Array): PhotoSize[];
  /** A stored file by file_id (uploads included), with its bytes. */
  file(fileId: string): StoredFile | undefined;
  /** Forget all state (calls, messages, updates, webhook, faults, files…). */
  reset(): void;
  close(): Promise<void>;
}

function errorInfo(err: TgError): NonNullable<RecordedCall["error"]> {
  return { error_code: err.code, description: err.description, parameters: err.parameters };
}

const HANDLERS: Record<string, Handler> = {
  ...adminMethods,
  ...messageMethods,
  ...mediaMethods,
  ...voiceMethods,
};
const CANONICAL = new Map(Object.keys(HANDLERS).map((m) => [m.toLowerCase(), m]));
const MAX_BODY = 50 * 1024 * 1024 + 64 * 1024; // 50 MB upload limit plus form overhead

/** Start a fake Bot API on 127.0.0.1 with an ephemeral port. */
export async function startFakeTelegram(opts: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const botId = opts.botId ?? DEFAULT_BOT.id;
  const token = opts.token ?? `${botId}:AAFakeTokenForVelroTests_0123456789`;
  const botInfo: UserFromGetMe = {
    ...DEFAULT_BOT,
    id: botId,
    username: opts.botUsername ?? DEFAULT_BOT.username,
    first_name: opts.botFirstName ?? DEFAULT_BOT.first_name,
  };
  const s = new TelegramState(token, botInfo);

  const takeFault = (lower: string, payload: Payload): TgError | undefined => {
    const i = s.faults.findIndex(
      (f) =>
        (f.method ? f.method === lower : lower !== "getupdates") &&
        (f.chatId === undefined || Number(payload.chat_id) === f.chatId),
    );
    const f = s.faults[i];
    if (!f) return undefined;
    if (--f.remaining <= 0) s.faults.splice(i, 1);
    return f.error;
  };

  async function run(method: string, payload: Payload, via: RecordedCall["via"], signal: AbortSignal) {
    const at = Date.now();
    const name = CANONICAL.get(method.toLowerCase());
    const call: RecordedCall = { method: name ?? method, payload, at, via, ok: false };
    try {
      if (!name) throw new TgError(404, TG_ERRORS.methodNotFound);
      // Injected faults model Telegram's answer to the HTTP request, not webhook replies.
      const fault = via === "http" ? takeFault(name.toLowerCase(), payload) : undefined;
      if (fault) throw fault;
      const out = await HANDLERS[name]!(s, payload, { signal, via });
      call.ok = true;
      call.result = out instanceof Described ? out.result : out;
      s.record(call);
      return { call, description: out instanceof Described ? out.description : undefined };
    } catch (e) {
      const err = e instanceof TgError ? e : new TgError(500, `Internal Server Error: ${String(e)}`);
      call.error = errorInfo(err);
      s.record(call);
      return { call, err };
    }
  }

  const invoke = async (method: string, payload: Payload, via: RecordedCall["via"]) =>
    (await run(method, payload, via, new AbortController().signal)).call;
  const delivery = createDelivery(s, invoke, {
    maxAttempts: opts.webhookMaxAttempts ?? 4,
    retryDelaysMs: opts.webhookRetryDelaysMs ?? [20, 50, 100],
    timeoutMs: opts.webhookTimeoutMs ?? 15_000,
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake");
    const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    if (file && req.method === "GET") return serveFile(res, file[1]!, decodeURIComponent(file[2]!));
    const m = /^\/bot([^/]*)\/(?:test\/)?([^/]+)\/?$/.exec(url.pathname);
    if (!m) return sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    const ac = new AbortController();
    // A client abort (grammY's bot.stop()) closes the socket before we answered.
    res.on("close", () => !res.writableFinished && ac.abort());
    let payload: Payload = {};
    try {
      const body = await readBody(req, MAX_BODY);
      payload = decodePayload(req.headers["content-type"] ?? "", body, url.searchParams);
    } catch (e) {
      const err = e instanceof TgError ? e : new TgError(400, `Bad Request: ${String(e)}`);
      s.record({ method: m[2]!, payload, at: Date.now(), via: "http", ok: false, error: errorInfo(err) });
      return sendJson(res, err.code, errorEnvelope(err));
    }
    if (m[1] !== token) {
      const err = new TgError(401, TG_ERRORS.unauthorized);
      s.record({ method: m[2]!, payload, at: Date.now(), via: "http", ok: false, error: errorInfo(err) });
      return sendJson(res, 401, errorEnvelope(err));
    }
    const out = await run(m[2]!, payload, "http", ac.signal);
    if (res.destroyed) return;
    if (out.err) return sendJson(res, out.err.code, errorEnvelope(out.err));
    const env: Record<string, unknown> = { ok: true, result: out.call.result };
    if (out.description) env.description = out.description;
    sendJson(res, 200, env);
  }

  function serveFile(res: ServerResponse, tok: string, path: string): void {
    const f = [...s.files.values()].find((x) => x.file_path === path);
    if (tok !== token || !f) {
      sendJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
      return;
    }
    const bytes = f.bytes ?? Buffer.alloc(f.size);
    res.writeHead(200, { "content-type": f.mime, "content-length": bytes.length });
    res.end(bytes);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error_code: 500, description: String(e) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const byId = (list: Iterable<Message>) => [...list].sort((a, b) => a.message_id - b.message_id);
  const fake: FakeTelegram = {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    botInfo,
    calls: s.calls,
    callsOf: (method) => s.calls.filter((c) => c.method.toLowerCase() === method.toLowerCase()),
    messages: (chatId) => byId(s.msgs.get(chatId)?.values() ?? []).filter((x) => x.from?.id === botInfo.id),
    allMessages: (chatId) => byId(s.msgs.get(chatId)?.values() ?? []),
    drafts: (chatId) => [...(s.draftLog.get(chatId) ?? [])],
    currentDraft(chatId) {
      const last = s.draftLog.get(chatId)?.at(-1);
      if (!last || Date.now() - last.at > 30_000) return undefined; // drafts are 30-second previews (B7)
      // A later sendMessage to the chat persists the output and replaces the draft.
      const finalized = s.calls.some(
        (c) =>
          c.method === "sendMessage" && c.ok && c.at >= last.at && (c.result as Message).chat.id === chatId,
      );
      return finalized ? undefined : last;
    },
    invoices: () => [...s.invoices],
    charges: () => [...s.charges.values()],
    webhook: () => s.webhook,
    pendingUpdates: () => [...s.queue],
    waitFor(match, timeoutMs = 5_000, after = 0) {
      const test =
        typeof match === "string"
          ? (c: RecordedCall) => c.method.toLowerCase() === match.toLowerCase()
          : match;
      const found = s.calls.slice(after).find(test);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const off = s.onCall((c) => {
          if (!test(c)) return;
          clearTimeout(timer);
          off();
          resolve(c);
        });
        const timer = setTimeout(() => {
          off();
          const recent = s.calls
            .slice(-8)
            .map((c) => `${c.method}${c.ok ? "" : `(${c.error?.description})`}`);
          reject(
            new Error(`fake.waitFor timed out after ${timeoutMs} ms; recent calls: ${recent.join(", ")}`),
          );
        }, timeoutMs);
      });
    },
    pushUpdate: (update) => s.pushUpdate(update),
    deliverWebhook: delivery.deliverWebhook,
    dispatchUpdate: delivery.dispatchUpdate,
    simulatePurchase: delivery.simulatePurchase,
    rateLimitNext(n, retryAfterSeconds, method) {
      s.faults.push({
        remaining: n,
        method: method?.toLowerCase(),
        error: tooManyRequests(retryAfterSeconds),
      });
    },
    failNext(n, code, description, method, parameters) {
      s.faults.push({
        remaining: n,
        method: method?.toLowerCase(),
        error: new TgError(code, description, parameters),
      });
    },
    setFloodLimits(limits) {
      s.flood = limits;
    },
    setChatMember(chatId, userId, status) {
      s.members.set(`${chatId}|${userId}`, status);
    },
    profile: (field, languageCode = "") => s.profile.get(`${field}|${languageCode}`),
    menuButton: (chatId) => s.menuButtons.get(chatId === undefined ? "" : String(chatId)),
    blockChat(chatId, blocked = true) {
      if (blocked) s.blocked.add(chatId);
      else s.blocked.delete(chatId);
    },
    failNextInChat(chatId, n, code, description, method) {
      s.faults.push({
        remaining: n,
        method: method.toLowerCase(),
        chatId,
        error: new TgError(code, description),
      });
    },
    registerFile: (bytes, mime) => s.registerFile(Buffer.from(bytes), mime).file_id,
    registerPhoto: (bytes) => registerPhotoSizes(s, Buffer.from(bytes)),
    file: (fileId) => s.files.get(fileId),
    reset: () => s.reset(),
    async close() {
      s.shutdown();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
