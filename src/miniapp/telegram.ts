/**
 * What the Mini App asks of Telegram, through the bot's API: a creation sent to the chat again,
 * an invoice link for a credit pack (opened in the app with Telegram.WebApp.openInvoice), and the
 * menu button that opens the app.
 */
import type { Api } from "grammy";
import type { MiniAppTelegram } from "../api/index.ts";
import type { Logger } from "../observability/logger.ts";
import { invoicePayload } from "../services/credits/payments.ts";
import { truncate } from "../util/text.ts";

/** The Mini App's address when Telegram can open it: Telegram only opens https web apps. */
export function miniAppUrl(publicUrl: string | undefined): string | undefined {
  return publicUrl?.startsWith("https://") ? `${publicUrl}/app` : undefined;
}

/** Creates the Telegram side of the app over the bot's API. */
export function miniAppTelegram(api: () => Api, logger: Logger): MiniAppTelegram {
  return {
    async sendCreation(userId, creation, t) {
      if (!creation.url) throw new Error("the creation has no file");
      const caption = truncate(creation.prompt, 1000);
      try {
        if (creation.kind === "video")
          await api().sendVideo(userId, creation.url, { caption, supports_streaming: true });
        else await api().sendPhoto(userId, creation.url, { caption });
      } catch (err) {
        // Telegram could not fetch the file by its URL (too large, gone): the link still works.
        logger.info(
          { err: (err as Error).message, job: creation.id },
          "resend by URL failed; sending the link",
        );
        await api().sendMessage(userId, t("gen-result-link", { kind: creation.kind, url: creation.url }));
      }
    },

    async invoiceLink(userId, pack, t) {
      // Telegram's limits: a title of at most 32 characters, a description of at most 255.
      const title = t("pack-title", { credits: pack.credits }).slice(0, 32);
      return api().createInvoiceLink(
        title,
        t("invoice-description", { credits: pack.credits }).slice(0, 255),
        invoicePayload(pack, userId),
        "",
        "XTR",
        [{ label: title, amount: pack.stars }],
      );
    },
  };
}

/**
 * Makes the chat's menu button open the app: the default for every chat at start-up (no chat id),
 * or one chat's (in its user's language) when they /start. A failure is logged, never fatal.
 */
export async function setMenuButton(
  api: Api,
  url: string,
  text: string,
  logger: Logger,
  chatId?: number,
): Promise<void> {
  try {
    await api.setChatMenuButton({
      ...(chatId === undefined ? {} : { chat_id: chatId }),
      menu_button: { type: "web_app", text, web_app: { url } },
    });
  } catch (err) {
    logger.warn({ err: (err as Error).message, chat_id: chatId }, "could not set the menu button");
  }
}
