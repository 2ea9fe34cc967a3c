/**
 * Conversation: plain text gets an AI reply — always in private chats, in groups only when the bot
 * is mentioned or replied to. Replies stream as drafts (private) or throttled edits (groups), and
 * can be stopped while they stream (see cancel.ts).
 */
import { Composer } from "grammy";
import type { Message, MessageEntity } from "grammy/types";
import { LlmError } from "../../engines/dialogue/types.ts";
import type { Translate } from "../../i18n/index.ts";
import {
  type ChatService,
  type ChatTurnResult,
  llmFailureMessage,
  type ReplySink,
  STOPPED_EMPTY,
  STOPPED_NOTE,
  type TurnOptions,
} from "../../services/chat-service.ts";
import type { TurnControl } from "../../services/turn-control.ts";
import type { BotContext } from "../context.ts";
import { createDraftSink, createEditSink } from "../reply-stream.ts";
import { stopKeyboard } from "./cancel.ts";
import type { VoiceReplyHook } from "./voice-replies.ts";

/**
 * What the bot was told in a message (its text, or a media message's caption), without the
 * mention that addressed it; null when a group message was not addressed to the bot.
 */
export function addressedText(message: Message, bot: { id: number; username: string }): string | null {
  const text = message.text ?? message.caption ?? "";
  if (message.chat.type === "private") return text;
  if (message.reply_to_message?.from?.id === bot.id) return text;
  const mention = `@${bot.username}`.toLowerCase();
  const entities: MessageEntity[] = message.entities ?? message.caption_entities ?? [];
  let addressed = false;
  let stripped = text;
  for (const e of entities) {
    const part = text.slice(e.offset, e.offset + e.length);
    if (
      (e.type === "mention" && part.toLowerCase() === mention) ||
      (e.type === "text_mention" && e.user.id === bot.id)
    ) {
      addressed = true;
      if (e.type === "mention") stripped = stripped.replace(part, "");
    }
  }
  if (!addressed) return null;
  return stripped.replace(/\s{2,}/g, " ").trim() || text;
}

/**
 * The few fixed sentences the chat service ends a reply with (stopped, or the model failed), and
 * their messages. The service writes them in English for every front end; in Telegram they are
 * swapped for the user's language as the reply goes out (history never holds them).
 */
const FIXED_ENDINGS: [string, string][] = [
  [STOPPED_EMPTY, "chat-stopped-empty"],
  [STOPPED_NOTE, "chat-stopped-note"],
  [llmFailureMessage(new LlmError("timeout", "")), "chat-error-timeout"],
  [llmFailureMessage(new LlmError("rate_limit", "")), "chat-error-busy"],
  [llmFailureMessage(new LlmError("network", "")), "chat-error-unavailable"],
];

/** A final reply with its fixed ending (if any) in the user's language. */
export function localizeEnding(text: string, t: Translate): string {
  for (const [english, key] of FIXED_ENDINGS) {
    if (text === english) return t(key);
    if (text.endsWith(`\n\n${english}`)) return `${text.slice(0, -english.length)}${t(key)}`;
  }
  return text;
}

export interface ChatTurnDeps {
  chat: ChatService;
  turns: TurnControl;
  streamIntervalMs?: { draft?: number; edit?: number };
  /** Decides whether a reply is spoken (voice-replies.ts); without it every reply is text. */
  voiceReplies?: VoiceReplyHook;
}

/** Options of one turn beyond its text. */
export interface TurnExtras {
  /** Shown above the reply (and kept out of the conversation history): a voice note's transcript. */
  header?: string;
  /** The user said it aloud (a voice or video note): the reply may be spoken back. */
  heardVoice?: boolean;
  /** Pictures for the model that sees, the prepared URLs (photos); with `dialogue`, that model. */
  images?: string[];
  dialogue?: TurnOptions["dialogue"];
  /** A document's excerpt, in this turn's prompt only (see ChatTurnInput). */
  attachment?: string;
  /** The memory palace source of the turn (a document's). */
  memorySource?: string;
}

/**
 * One chat turn for the message in `ctx`: the reply streams as a draft (private) or as edits of
 * one message (groups), can be stopped, and ends in the user's language. Text messages and
 * transcribed voice notes both come through here, so they get the same persona, memory and mood.
 */
export function chatTurnRunner(deps: ChatTurnDeps) {
  return async (ctx: BotContext, text: string, extras: TurnExtras = {}): Promise<ChatTurnResult> => {
    const message = ctx.message!;
    const from = ctx.from!;
    const isPrivate = message.chat.type === "private";
    const sinkOptions = {
      api: ctx.api,
      chatId: message.chat.id,
      log: ctx.log,
      threadId: message.is_topic_message ? message.message_thread_id : undefined,
    };
    if (!isPrivate) await ctx.replyWithChatAction("typing").catch(() => {});
    const turn = deps.turns.begin(message.chat.id);
    const stream = isPrivate
      ? createDraftSink({
          ...sinkOptions,
          intervalMs: deps.streamIntervalMs?.draft,
          draftBase: turn.draftBase,
          canStop: true,
        })
      : createEditSink({
          ...sinkOptions,
          replyTo: message.message_id,
          intervalMs: deps.streamIntervalMs?.edit,
          stopButton: stopKeyboard(turn.id, ctx.t("stop-button")),
        });
    const head = extras.header ? `${extras.header}\n\n` : "";
    // Once the final text goes out there is nothing left to stop: a late press is told so.
    const textSink: ReplySink = {
      progress: (text) => stream.progress(head + text),
      finish(text) {
        turn.end();
        return stream.finish(head + localizeEnding(text, ctx.t));
      },
    };
    // A reply the user wants to hear goes out as a voice note (as text when it cannot be spoken).
    const sink =
      (await deps.voiceReplies?.(ctx, textSink, {
        heardVoice: extras.heardVoice === true,
        header: extras.header,
      })) ?? textSink;
    try {
      return await deps.chat.handleTurn(
        {
          user: {
            id: from.id,
            firstName: from.first_name,
            username: from.username,
            languageCode: from.language_code,
          },
          chat: {
            id: message.chat.id,
            type: message.chat.type,
            title: "title" in message.chat ? message.chat.title : undefined,
          },
          text,
          telegramMessageId: message.message_id,
          now: new Date(message.date * 1000),
          images: extras.images,
          attachment: extras.attachment,
          memorySource: extras.memorySource,
        },
        sink,
        ctx.log,
        { signal: turn.signal, dialogue: extras.dialogue },
      );
    } finally {
      turn.end();
    }
  };
}

/** The chat feature; `chatService` does the work, this only translates Telegram. */
export function chatFeature(deps: ChatTurnDeps) {
  const composer = new Composer<BotContext>();
  const runTurn = chatTurnRunner(deps);

  composer.on("message:text", async (ctx, next) => {
    const message = ctx.message;
    if (message.text.startsWith("/")) return next(); // unknown commands are answered by the fallback
    const text = addressedText(message, { id: ctx.me.id, username: ctx.me.username });
    if (text === null) return;
    await runTurn(ctx, text);
  });

  return composer;
}
