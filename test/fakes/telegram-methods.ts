/**
 * Messaging methods of the fake Bot API (sendMessage, edits, deletes, drafts, chat actions, callback
 * answers, reactions, chats) plus the helpers every handler shares. Limits and error strings are
 * Telegram's documented ones; strings not confirmed by Telegram's documentation are marked UNVERIFIED.
 */
import type { InlineKeyboardMarkup, Message, ReplyParameters } from "grammy/types";
import { formatText } from "./telegram-formatting.ts";
import { badRequest, type Payload, TG_ERRORS, TgError } from "./telegram-http.ts";
import type { TelegramState } from "./telegram-state.ts";

/** Context a handler runs in: the request's abort signal and how the call arrived. */
export interface HandlerCtx {
  signal: AbortSignal;
  via: "http" | "webhook-reply";
}

/** A Bot API method implementation: returns the `result` or throws a `TgError`. */
export type Handler = (s: TelegramState, p: Payload, ctx: HandlerCtx) => unknown;

/** A result that also carries the envelope's `description` (e.g. "Webhook was set"). */
export class Described {
  constructor(
    readonly result: unknown,
    readonly description: string,
  ) {}
}

/** Current Unix time in seconds, as Telegram's `date` fields. */
export const unixNow = (): number => Math.floor(Date.now() / 1000);

/** A required string parameter (`Bad Request: parameter "x" is required` when absent). */
export function reqString(p: Payload, key: string): string {
  const v = p[key];
  if (v === undefined || v === null) throw badRequest(`parameter "${key}" is required`);
  return String(v);
}

/** A required integer parameter. */
export function reqInt(p: Payload, key: string): number {
  const v = Number(p[key]);
  if (p[key] === undefined || !Number.isInteger(v)) throw badRequest(`parameter "${key}" is required`);
  return v;
}

/** Key-order-independent JSON, for "is this content identical" comparisons. */
export function canonical(v: unknown): string {
  return JSON.stringify(v ?? null, (_k, x: unknown) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );
}

// biome-ignore format: compact list
const INLINE_ACTIONS = [
  "url", "callback_data", "web_app", "login_url", "switch_inline_query", "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat", "copy_text", "callback_game", "pay",
];

function validateInlineButton(b: unknown): void {
  if (typeof b !== "object" || b === null || typeof (b as { text?: unknown }).text !== "string") {
    throw badRequest("can't parse inline keyboard button: Text is not a string");
  }
  const btn = b as Record<string, unknown>;
  if (!INLINE_ACTIONS.some((a) => btn[a] !== undefined))
    throw badRequest("text buttons are unallowed in the inline keyboard");
  if (btn.callback_data !== undefined) {
    const data = btn.callback_data;
    const bytes = typeof data === "string" ? Buffer.byteLength(data, "utf8") : 0;
    // callback_data is 1–64 *bytes* of UTF-8 (Telegram's limit): Cyrillic counts 2, CJK 3 per char.
    if (bytes < 1 || bytes > 64) throw new TgError(400, TG_ERRORS.buttonDataInvalid);
  }
  if (btn.url !== undefined && !/^(https?|tg):\/\/\S+$/i.test(String(btn.url)))
    throw badRequest("BUTTON_URL_INVALID");
  // A Mini App opens over https only (WebAppInfo); the error text is UNVERIFIED.
  const webApp = btn.web_app as { url?: unknown } | undefined;
  if (webApp !== undefined && !/^https:\/\/\S+$/i.test(String(webApp?.url ?? "")))
    throw badRequest("BUTTON_URL_INVALID");
}

/** Validate `reply_markup`; returns the inline keyboard to attach to the Message (others are not echoed). */
export function validateReplyMarkup(m: unknown): InlineKeyboardMarkup | undefined {
  if (m === undefined || m === null) return undefined;
  if (typeof m !== "object") throw badRequest("can't parse reply keyboard markup JSON object");
  const r = m as Record<string, unknown>;
  const rows = r.inline_keyboard ?? r.keyboard;
  if (rows === undefined) return undefined; // remove_keyboard / force_reply
  if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
    throw badRequest(
      `field "${r.inline_keyboard ? "inline_keyboard" : "keyboard"}" must be an Array of Arrays`,
    );
  }
  if (r.inline_keyboard === undefined) return undefined;
  for (const row of rows as unknown[][]) for (const b of row) validateInlineButton(b);
  return (rows as unknown[][]).some((row) => row.length > 0)
    ? (r as unknown as InlineKeyboardMarkup)
    : undefined;
}

/** The common part of every message the bot sends: id, sender, chat, date, reply and thread. */
export function baseMessage(s: TelegramState, chatId: number, p: Payload): Message {
  const replyParams = p.reply_parameters as ReplyParameters | undefined;
  const replyId = Number(replyParams?.message_id ?? p.reply_to_message_id);
  let reply: Message | undefined;
  if (replyId) {
    const { msg, existed } = s.findMessage(chatId, replyId);
    const allowMissing = replyParams?.allow_sending_without_reply ?? p.allow_sending_without_reply;
    if (!existed && !allowMissing) throw badRequest("message to be replied not found");
    if (msg) reply = { ...msg, reply_to_message: undefined } as Message;
  }
  const msg = {
    message_id: s.nextMessageId(chatId),
    from: s.botUser(),
    chat: s.chat(chatId),
    date: unixNow(),
  } as Message;
  if (typeof p.message_thread_id === "number") msg.message_thread_id = p.message_thread_id;
  if (reply) msg.reply_to_message = reply as Message & { reply_to_message: undefined };
  return msg;
}

function parseMessageText(p: Payload): { text: string; entities: Message["entities"] } {
  const f = formatText(
    p.text === undefined || p.text === null ? "" : String(p.text),
    p.parse_mode,
    p.entities,
  );
  if (f.text.length === 0) throw new TgError(400, TG_ERRORS.textEmpty);
  if (f.text.length > 4096) throw new TgError(400, TG_ERRORS.textTooLong);
  return f;
}

function targetMessage(s: TelegramState, p: Payload, notFound: string): Message {
  const chatId = s.resolveChatId(p.chat_id);
  const id = Number(p.message_id);
  if (!Number.isInteger(id) || id <= 0) throw badRequest("message identifier is not specified");
  const { msg } = s.findMessage(chatId, id);
  if (!msg) throw new TgError(400, notFound);
  if (msg.from?.id !== s.bot.id) throw badRequest("message can't be edited");
  return msg;
}

function withContent(m: Message, markup: InlineKeyboardMarkup | undefined): Message {
  const next = { ...m, edit_date: unixNow() } as Message;
  delete next.reply_markup;
  if (markup) next.reply_markup = markup;
  return next;
}

// biome-ignore format: compact list
const CHAT_ACTIONS = new Set([
  "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
  "upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note",
]);

/** Handlers for messaging methods, keyed by canonical method name. */
export const messageMethods: Record<string, Handler> = {
  sendMessage(s, p) {
    const chatId = s.resolveChatId(p.chat_id);
    s.assertCanSend(chatId);
    const f = parseMessageText(p);
    const markup = validateReplyMarkup(p.reply_markup);
    s.checkFlood(chatId);
    const msg = baseMessage(s, chatId, p);
    msg.text = f.text;
    if (f.entities?.length) msg.entities = f.entities;
    if (p.link_preview_options)
      msg.link_preview_options = p.link_preview_options as Message["link_preview_options"];
    if (markup) msg.reply_markup = markup;
    s.storeMessage(msg);
    return msg;
  },

  editMessageText(s, p) {
    const f = parseMessageText(p);
    const markup = validateReplyMarkup(p.reply_markup);
    if (p.inline_message_id !== undefined) return true;
    const msg = targetMessage(s, p, TG_ERRORS.editNotFound);
    if (msg.text === undefined) throw badRequest("there is no text in the message to edit");
    const same =
      msg.text === f.text &&
      canonical(msg.entities ?? []) === canonical(f.entities ?? []) &&
      canonical(msg.reply_markup) === canonical(markup);
    if (same) throw new TgError(400, TG_ERRORS.notModified);
    s.checkFlood(msg.chat.id);
    const next = withContent(msg, markup);
    next.text = f.text;
    delete next.entities;
    if (f.entities?.length) next.entities = f.entities;
    s.storeMessage(next);
    return next;
  },

  editMessageReplyMarkup(s, p) {
    const markup = validateReplyMarkup(p.reply_markup);
    if (p.inline_message_id !== undefined) return true;
    const msg = targetMessage(s, p, TG_ERRORS.editNotFound);
    if (canonical(msg.reply_markup) === canonical(markup)) throw new TgError(400, TG_ERRORS.notModified);
    const next = withContent(msg, markup);
    s.storeMessage(next);
    return next;
  },

  deleteMessage(s, p) {
    const chatId = s.resolveChatId(p.chat_id);
    const id = reqInt(p, "message_id");
    const { msg, existed } = s.findMessage(chatId, id);
    // Incoming messages the fake never saw (handleUpdate-only tests) are accepted if the id was in use.
    if (!existed) throw new TgError(400, TG_ERRORS.deleteNotFound);
    if (msg) s.msgs.get(chatId)?.delete(id);
    s.deleted.add(`${chatId}:${id}`);
    return true;
  },

  sendMessageDraft(s, p) {
    const chatId = p.chat_id;
    // Drafts exist only in private chats: a string or non-positive chat_id is rejected.
    if (
      typeof chatId !== "number" ||
      !Number.isInteger(chatId) ||
      chatId <= 0 ||
      s.chat(chatId).type !== "private"
    ) {
      throw new TgError(400, TG_ERRORS.draftPeerInvalid);
    }
    const draftId = Number(p.draft_id);
    if (!Number.isInteger(draftId) || draftId === 0) throw badRequest("TEXTDRAFT_ID_INVALID"); // UNVERIFIED text
    s.assertCanSend(chatId);
    const f = formatText(p.text === undefined ? "" : String(p.text), p.parse_mode, p.entities);
    if (f.text.length > 4096) throw new TgError(400, TG_ERRORS.textTooLong); // UNVERIFIED for drafts
    if (p.can_stop !== undefined && typeof p.can_stop !== "boolean")
      throw badRequest("can_stop must be a Boolean"); // UNVERIFIED text
    const log = s.draftLog.get(chatId) ?? [];
    s.draftLog.set(chatId, log);
    log.push({
      chat_id: chatId,
      draft_id: draftId,
      text: f.text,
      entities: f.entities,
      can_stop: p.can_stop === true,
      at: Date.now(),
    });
    return true;
  },

  sendChatAction(s, p) {
    const chatId = s.resolveChatId(p.chat_id);
    if (!CHAT_ACTIONS.has(String(p.action))) throw badRequest("wrong parameter action in request");
    s.assertCanSend(chatId);
    return true;
  },

  answerCallbackQuery(s, p) {
    const id = reqString(p, "callback_query_id");
    const q = s.callbackQueries.get(id);
    if (q?.answered) throw new TgError(400, TG_ERRORS.queryTooOld);
    if (p.text !== undefined && String(p.text).length > 200) throw badRequest("MESSAGE_TOO_LONG"); // UNVERIFIED
    s.callbackQueries.set(id, { answered: true });
    return true;
  },

  setMessageReaction(s, p) {
    const chatId = s.resolveChatId(p.chat_id);
    const id = reqInt(p, "message_id");
    if (!s.findMessage(chatId, id).existed) throw badRequest("message to react not found"); // UNVERIFIED
    const list = p.reaction ?? [];
    if (!Array.isArray(list)) throw badRequest("REACTION_INVALID");
    for (const r of list as Record<string, unknown>[]) {
      const ok =
        (r?.type === "emoji" && typeof r.emoji === "string" && r.emoji !== "") ||
        (r?.type === "custom_emoji" && typeof r.custom_emoji_id === "string") ||
        r?.type === "paid";
      if (!ok) throw badRequest("REACTION_INVALID");
    }
    return true;
  },

  getChat(s, p) {
    const chat = s.chats.get(s.resolveChatId(p.chat_id));
    if (!chat) throw new TgError(400, TG_ERRORS.chatNotFound);
    return {
      ...chat,
      accent_color_id: 0,
      max_reaction_count: 11,
      accepted_gift_types: {
        unlimited_gifts: false,
        limited_gifts: false,
        unique_gifts: false,
        premium_subscription: false,
      },
    };
  },

  getChatMember(s, p) {
    const chatId = s.resolveChatId(p.chat_id);
    const chat = s.chats.get(chatId);
    if (!chat) throw new TgError(400, TG_ERRORS.chatNotFound);
    const userId = Number(p.user_id);
    if (!Number.isSafeInteger(userId)) throw badRequest("invalid user_id specified");
    if (userId === s.bot.id) return { status: "member", user: s.botUser() };
    const user = { id: userId, is_bot: false, first_name: `User ${userId}` };
    if (chat.type === "private") {
      if (userId !== chatId) throw badRequest("user not found");
      return { status: "member", user };
    }
    const status = s.members.get(`${chatId}|${userId}`) ?? "member";
    if (status === "administrator") {
      return { status, user, can_be_edited: false, is_anonymous: false, can_manage_chat: true };
    }
    if (status === "creator") return { status, user, is_anonymous: false };
    return { status, user };
  },

  leaveChat(s, p) {
    const chatId = s.resolveChatId(p.chat_id);
    if (s.chat(chatId).type === "private")
      throw badRequest("chat member status can't be changed in private chats");
    s.left.add(chatId);
    return true;
  },
};
