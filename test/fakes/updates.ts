/**
 * Builders for Telegram `Update` objects used by tests, so that no test hand-writes update JSON.
 *
 * Every builder returns a plain object typed with grammY's own types, with sensible defaults and ids
 * that keep increasing within the process: Telegram's update_id and per-chat message_id only ever
 * grow, and grammY's polling offset logic relies on that. Entity offsets are UTF-16 code units
 * (JS string indices), exactly as the Bot API counts them.
 */
import type {
  CallbackQuery,
  Chat,
  Message,
  MessageEntity,
  PreCheckoutQuery,
  Update,
  User,
  UserFromGetMe,
} from "grammy/types";

/** The bot identity shared by the builders and `startFakeTelegram()` defaults. */
export const DEFAULT_BOT: UserFromGetMe = {
  id: 7_000_000_001,
  is_bot: true,
  first_name: "Velro",
  username: "velro_test_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/** Default private-chat user (private chat id == user id in Telegram). */
export const DEFAULT_USER_ID = 111_111_111;
/** Default supergroup id: supergroups use the -100… id range. */
export const DEFAULT_GROUP_ID = -1_001_234_567_890;

let updateSeq = 100_000;
let messageSeq = 1_000;
let querySeq = 1;

/** Next process-wide update_id (monotonic, like Telegram's). */
export function nextUpdateId(): number {
  updateSeq += 1;
  return updateSeq;
}

/** Next process-wide message_id for incoming messages. */
export function nextMessageId(): number {
  messageSeq += 1;
  return messageSeq;
}

/** The message shape inside `Update.message` (grammY narrows it to non-channel chats). */
type IncomingMessage = NonNullable<Update["message"]>;

const now = (): number => Math.floor(Date.now() / 1000);

/** Options describing the human sender of an update. */
export interface UserOpts {
  userId?: number;
  firstName?: string;
  username?: string;
  languageCode?: string;
}

/** Build a `User` for a human sender. */
export function user(opts: UserOpts = {}): User {
  const u: User = {
    id: opts.userId ?? DEFAULT_USER_ID,
    is_bot: false,
    first_name: opts.firstName ?? "Alice",
  };
  if (opts.username !== undefined) u.username = opts.username;
  u.language_code = opts.languageCode ?? "en";
  return u;
}

/** Build the private `Chat` that belongs to a user. */
export function privateChat(u: User): Chat.PrivateChat {
  const chat: Chat.PrivateChat = { id: u.id, type: "private", first_name: u.first_name };
  if (u.username !== undefined) chat.username = u.username;
  return chat;
}

/** Build a supergroup (`chatId < -1e12`) or basic group `Chat`. */
export function groupChat(chatId: number = DEFAULT_GROUP_ID, title = "Test Group"): Chat {
  return chatId <= -1_000_000_000_000
    ? { id: chatId, type: "supergroup", title }
    : { id: chatId, type: "group", title };
}

/**
 * Entities Telegram auto-detects in incoming text: bot commands (`/cmd` or `/cmd@bot` at a word start)
 * and `@username` mentions (5–32 chars).
 */
export function detectEntities(text: string): MessageEntity[] {
  const out: MessageEntity[] = [];
  const re = /(^|[\s])(\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{5,32})?|@[A-Za-z0-9_]{5,32})(?![A-Za-z0-9_])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const token = m[2]!;
    const offset = m.index + m[1]!.length;
    out.push({ type: token.startsWith("/") ? "bot_command" : "mention", offset, length: token.length });
  }
  return out;
}

function textMessage(text: string, chat: Chat, from: User, extra: Partial<Message> = {}): IncomingMessage {
  const msg = { message_id: nextMessageId(), date: now(), chat, from, text, ...extra } as IncomingMessage;
  const entities = detectEntities(text);
  if (entities.length > 0) msg.entities = entities;
  return msg;
}

/** A plain text message in the user's private chat with the bot. */
export function privateText(text: string, opts: UserOpts = {}): Update {
  const from = user(opts);
  return { update_id: nextUpdateId(), message: textMessage(text, privateChat(from), from) };
}

/** Options for `groupText`. */
export interface GroupTextOpts extends UserOpts {
  chatId?: number;
  title?: string;
  /** `true` (or a message_id) makes the message a reply to an earlier bot message. */
  replyToBotMessage?: boolean | number;
  /** `true` prefixes `@<bot username> `; a string prefixes `@<that> `. */
  mention?: boolean | string;
  bot?: User;
}

/** A text message in a group, optionally mentioning or replying to the bot. */
export function groupText(text: string, opts: GroupTextOpts = {}): Update {
  const bot = opts.bot ?? DEFAULT_BOT;
  const chat = groupChat(opts.chatId, opts.title);
  const from = user({ firstName: "Bob", ...opts, userId: opts.userId ?? 222_222_222 });
  const mention = opts.mention === true ? bot.username : opts.mention || undefined;
  const body = mention ? `@${mention} ${text}` : text;
  const extra: Partial<Message> = {};
  if (opts.replyToBotMessage) {
    const id = typeof opts.replyToBotMessage === "number" ? opts.replyToBotMessage : nextMessageId();
    const earlier = { message_id: id, date: now() - 60, chat, from: bot, text: "earlier bot reply" };
    extra.reply_to_message = earlier as unknown as Message["reply_to_message"];
  }
  return { update_id: nextUpdateId(), message: textMessage(body, chat, from, extra) };
}

/** Where a `command()` is sent: private chat by default, a group when `chatId < 0`. */
export interface CommandChatOpts extends UserOpts {
  chatId?: number;
  /** Append `@botUsername` to the command, as Telegram clients do in groups. */
  botUsername?: string;
}

/** A `/cmd args` message with a `bot_command` entity covering `/cmd[@bot]`. */
export function command(cmd: string, args?: string, chat: CommandChatOpts = {}): Update {
  const name = cmd.replace(/^\//, "");
  const head = `/${name}${chat.botUsername ? `@${chat.botUsername}` : ""}`;
  const text = args ? `${head} ${args}` : head;
  const from = user(chat);
  const c = chat.chatId !== undefined && chat.chatId < 0 ? groupChat(chat.chatId) : privateChat(from);
  const msg = { message_id: nextMessageId(), date: now(), chat: c, from, text } as IncomingMessage;
  msg.entities = [{ type: "bot_command", offset: 0, length: head.length }];
  return { update_id: nextUpdateId(), message: msg };
}

function privateMedia(extra: Partial<Message>, opts: UserOpts): Update {
  const from = user(opts);
  const msg = {
    message_id: nextMessageId(),
    date: now(),
    chat: privateChat(from),
    from,
    ...extra,
  } as IncomingMessage;
  return { update_id: nextUpdateId(), message: msg };
}

let fileSeq = 1;
/** A fake but well-formed file_id / file_unique_id pair. */
export function fakeFileIds(prefix: string): { file_id: string; file_unique_id: string } {
  fileSeq += 1;
  return {
    file_id: `${prefix}${String(fileSeq).padStart(8, "0")}FAKE`,
    file_unique_id: `U${prefix}${fileSeq}`,
  };
}

/** A sticker message in a private chat. */
export function sticker(opts: UserOpts & { emoji?: string } = {}): Update {
  return privateMedia(
    {
      sticker: {
        ...fakeFileIds("CAAC"),
        type: "regular",
        width: 512,
        height: 512,
        is_animated: false,
        is_video: false,
        emoji: opts.emoji ?? "😀",
        file_size: 20_000,
      },
    },
    opts,
  );
}

/** A photo message (three sizes, like Telegram sends) with an optional caption. */
export function photo(opts: UserOpts & { caption?: string } = {}): Update {
  const sizes = [90, 320, 1280].map((w, i) => ({
    ...fakeFileIds("AgAC"),
    width: w,
    height: Math.round((w * 3) / 4),
    file_size: 1_000 * (i + 1) ** 3,
  }));
  const extra: Partial<Message> = { photo: sizes };
  if (opts.caption !== undefined) extra.caption = opts.caption;
  return privateMedia(extra, opts);
}

/** A voice note message. */
export function voice(opts: UserOpts & { duration?: number } = {}): Update {
  const v = {
    ...fakeFileIds("AwAC"),
    duration: opts.duration ?? 3,
    mime_type: "audio/ogg",
    file_size: 9_000,
  };
  return privateMedia({ voice: v }, opts);
}

/** An `edited_message` update for an earlier private text message. */
export function editedText(text: string, opts: UserOpts & { messageId?: number } = {}): Update {
  const from = user(opts);
  const msg = textMessage(text, privateChat(from), from, { edit_date: now() });
  msg.date = now() - 30;
  if (opts.messageId !== undefined) msg.message_id = opts.messageId;
  return { update_id: nextUpdateId(), edited_message: msg as NonNullable<Update["edited_message"]> };
}

/** Options for `callbackQuery`. */
export interface CallbackOpts extends UserOpts {
  /** The bot message carrying the button; defaults to a bot message in the user's private chat. */
  message?: Message;
  bot?: User;
}

/** A `callback_query` from pressing an inline button with `data`. */
export function callbackQuery(data: string, opts: CallbackOpts = {}): Update {
  const from = user(opts);
  const message =
    opts.message ??
    ({
      message_id: nextMessageId(),
      date: now() - 5,
      chat: privateChat(from),
      from: opts.bot ?? DEFAULT_BOT,
      text: "Pick one",
      reply_markup: { inline_keyboard: [[{ text: "Button", callback_data: data }]] },
    } as Message);
  const cq: CallbackQuery = {
    id: `${Date.now()}${querySeq++}`,
    from,
    chat_instance: `-${message.chat.id}42`,
    data,
    message,
  } as CallbackQuery;
  return { update_id: nextUpdateId(), callback_query: cq };
}

/** Options for payment updates (Telegram Stars by default). */
export interface PaymentOpts extends UserOpts {
  payload?: string;
  amount?: number;
  currency?: string;
  id?: string;
}

/** A `pre_checkout_query` the bot must answer within 10 s (Telegram cancels the checkout after that). */
export function preCheckout(opts: PaymentOpts = {}): Update {
  const q: PreCheckoutQuery = {
    id: opts.id ?? `pcq_${Date.now()}_${querySeq++}`,
    from: user(opts),
    currency: opts.currency ?? "XTR",
    total_amount: opts.amount ?? 50,
    invoice_payload: opts.payload ?? "order-1",
  };
  return { update_id: nextUpdateId(), pre_checkout_query: q };
}

/** A service `message` with `successful_payment` (the last step of a Stars purchase: the money arrived). */
export function successfulPayment(opts: PaymentOpts & { chargeId?: string } = {}): Update {
  return privateMedia(
    {
      successful_payment: {
        currency: opts.currency ?? "XTR",
        total_amount: opts.amount ?? 50,
        invoice_payload: opts.payload ?? "order-1",
        telegram_payment_charge_id: opts.chargeId ?? `stxFAKE${Date.now()}${querySeq++}`,
        provider_payment_charge_id: "",
      },
    },
    opts,
  );
}

/** Options for `stoppedGeneration`. */
export interface StopDraftOpts extends UserOpts {
  threadId?: number;
}

/**
 * A `stopped_message_generation` update (Bot API 10.3): the user pressed the stop button the client
 * shows on a draft sent with `can_stop`. Drafts live in private chats only, so the chat is the
 * user's private chat.
 */
export function stoppedGeneration(draftId: number, opts: StopDraftOpts = {}): Update {
  const stopped: NonNullable<Update["stopped_message_generation"]> = {
    chat: privateChat(user(opts)),
    draft_id: draftId,
  };
  if (opts.threadId !== undefined) stopped.message_thread_id = opts.threadId;
  return { update_id: nextUpdateId(), stopped_message_generation: stopped };
}
