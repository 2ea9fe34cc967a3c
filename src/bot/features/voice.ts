/**
 * Voice and video notes in: in a private chat always, in a group only when the note replies to the
 * bot or its caption mentions it. The note is fetched from Telegram, transcribed, and the
 * transcript becomes an ordinary chat turn (same persona, memory and mood as typed text).
 * `/transcripts` turns quoting what was heard above the reply on or off, per user.
 */
import { Composer } from "grammy";
import type { Message } from "grammy/types";
import type { VoiceNote, VoiceNotes, VoiceOutcome } from "../../services/speech/index.ts";
import type { BotContext } from "../context.ts";
import { downloadTelegramFile, keepChatAction } from "../telegram-file.ts";
import { addressedText, type ChatTurnDeps, chatTurnRunner } from "./chat.ts";

/** Where the per-user /transcripts choice is kept. */
export interface TranscriptPrefs {
  showTranscripts(userId: number): Promise<boolean>;
  setShowTranscripts(userId: number, on: boolean): Promise<void>;
}

/** "4:05" for 245 seconds: the same in every language. */
export const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, "0")}`;

/** The transcript as a quote above the reply (Markdown `>` lines, rendered as a blockquote). */
export const quoteTranscript = (text: string) =>
  text
    .split("\n")
    .filter((line) => line.trim())
    .map((line, i) => `> ${i === 0 ? "🎙 " : ""}${line.trim()}`)
    .join("\n");

/** What the user is told for each outcome that is not a transcript. */
function outcomeText(ctx: BotContext, outcome: Exclude<VoiceOutcome, { type: "ok" }>): string {
  switch (outcome.type) {
    case "not_configured":
      return ctx.t("voice-not-set-up");
    case "too_long":
      return ctx.t("voice-too-long", { length: clock(outcome.seconds), max: clock(outcome.maxSeconds) });
    case "too_big":
      return ctx.t("voice-too-big");
    case "no_credits":
      return ctx.t("voice-no-credits", { cost: outcome.cost, balance: outcome.balance });
    case "empty":
      return [
        ctx.t("voice-empty"),
        outcome.refunded ? ctx.t("voice-refunded", { credits: outcome.refunded }) : "",
      ]
        .filter(Boolean)
        .join("\n");
    case "failed":
      return [
        ctx.t("voice-failed"),
        outcome.refunded ? ctx.t("voice-refunded", { credits: outcome.refunded }) : "",
      ]
        .filter(Boolean)
        .join("\n");
  }
}

/** The note in a message, as the service needs it. */
function noteOf(message: Message, download: (fileId: string) => Promise<Uint8Array>): VoiceNote | null {
  const media = message.voice ?? message.video_note;
  if (!media || !message.from) return null;
  return {
    kind: message.voice ? "voice" : "video_note",
    userId: message.from.id,
    chatId: message.chat.id,
    messageId: message.message_id,
    durationSeconds: media.duration,
    fileSize: media.file_size,
    download: () => download(media.file_id),
  };
}

/** The voice feature; install it before the fallback (which otherwise answers notes). */
export function voiceFeature(
  deps: ChatTurnDeps & {
    voice: VoiceNotes;
    prefs: TranscriptPrefs;
    /** The download URL of a Telegram file path (it holds the bot token: never logged or shared). */
    fileUrl(filePath: string): string;
  },
) {
  const composer = new Composer<BotContext>();
  const runTurn = chatTurnRunner(deps);

  const download = (ctx: BotContext, fileId: string) => downloadTelegramFile(ctx.api, fileId, deps.fileUrl);

  composer.on(["message:voice", "message:video_note"], async (ctx) => {
    const message = ctx.message;
    const said = addressedText(message, { id: ctx.me.id, username: ctx.me.username });
    if (said === null) return; // a group note not meant for the bot
    const note = noteOf(message, (fileId) => download(ctx, fileId));
    if (!note) return;
    const stopTyping = keepChatAction(ctx);
    let outcome: VoiceOutcome;
    try {
      outcome = await deps.voice.transcribe(note, ctx.log);
    } finally {
      stopTyping();
    }
    if (outcome.type !== "ok") {
      ctx.log.info({ component: "voice", outcome: outcome.type }, "voice note not turned into a reply");
      await ctx.reply(outcomeText(ctx, outcome), { reply_parameters: { message_id: message.message_id } });
      return;
    }
    // A caption says something too ("what do you think?"): it follows what was said aloud.
    const caption = message.caption
      ? said.replace(new RegExp(`@${ctx.me.username}\\b`, "gi"), "").trim()
      : "";
    const text = caption ? `${outcome.text}\n\n${caption}` : outcome.text;
    const quote = await deps.prefs.showTranscripts(note.userId);
    await runTurn(ctx, text, {
      heardVoice: true,
      ...(quote ? { header: quoteTranscript(outcome.text) } : {}),
    });
  });

  composer.command("transcripts", async (ctx) => {
    if (!ctx.from) return;
    const arg = ctx.match.trim().toLowerCase();
    let on: boolean;
    if (arg === "on") on = true;
    else if (arg === "off") on = false;
    else if (arg === "") on = !(await deps.prefs.showTranscripts(ctx.from.id));
    else {
      await ctx.reply(ctx.t("voice-transcripts-usage"));
      return;
    }
    await deps.prefs.setShowTranscripts(ctx.from.id, on);
    await ctx.reply(ctx.t(on ? "voice-transcripts-on" : "voice-transcripts-off"));
  });

  return composer;
}
