/**
 * In-memory state of the fake Bot API: chats, current message state, the update queue with
 * `getUpdates` semantics (offsets, limits, allowed_updates, long polling), webhook settings, files, drafts, payments and injected faults.
 * Kept free of HTTP so method handlers and test hooks share one model.
 */
import { randomBytes } from "node:crypto";
import type { BotCommand, Chat, Message, Update, User, UserFromGetMe } from "grammy/types";
import { badRequest, type Payload, TG_ERRORS, TgError, tooManyRequests } from "./telegram-http.ts";
import type {
  ChargeRecord,
  DraftRecord,
  Fault,
  FloodLimits,
  InvoiceRecord,
  PreCheckoutState,
  RecordedCall,
  StoredFile,
  WebhookState,
} from "./telegram-types.ts";

export type {
  ChargeRecord,
  DraftRecord,
  Fault,
  FloodLimits,
  InvoiceRecord,
  PreCheckoutState,
  RecordedCall,
  StoredFile,
  WebhookState,
} from "./telegram-types.ts";

// Types Telegram leaves out when `allowed_updates` is empty or never set: bots must ask for them.
const OPT_IN_TYPES = new Set(["chat_member", "message_reaction", "message_reaction_count"]);
const MESSAGE_KEYS = ["message", "edited_message", "channel_post", "edited_channel_post", "business_message"];
const NEW_MESSAGE_KEYS = ["message", "channel_post", "business_message"];
const FILE_KEYS = ["sticker", "voice", "document", "video", "audio", "animation", "video_note"] as const;

/** The whole mutable model behind one fake Bot API server. */
export class TelegramState {
  readonly calls: RecordedCall[] = [];
  readonly chats = new Map<number, Chat>();
  readonly msgs = new Map<number, Map<number, Message>>();
  readonly lastMessageId = new Map<number, number>();
  /** `${chatId}:${messageId}` of deleted messages, so a second delete/edit is "not found". */
  readonly deleted = new Set<string>();
  /** Chats whose incoming messages reach the fake (pushUpdate/webhook), so it knows every id in them. */
  private readonly observedChats = new Set<number>();
  readonly draftLog = new Map<number, DraftRecord[]>();
  queue: Update[] = [];
  lastUpdateId = 0;
  allowedUpdates: string[] | undefined;
  webhook: WebhookState | null = null;
  readonly files = new Map<string, StoredFile>();
  readonly invoices: InvoiceRecord[] = [];
  readonly preCheckouts = new Map<string, PreCheckoutState>();
  readonly callbackQueries = new Map<string, { answered: boolean }>();
  readonly charges = new Map<string, ChargeRecord>();
  readonly commands = new Map<string, BotCommand[]>();
  /** The bot's name, description and short description per language_code ("" = default). */
  readonly profile = new Map<string, string>();
  /** Menu buttons by chat id ("" = the default for every private chat). */
  readonly menuButtons = new Map<string, unknown>();
  /** Members' statuses by `${chatId}|${userId}` (unset: "member" in groups, the user in private). */
  readonly members = new Map<string, string>();
  faults: Fault[] = [];
  readonly blocked = new Set<number>();
  readonly left = new Set<number>();
  flood: FloodLimits | null = null;
  private floodLog = new Map<string, number[]>();
  private callListeners = new Set<(c: RecordedCall) => void>();
  private updateWaiters = new Set<() => void>();
  private poller: { terminate(err: TgError): void } | null = null;

  constructor(
    readonly token: string,
    readonly bot: UserFromGetMe,
  ) {}

  /** The bot as the `from` of its messages (getMe-only fields stripped). */
  botUser(): User {
    return { id: this.bot.id, is_bot: true, first_name: this.bot.first_name, username: this.bot.username };
  }

  /** Append a finished call and wake `waitFor` listeners. */
  record(call: RecordedCall): void {
    this.calls.push(call);
    for (const l of [...this.callListeners]) l(call);
  }

  /** Subscribe to recorded calls; returns the unsubscribe function. */
  onCall(listener: (c: RecordedCall) => void): () => void {
    this.callListeners.add(listener);
    return () => this.callListeners.delete(listener);
  }

  /** The chat with this id: known from updates/sends, else inferred from the id range. */
  chat(id: number): Chat {
    let c = this.chats.get(id);
    if (!c) {
      if (id > 0) c = { id, type: "private", first_name: `User ${id}` };
      else if (id <= -1_000_000_000_000) c = { id, type: "supergroup", title: `Supergroup ${id}` };
      else c = { id, type: "group", title: `Group ${id}` };
      this.chats.set(id, c);
    }
    return c;
  }

  /** Resolve a `chat_id` parameter (integer, numeric string or known `@username`). */
  resolveChatId(v: unknown): number {
    if (v === undefined || v === null || v === "") throw badRequest("chat_id is empty");
    if (typeof v === "number" && Number.isInteger(v)) return v;
    if (typeof v === "string" && /^-?\d+$/.test(v)) return Number(v);
    if (typeof v === "string" && v.startsWith("@")) {
      for (const c of this.chats.values()) if ("username" in c && `@${c.username}` === v) return c.id;
    }
    throw new TgError(400, TG_ERRORS.chatNotFound);
  }

  /** Reject sends to chats that blocked the bot or that the bot left. */
  assertCanSend(chatId: number): void {
    if (this.blocked.has(chatId)) throw new TgError(403, TG_ERRORS.blocked);
    if (this.left.has(chatId))
      throw new TgError(403, `Forbidden: bot is not a member of the ${this.chat(chatId).type} chat`);
  }

  /** Allocate the next message_id of a chat (ids are per chat and shared with incoming messages). */
  nextMessageId(chatId: number): number {
    const id = (this.lastMessageId.get(chatId) ?? 0) + 1;
    this.lastMessageId.set(chatId, id);
    return id;
  }

  /** Store (or replace) the current state of a message. */
  storeMessage(m: Message): void {
    const byId = this.msgs.get(m.chat.id) ?? new Map<number, Message>();
    this.msgs.set(m.chat.id, byId);
    byId.set(m.message_id, m);
    if (m.message_id > (this.lastMessageId.get(m.chat.id) ?? 0))
      this.lastMessageId.set(m.chat.id, m.message_id);
  }

  /** A stored message, or undefined. `existed` tells whether the id was ever used in that chat. */
  findMessage(chatId: number, id: number): { msg?: Message; existed: boolean } {
    const msg = this.msgs.get(chatId)?.get(id);
    const gone = this.deleted.has(`${chatId}:${id}`);
    // In chats whose traffic bypasses the fake (tests calling bot.handleUpdate directly) incoming ids are
    // unknown, so only deleted messages count as missing there.
    const known = id <= (this.lastMessageId.get(chatId) ?? 0) || !this.observedChats.has(chatId);
    return { msg, existed: msg !== undefined || (!gone && known) };
  }

  /** Register a file and return its file_id. */
  registerFile(
    bytes: Buffer | undefined,
    mime: string,
    opts: { prefix?: string; size?: number; fileId?: string } = {},
  ): StoredFile {
    const file_id = opts.fileId ?? `${opts.prefix ?? "BQAC"}${randomBytes(18).toString("base64url")}`;
    const existing = this.files.get(file_id);
    if (existing) return existing;
    const unique = randomBytes(6).toString("base64url");
    const ext = mime.split("/")[1]?.replace(/[^a-z0-9]/g, "") || "bin";
    const folder = mime.startsWith("image/") ? "photos" : mime.startsWith("video/") ? "videos" : "documents";
    const f: StoredFile = {
      file_id,
      file_unique_id: `AQAD${unique}`,
      file_path: `${folder}/file_${this.files.size}_${unique}.${ext}`,
      size: bytes?.length ?? opts.size ?? 0,
      mime,
      bytes,
    };
    this.files.set(file_id, f);
    return f;
  }

  /** Learn chats, message ids, files and query ids from an update Telegram is about to deliver. */
  observeUpdate(u: Update): void {
    const rec = u as unknown as Record<string, unknown>;
    const messages: Message[] = [];
    for (const k of MESSAGE_KEYS) if (rec[k]) messages.push(rec[k] as Message);
    if (u.callback_query) {
      this.callbackQueries.set(u.callback_query.id, { answered: false });
      const m = u.callback_query.message;
      if (m && m.date !== 0) messages.push(m as Message);
    }
    if (u.pre_checkout_query && !this.preCheckouts.has(u.pre_checkout_query.id)) {
      this.preCheckouts.set(u.pre_checkout_query.id, { answered: false, expired: false });
    }
    for (const m of messages) {
      this.observedChats.add(m.chat.id);
      if (!this.chats.has(m.chat.id) || m.chat.type !== "private") this.chats.set(m.chat.id, m.chat);
      if (m.from && !m.from.is_bot && !this.chats.has(m.from.id)) {
        this.chats.set(m.from.id, { id: m.from.id, type: "private", first_name: m.from.first_name });
      }
      this.storeMessage(m);
      const paid = m.successful_payment;
      if (paid && m.from && !this.charges.has(paid.telegram_payment_charge_id)) {
        this.charges.set(paid.telegram_payment_charge_id, {
          telegram_payment_charge_id: paid.telegram_payment_charge_id,
          user_id: m.from.id,
          amount: paid.total_amount,
          payload: paid.invoice_payload,
          currency: paid.currency,
          refunded: false,
        });
      }
      const files = [...(m.photo ?? []), ...FILE_KEYS.map((k) => m[k]).filter((f) => f !== undefined)];
      for (const f of files) {
        this.registerFile(undefined, "application/octet-stream", {
          fileId: f.file_id,
          size: f.file_size ?? 1024,
        });
      }
    }
  }

  /** Queue an update for getUpdates (assigning a monotonic update_id) and wake a waiting poller. */
  pushUpdate(update: Update | Omit<Update, "update_id">): Update {
    const given = (update as Partial<Update>).update_id;
    const id = given !== undefined && given > this.lastUpdateId ? given : this.lastUpdateId + 1;
    const u = this.normalizeIncoming((given === id ? update : { ...update, update_id: id }) as Update);
    this.lastUpdateId = id;
    this.observeUpdate(u);
    this.queue.push(u);
    this.wakePollers();
    return u;
  }

  /** Take the next update_id for a webhook delivery of an update without one. An update that
   * already has an id keeps it: that is how Telegram redelivers the same update to a webhook. */
  assignUpdateId<T extends object>(update: T): T & { update_id: number } {
    const given = (update as { update_id?: number }).update_id;
    if (given !== undefined) {
      this.lastUpdateId = Math.max(this.lastUpdateId, given);
      return update as T & { update_id: number };
    }
    const id = this.lastUpdateId + 1;
    this.lastUpdateId = id;
    return { ...update, update_id: id };
  }

  /**
   * Give a new incoming message a fresh id when a different message already holds its id in that chat:
   * builders number messages process-wide, while Telegram's ids are unique per chat. A redelivery of the
   * same message (same sender, date and content) keeps its id; two messages a user sends within the
   * same second are different messages.
   */
  normalizeIncoming(u: Update): Update {
    const rec = u as unknown as Record<string, Message | undefined>;
    for (const k of NEW_MESSAGE_KEYS) {
      const m = rec[k];
      if (!m) continue;
      const held = this.msgs.get(m.chat.id)?.get(m.message_id);
      const clash = held
        ? held.from?.id !== m.from?.id ||
          held.date !== m.date ||
          held.text !== m.text ||
          held.caption !== m.caption
        : this.deleted.has(`${m.chat.id}:${m.message_id}`);
      if (clash) return { ...u, [k]: { ...m, message_id: this.nextMessageId(m.chat.id) } } as Update;
    }
    return u;
  }

  private wakePollers(): void {
    for (const w of [...this.updateWaiters]) w();
  }

  /** End a waiting long poll with an error (409 on overlap or setWebhook). */
  terminatePoller(err: TgError): void {
    this.poller?.terminate(err);
  }

  private allowed(u: Update): boolean {
    const type = Object.keys(u).find((k) => k !== "update_id") ?? "";
    const list = this.allowedUpdates;
    return list && list.length > 0 ? list.includes(type) : !OPT_IN_TYPES.has(type);
  }

  /** `getUpdates` as Telegram runs it: confirm by offset, honour limit/allowed_updates, long-poll for `timeout` s. */
  async getUpdates(p: Payload, signal: AbortSignal): Promise<Update[]> {
    if (this.webhook) throw new TgError(409, TG_ERRORS.webhookActive);
    this.terminatePoller(new TgError(409, TG_ERRORS.pollConflict));
    const offset = Math.trunc(Number(p.offset ?? 0)) || 0;
    const limit = Math.min(100, Math.max(1, Math.trunc(Number(p.limit ?? 100)) || 100));
    const timeout = Math.max(0, Number(p.timeout ?? 0) || 0);
    if (Array.isArray(p.allowed_updates)) this.allowedUpdates = p.allowed_updates.map(String);
    // offset > update_id confirms (deletes) it; a negative offset keeps only the last -offset updates.
    if (offset > 0) this.queue = this.queue.filter((u) => u.update_id >= offset);
    else if (offset < 0) this.queue = this.queue.slice(offset);
    const deadline = Date.now() + timeout * 1000;
    for (;;) {
      // Updates of types the bot did not ask for are never delivered, so they are dropped here.
      this.queue = this.queue.filter((u) => this.allowed(u));
      const batch = this.queue.slice(0, limit);
      if (batch.length > 0 || Date.now() >= deadline || signal.aborted) return batch;
      await new Promise<void>((resolve, reject) => {
        const me = {
          terminate: (err: TgError) => {
            cleanup();
            reject(err);
          },
        };
        const done = () => {
          cleanup();
          resolve();
        };
        const timer = setTimeout(done, deadline - Date.now());
        const cleanup = () => {
          clearTimeout(timer);
          this.updateWaiters.delete(done);
          signal.removeEventListener("abort", done);
          if (this.poller === me) this.poller = null;
        };
        this.poller = me;
        this.updateWaiters.add(done);
        signal.addEventListener("abort", done);
      });
    }
  }

  /** Opt-in flood model: 429 with the seconds until the window frees, as Telegram answers floods. */
  checkFlood(chatId: number): void {
    const limits = this.flood;
    if (!limits) return;
    const now = Date.now();
    const checks: [string, number | undefined, number][] = [
      [`chat:${chatId}`, limits.perChatPerSecond, 1000],
      [`group:${chatId}`, chatId < 0 ? limits.perGroupPerMinute : undefined, 60_000],
      ["global", limits.globalPerSecond, 1000],
    ];
    for (const [key, max, windowMs] of checks) {
      if (max === undefined) continue;
      const log = (this.floodLog.get(key) ?? []).filter((t) => t > now - windowMs);
      this.floodLog.set(key, log);
      if (log.length >= max) throw tooManyRequests(Math.max(1, Math.ceil((log[0]! + windowMs - now) / 1000)));
    }
    for (const [key, max] of checks) if (max !== undefined) this.floodLog.get(key)!.push(now);
  }

  /** Clear everything except the bot identity and the monotonic update_id counter. */
  reset(): void {
    this.calls.length = 0;
    for (const m of [this.chats, this.msgs, this.lastMessageId, this.draftLog, this.files, this.preCheckouts])
      m.clear();
    for (const m of [this.callbackQueries, this.charges, this.commands, this.floodLog]) m.clear();
    this.profile.clear();
    this.menuButtons.clear();
    this.members.clear();
    this.blocked.clear();
    this.left.clear();
    this.deleted.clear();
    this.observedChats.clear();
    this.invoices.length = 0;
    this.queue = [];
    this.allowedUpdates = undefined;
    this.webhook = null;
    this.faults = [];
    this.flood = null;
    this.wakePollers();
  }

  /** Wake every long poll so the server can shut down promptly. */
  shutdown(): void {
    this.wakePollers();
    this.poller = null;
  }
}
