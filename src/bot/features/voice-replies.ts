/**
 * Voice replies in Telegram. `/voice` shows and switches the two choices (every reply as a voice
 * note; voice notes answered with voice notes), and a chat turn whose reply is to be spoken goes
 * through `voiceReplySink` instead of the streaming text sink: "recording a voice message…" shows
 * while the reply is written and spoken, then it goes out with sendVoice, its words as the
 * caption, or behind a "show text" button when they are longer than a caption may be. Whatever
 * stops the voice (no provider, no credits, the provider failed, the user's privacy settings)
 * sends the same reply as text, with a short note saying why.
 */
import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { VoicePrefs } from "../../db/voice-reply-repository.ts";
import type { ReplySink } from "../../services/chat-service.ts";
import type { OggOpus } from "../../services/speech/ogg-opus.ts";
import type { VoiceReplies, VoiceReplyOutcome } from "../../services/speech/voice-replies.ts";
import type { BotContext } from "../context.ts";
import { markdownToHtml, markdownToPlain, splitMessage } from "../format.ts";
import { isParseError, sendFormatted } from "../telegram-send.ts";
import { localizeEnding } from "./chat.ts";

/** Telegram's limit for a caption, after entity parsing. */
const CAPTION_LIMIT = 1024;
/** The "show text" button's callback data (the message it sits on names the reply). */
export const SHOW_TEXT_DATA = "vtext";

export interface VoiceReplyDeps {
  replies: VoiceReplies;
  prefs: {
    voicePrefs(userId: number): Promise<VoicePrefs>;
    setVoicePrefs(userId: number, change: Partial<VoicePrefs>): Promise<VoicePrefs>;
  };
  texts: {
    spokenText(
      chatId: number,
      voiceMessageId: number,
    ): Promise<{ text: string; shown: boolean; sourceMessageId: number } | null>;
    markTextShown(chatId: number, sourceMessageId: number): Promise<void>;
  };
  /** The persona speaking in a chat (its id picks the voice). */
  personaId(userId: number, chatId: number): Promise<string>;
}

/** A reply as it is said aloud: plain text without emoji, which voices read out by name or stumble on. */
export function speechText(markdown: string): string {
  return markdownToPlain(markdown)
    .replace(/`/g, "")
    .replace(/https?:\/\/\S+/g, "")
    .replace(/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}]/gu, "")
    .replace(/^[ \t]*>[ \t]?/gm, "")
    .replace(/[ \t]+/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * A chat action that lasts until stopped: Telegram shows one for 5 s, so it is repeated every 4 s.
 * `switch` changes what is shown (recording → uploading) without a gap.
 */
function chatStatus(ctx: BotContext, threadId: number | undefined) {
  type Action = "record_voice" | "upload_voice";
  let action: Action | undefined;
  let timer: NodeJS.Timeout | undefined;
  const show = () => {
    if (action)
      void ctx.api.sendChatAction(ctx.chat!.id, action, { message_thread_id: threadId }).catch(() => {});
  };
  return {
    switch(next: Action) {
      if (action === next) return;
      action = next;
      show();
      clearInterval(timer);
      timer = setInterval(show, 4_000);
    },
    stop() {
      action = undefined;
      clearInterval(timer);
    },
  };
}

/** The note sent after a reply that was to be spoken but went out as text; null: none. */
function fallbackNote(ctx: BotContext, outcome: VoiceReplyOutcome): string | null {
  switch (outcome.type) {
    case "not_configured":
      return ctx.t("voice-reply-not-set-up");
    case "too_long":
      return ctx.t("voice-reply-too-long");
    case "no_credits":
      return ctx.t("voice-reply-no-credits", { cost: outcome.cost, balance: outcome.balance });
    case "failed": {
      // Telegram Premium users can refuse voice messages from anyone who is not a contact.
      if (outcome.stage === "upload" && /VOICE_MESSAGES_FORBIDDEN/i.test(outcome.reason))
        return ctx.t("voice-reply-forbidden");
      const refunded = outcome.refunded
        ? `\n${ctx.t("voice-reply-refunded", { credits: outcome.refunded })}`
        : "";
      return ctx.t("voice-reply-failed") + refunded;
    }
    default:
      return null;
  }
}

/**
 * The sink for a reply that is to be spoken, wrapping the turn's text sink (used for replies that
 * cannot be spoken: a stop, a model failure, nothing to say, or any outcome but a voice note).
 */
export function voiceReplySink(
  deps: VoiceReplyDeps,
  ctx: BotContext,
  text: ReplySink,
  options: { header?: string },
): ReplySink {
  const message = ctx.message!;
  const threadId = message.is_topic_message ? message.message_thread_id : undefined;
  const status = chatStatus(ctx, threadId);
  const isPrivate = message.chat.type === "private";

  /** Sends the voice note with its words as the caption, or a "show text" button when too long. */
  async function sendVoice(reply: string, note: OggOpus): Promise<number> {
    status.switch("upload_voice");
    const shown = (options.header ? `${options.header}\n\n` : "") + reply;
    const fits = markdownToPlain(shown).length <= CAPTION_LIMIT;
    const base = {
      duration: note.durationSeconds,
      message_thread_id: threadId,
      reply_parameters: isPrivate
        ? undefined
        : { message_id: message.message_id, allow_sending_without_reply: true },
      reply_markup: fits
        ? undefined
        : new InlineKeyboard().text(ctx.t("voice-reply-show-text"), SHOW_TEXT_DATA),
    };
    const file = () => new InputFile(note.bytes, "reply.ogg");
    if (!fits) return (await ctx.api.sendVoice(message.chat.id, file(), base)).message_id;
    try {
      const html = markdownToHtml(shown);
      return (
        await ctx.api.sendVoice(message.chat.id, file(), { ...base, caption: html, parse_mode: "HTML" })
      ).message_id;
    } catch (err) {
      if (!isParseError(err)) throw err;
      return (await ctx.api.sendVoice(message.chat.id, file(), { ...base, caption: markdownToPlain(shown) }))
        .message_id;
    }
  }

  return {
    progress() {
      status.switch("record_voice");
    },
    async finish(reply) {
      status.switch("record_voice");
      try {
        const spoken = speechText(reply);
        // A stop or a model failure ends in a fixed sentence: that is said in text, not spoken; so
        // is a reply with no words to say (an emoji, "…").
        const sayable = /[\p{L}\p{N}]/u.test(spoken);
        if (!sayable || localizeEnding(reply, ctx.t) !== reply) return await text.finish(reply);
        const outcome = await deps.replies.speak(
          {
            userId: ctx.from!.id,
            chatId: message.chat.id,
            sourceMessageId: message.message_id,
            personaId: await deps.personaId(ctx.from!.id, message.chat.id),
            spoken,
          },
          (note) => sendVoice(reply, note),
          ctx.log,
        );
        if (outcome.type === "sent" || outcome.type === "already_sent") return outcome.messageId;
        status.stop();
        const sent = await text.finish(reply);
        const note = fallbackNote(ctx, outcome);
        if (note) await ctx.reply(note, { message_thread_id: threadId });
        return sent;
      } finally {
        status.stop();
      }
    },
  };
}

/** What a chat turn asks: its sink when the reply is to be spoken, else null (plain text). */
export type VoiceReplyHook = (
  ctx: BotContext,
  text: ReplySink,
  turn: { heardVoice: boolean; header?: string },
) => Promise<ReplySink | null>;

/** The hook for chat turns: spoken when the user chose every reply, or a voice note for a voice note. */
export function voiceReplyHook(deps: VoiceReplyDeps): VoiceReplyHook {
  return async (ctx, text, turn) => {
    if (!ctx.from || !ctx.message) return null;
    // Unable to read the choice, the reply still goes out: as text.
    const prefs = await deps.prefs.voicePrefs(ctx.from.id).catch((err) => {
      ctx.log.warn({ err }, "could not read the voice reply choice; answering in text");
      return null;
    });
    if (!prefs) return null;
    if (!(prefs.replies || (turn.heardVoice && prefs.voiceForVoice))) return null;
    return voiceReplySink(deps, ctx, text, { header: turn.header });
  };
}

/** The /voice panel: both choices, the price, and buttons that flip them. */
function panel(ctx: BotContext, deps: VoiceReplyDeps, prefs: VoicePrefs) {
  const state = (on: boolean) => (on ? "on" : "off");
  const text = ctx.t("voice-reply-panel", {
    replies: state(prefs.replies),
    auto: state(prefs.voiceForVoice),
    cost: deps.replies.creditsPer500,
  });
  const kb = new InlineKeyboard()
    .text(
      ctx.t(prefs.replies ? "voice-reply-button-replies-off" : "voice-reply-button-replies-on"),
      `voice:replies:${state(!prefs.replies)}`,
    )
    .row()
    .text(
      ctx.t(prefs.voiceForVoice ? "voice-reply-button-auto-off" : "voice-reply-button-auto-on"),
      `voice:auto:${state(!prefs.voiceForVoice)}`,
    );
  return { text, reply_markup: kb };
}

/** `/voice` and the buttons of voice replies. */
export function voiceRepliesFeature(deps: VoiceReplyDeps) {
  const composer = new Composer<BotContext>();

  composer.command("voice", async (ctx) => {
    if (!ctx.from) return;
    if (!deps.replies.configured) return void (await ctx.reply(ctx.t("voice-reply-not-set-up")));
    const arg = ctx.match.trim().toLowerCase();
    let prefs: VoicePrefs;
    if (arg === "on" || arg === "off")
      prefs = await deps.prefs.setVoicePrefs(ctx.from.id, { replies: arg === "on" });
    else if (arg === "") prefs = await deps.prefs.voicePrefs(ctx.from.id);
    else return void (await ctx.reply(ctx.t("voice-reply-usage")));
    const view = panel(ctx, deps, prefs);
    await ctx.reply(view.text, { reply_markup: view.reply_markup });
  });

  composer.callbackQuery(/^voice:(replies|auto):(on|off)$/, async (ctx) => {
    if (!deps.replies.configured)
      return void (await ctx.answerCallbackQuery({ text: ctx.t("voice-reply-not-set-up") }));
    const on = ctx.match[2] === "on";
    const prefs = await deps.prefs.setVoicePrefs(
      ctx.from.id,
      ctx.match[1] === "replies" ? { replies: on } : { voiceForVoice: on },
    );
    await ctx.answerCallbackQuery({ text: ctx.t("voice-reply-saved") });
    const view = panel(ctx, deps, prefs);
    await ctx.editMessageText(view.text, { reply_markup: view.reply_markup }).catch(() => {});
  });

  composer.callbackQuery(SHOW_TEXT_DATA, async (ctx) => {
    const voice = ctx.callbackQuery.message;
    if (!voice) return void (await ctx.answerCallbackQuery());
    const found = await deps.texts.spokenText(voice.chat.id, voice.message_id);
    if (!found) return void (await ctx.answerCallbackQuery({ text: ctx.t("voice-reply-text-gone") }));
    if (found.shown) return void (await ctx.answerCallbackQuery({ text: ctx.t("voice-reply-text-shown") }));
    await ctx.answerCallbackQuery();
    // Sent before it is marked: a crash in between re-runs the press, whose send the intake's
    // record answers; presses of one chat are handled one at a time, so a second press finds it marked.
    const threadId = voice.is_topic_message ? voice.message_thread_id : undefined;
    for (const chunk of splitMessage(found.text)) {
      await sendFormatted(ctx.api, voice.chat.id, chunk, { replyTo: voice.message_id, threadId });
    }
    await deps.texts.markTextShown(voice.chat.id, found.sourceMessageId);
    await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => {});
  });

  return composer;
}
