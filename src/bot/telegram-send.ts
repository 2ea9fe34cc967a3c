/**
 * Sending and editing formatted text the way Telegram accepts it: HTML first, plain text when the
 * HTML is rejected, and "message is not modified" treated as success.
 */
import { type Api, GrammyError } from "grammy";
import type { ReplyParameters } from "grammy/types";
import { markdownToHtml, markdownToPlain } from "./format.ts";

/** True for Telegram's refusal of a text's HTML markup (the plain text then goes instead). */
export const isParseError = (err: unknown) =>
  err instanceof GrammyError &&
  err.error_code === 400 &&
  /can't parse entities|unsupported start tag|can't find end tag/i.test(err.description);

/** True for Telegram's answer to an edit that changes nothing, which is not a failure. */
export const isNotModified = (err: unknown) =>
  err instanceof GrammyError && err.error_code === 400 && /message is not modified/i.test(err.description);

/** Sends one chunk of Markdown as HTML, falling back to plain text if Telegram rejects the markup. */
export async function sendFormatted(
  api: Api,
  chatId: number,
  markdown: string,
  options: { replyTo?: number; threadId?: number } = {},
): Promise<number> {
  const reply_parameters: ReplyParameters | undefined = options.replyTo
    ? { message_id: options.replyTo, allow_sending_without_reply: true }
    : undefined;
  const base = {
    reply_parameters,
    message_thread_id: options.threadId,
    link_preview_options: { is_disabled: true },
  };
  try {
    const msg = await api.sendMessage(chatId, markdownToHtml(markdown), { ...base, parse_mode: "HTML" });
    return msg.message_id;
  } catch (err) {
    if (!isParseError(err)) throw err;
    const msg = await api.sendMessage(chatId, markdownToPlain(markdown), base);
    return msg.message_id;
  }
}

/** Edits a message to a chunk of Markdown (HTML, then plain); unchanged content is not an error. */
export async function editFormatted(
  api: Api,
  chatId: number,
  messageId: number,
  markdown: string,
  formatted = true,
): Promise<void> {
  try {
    if (formatted) {
      try {
        await api.editMessageText(chatId, messageId, markdownToHtml(markdown), {
          parse_mode: "HTML",
          link_preview_options: { is_disabled: true },
        });
        return;
      } catch (err) {
        if (!isParseError(err)) throw err;
      }
    }
    await api.editMessageText(chatId, messageId, formatted ? markdownToPlain(markdown) : markdown, {
      link_preview_options: { is_disabled: true },
    });
  } catch (err) {
    if (!isNotModified(err)) throw err;
  }
}
