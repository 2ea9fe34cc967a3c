/**
 * /synesthesia <text>: the palette card of a text's feeling, drawn locally (no credits), with its
 * feeling, textures, sounds and colours in the caption and a "🖼 Paint it" button that opens the
 * /imagine picker with the engine's image prompt. /synesthesia on|off: a "see this feeling"
 * button under the replies to this user, off by default; pressing it shows the card of the message
 * that reply answered. Install before the chat feature: its middleware waits for the reply.
 */
import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { EngineSettingsRepository } from "../../db/engine-settings-repository.ts";
import type { SynesthesiaService } from "../../services/synesthesia.ts";
import type { BotContext } from "../context.ts";
import { synesthesiaCaption } from "./engines-text.ts";
import type { PaintOffer } from "./paint-offer.ts";

export interface SynesthesiaFeatureDeps {
  synesthesia: SynesthesiaService;
  settings: EngineSettingsRepository;
  paint: PaintOffer;
}

/** The synesthesia feature. */
export function synesthesiaFeature(deps: SynesthesiaFeatureDeps) {
  const composer = new Composer<BotContext>();
  composer.use(deps.paint.composer);

  /** Sends the card of `text` (its colours in words when drawing fails). */
  async function sendCard(ctx: BotContext, text: string) {
    const s = await deps.synesthesia.read(text, {
      userId: ctx.from!.id,
      chatId: ctx.chat!.id,
      languageCode: ctx.from!.language_code,
    });
    const caption = synesthesiaCaption(ctx.t, s);
    const reply_markup = await deps.paint.button(ctx, s.imagePrompt);
    let png: Uint8Array;
    try {
      png = await deps.synesthesia.card(s);
    } catch (err) {
      ctx.log.warn({ err }, "could not draw a palette card");
      return void (await ctx.reply(`${ctx.t("syn-card-failed")}\n\n${caption}`, { reply_markup }));
    }
    await ctx.replyWithPhoto(new InputFile(png, "feeling.png"), { caption, reply_markup });
  }

  composer.command("synesthesia", async (ctx) => {
    const args = ctx.match.trim();
    if (/^(on|off)$/i.test(args)) {
      const on = args.toLowerCase() === "on";
      await deps.settings.setFeelingButton(ctx.from!.id, on);
      return void (await ctx.reply(ctx.t(on ? "syn-button-on" : "syn-button-off")));
    }
    if (!args) return void (await ctx.reply(ctx.t("syn-usage")));
    await ctx.replyWithChatAction("upload_photo").catch(() => {});
    await sendCard(ctx, args);
  });

  // After a chat reply to a user who asked for it, the 🎨 button goes under that reply.
  composer.on("message:text", async (ctx, next) => {
    await next();
    if (ctx.message.text.startsWith("/")) return;
    if (!(await deps.settings.feelingButton(ctx.from.id))) return;
    const replyId = await deps.settings.replyTo(ctx.chat.id, ctx.message.message_id);
    if (replyId === null) return;
    const keyboard = new InlineKeyboard().text(ctx.t("syn-see-button"), `syn:see:${ctx.message.message_id}`);
    await ctx.api
      .editMessageReplyMarkup(ctx.chat.id, replyId, { reply_markup: keyboard })
      .catch((err) => ctx.log.warn({ err }, "could not put the feeling button under a reply"));
  });

  composer.callbackQuery(/^syn:see:(\d+)$/, async (ctx) => {
    const chatId = ctx.chat?.id;
    const text = chatId ? await deps.settings.userMessage(chatId, Number(ctx.match[1]), ctx.from.id) : null;
    if (!text) return void (await ctx.answerCallbackQuery({ text: ctx.t("syn-see-missing") }));
    await ctx.answerCallbackQuery();
    await sendCard(ctx, text);
  });

  return composer;
}
