/**
 * Photos and documents in. A photo (or an album, as one turn; pictures sent as files count) goes to
 * the model that sees and becomes an ordinary chat turn: the same persona, mood and memory, with a
 * one-line description kept in the conversation and the memory palace. Text, Markdown and PDF
 * files are read, filed in the palace's "documents" room, and answered from their text (the
 * caption is the question). In groups only when addressed, as for text. Install before the
 * fallback, which otherwise answers photos and files with "I can't".
 */
import { Composer } from "grammy";
import type { Message } from "grammy/types";
import type { MediaGroupRepository } from "../../db/media-group-repository.ts";
import { laneOf } from "../../intake/lanes.ts";
import { documentKind, imageTypeOf } from "../../services/media/document-text.ts";
import { type DocumentReader, excerptFor } from "../../services/media/documents.ts";
import type { PhotoFile, PhotoReader } from "../../services/media/photos.ts";
import type { BotContext } from "../context.ts";
import { downloadTelegramFile, keepChatAction } from "../telegram-file.ts";
import { addressedText, type ChatTurnDeps, chatTurnRunner } from "./chat.ts";
import { gatherAlbum } from "./media-album.ts";
import { documentBlock, documentInstruction, documentOutcomeText, photoOutcomeText } from "./media-text.ts";

export interface MediaFeatureDeps extends ChatTurnDeps {
  photos: PhotoReader;
  documents: DocumentReader;
  albums: MediaGroupRepository;
  /** How long an album's first message waits after the last arrival for more (ALBUM_WAIT_MS). */
  albumWaitMs: number;
  /** False when replies come from the offline responder: documents are filed and acknowledged. */
  canConverse: boolean;
  /** Most characters of documents one turn's prompt carries. */
  excerptChars: number;
  /** The download URL of a Telegram file path (it holds the bot token: never logged or shared). */
  fileUrl(filePath: string): string;
}

/** The language a description is written in, as an English name ("pt-BR" → "Brazilian Portuguese"). */
export function languageName(locale: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(locale) ?? "English";
  } catch {
    return "English";
  }
}

/** What a message brings: a picture (a photo, or an image sent as a file), a document, or neither. */
function broughtBy(message: Message): "picture" | "document" | null {
  if (message.photo?.length) return "picture";
  const doc = message.document;
  // A GIF arrives as an animation that also carries a document: not ours.
  if (!doc || message.animation) return null;
  return documentKind(doc.file_name, doc.mime_type) === "image" ? "picture" : "document";
}

/** The media feature. */
export function mediaFeature(deps: MediaFeatureDeps) {
  const composer = new Composer<BotContext>();
  const runTurn = chatTurnRunner(deps);

  const download = (ctx: BotContext, fileId: string, maxBytes?: number) =>
    downloadTelegramFile(ctx.api, fileId, deps.fileUrl, maxBytes);

  /** The picture in a message, as the photo service takes it: a photo's largest size, or the file. */
  function photoFile(ctx: BotContext, message: Message): PhotoFile {
    const size = message.photo?.at(-1);
    if (size) {
      return {
        contentType: "image/jpeg",
        fileSize: size.file_size,
        download: () => download(ctx, size.file_id),
      };
    }
    const doc = message.document!;
    return {
      contentType: imageTypeOf(doc.file_name, doc.mime_type),
      fileSize: doc.file_size,
      download: () => download(ctx, doc.file_id),
    };
  }

  async function answerPhotos(ctx: BotContext, messages: Message[], caption: string) {
    const leader = ctx.message!;
    const stop = keepChatAction(ctx);
    const turn = { userId: ctx.from!.id, chatId: leader.chat.id, messageId: leader.message_id };
    let outcome: Awaited<ReturnType<PhotoReader["understand"]>>;
    try {
      outcome = await deps.photos.understand(
        {
          ...turn,
          photos: messages.map((m) => photoFile(ctx, m)),
          caption: caption || undefined,
          language: languageName(await ctx.i18n.getLocale()),
        },
        ctx.log,
      );
    } finally {
      stop();
    }
    if (outcome.type !== "ok") {
      ctx.log.info({ component: "vision", outcome: outcome.type }, "photo not turned into a reply");
      await ctx.reply(photoOutcomeText(ctx.t, outcome), {
        reply_parameters: { message_id: leader.message_id },
      });
      return;
    }
    const text = [`📷 ${outcome.description}`, caption].filter(Boolean).join("\n\n");
    const result = await runTurn(ctx, text, { images: outcome.images, dialogue: outcome.dialogue });
    const refunded = await deps.photos.settle(turn, result.ok);
    if (refunded > 0) await ctx.reply(ctx.t("media-refunded", { credits: refunded }));
  }

  async function answerDocuments(ctx: BotContext, messages: Message[], caption: string) {
    const from = ctx.from!;
    const read: { name: string; pages?: number; text: string; sourceId: string; messageId: number }[] = [];
    for (const message of messages) {
      const doc = message.document!;
      const name = doc.file_name ?? "document";
      const kind = documentKind(doc.file_name, doc.mime_type);
      const stop = keepChatAction(ctx);
      let outcome: Awaited<ReturnType<DocumentReader["read"]>>;
      try {
        outcome = await deps.documents.read(
          {
            userId: from.id,
            chatId: message.chat.id,
            messageId: message.message_id,
            speaker: from.first_name,
            fileName: name,
            kind: kind === "image" ? null : kind,
            fileSize: doc.file_size,
            download: () => download(ctx, doc.file_id),
          },
          ctx.log,
        );
      } finally {
        stop();
      }
      if (outcome.type !== "ok") {
        ctx.log.info(
          { component: "documents", outcome: outcome.type, mime: doc.mime_type, size: doc.file_size },
          "document not read",
        );
        await ctx.reply(documentOutcomeText(ctx.t, name, outcome), {
          reply_parameters: { message_id: message.message_id },
        });
        continue;
      }
      if (outcome.truncated) await ctx.reply(ctx.t("doc-truncated", { name: outcome.name }));
      read.push({ ...outcome, messageId: message.message_id });
    }
    if (!read.length) return;
    const settle = async (ok: boolean) => {
      let refunded = 0;
      for (const d of read)
        refunded += await deps.documents.settle(
          { userId: from.id, chatId: ctx.chat!.id, messageId: d.messageId },
          ok,
        );
      return refunded;
    };
    if (!deps.canConverse) {
      // No model to talk it over: the file is kept, and the user is told so.
      for (const d of read) await ctx.reply(ctx.t("doc-kept", { name: d.name, pages: d.pages ?? 0 }));
      await settle(true);
      return;
    }
    const share = Math.floor(deps.excerptChars / read.length);
    const blocks = read.map((d) => {
      const text = excerptFor(d.text, caption, share);
      return documentBlock({ name: d.name, pages: d.pages, text, partial: text.length < d.text.length });
    });
    const attachment = [...blocks, documentInstruction(caption !== "")].join("\n\n");
    const text = [read.map((d) => `📄 ${d.name}`).join("\n"), caption].filter(Boolean).join("\n\n");
    const result = await runTurn(ctx, text, { attachment, memorySource: read[0]!.sourceId });
    const refunded = await settle(result.ok);
    if (refunded > 0) await ctx.reply(ctx.t("media-refunded", { credits: refunded }));
  }

  composer.on(["message:photo", "message:document"], async (ctx, next) => {
    const message = ctx.message;
    if (broughtBy(message) === null) return next();
    let messages: Message[] = [message];
    if (message.media_group_id) {
      const album = await gatherAlbum(
        { repo: deps.albums, waitMs: deps.albumWaitMs },
        {
          lane: laneOf(ctx.update),
          updateId: ctx.update.update_id,
          message: { ...message, media_group_id: message.media_group_id },
        },
      );
      if (album.role === "member") {
        ctx.log.debug({ media_group_id: message.media_group_id }, "album message answered with its album");
        return;
      }
      if (album.role === "straggler") {
        ctx.log.warn(
          { media_group_id: message.media_group_id },
          "album message arrived after its album was answered",
        );
      } else messages = album.messages;
    }
    const bot = { id: ctx.me.id, username: ctx.me.username };
    const said = messages.map((m) => addressedText(m, bot));
    if (said.every((s) => s === null)) return; // a group album not meant for the bot
    const caption = said
      .filter((s, i): s is string => s !== null && Boolean(messages[i]!.caption))
      .map((s) => s.replace(new RegExp(`@${ctx.me.username}\\b`, "gi"), "").trim())
      .filter(Boolean)
      .join("\n");
    const pictures = messages.filter((m) => broughtBy(m) === "picture");
    const documents = messages.filter((m) => broughtBy(m) === "document");
    if (documents.length) await answerDocuments(ctx, documents, caption);
    if (pictures.length) await answerPhotos(ctx, pictures, caption);
  });

  return composer;
}
