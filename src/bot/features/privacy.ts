/**
 * /export and /deletedata: a user's own data, as a JSON document or erased after a confirmation.
 * Private chats only, so an export (which holds the user's messages and memories) never lands in
 * a group, and the confirmation button only works for the user who asked.
 */
import { Composer, InlineKeyboard, InputFile } from "grammy";
import type { PrivacyService } from "../../services/privacy.ts";
import type { BotContext } from "../context.ts";

export interface PrivacyFeatureDeps {
  privacy: PrivacyService;
}

/** The privacy feature. */
export function privacyFeature(deps: PrivacyFeatureDeps) {
  const composer = new Composer<BotContext>();

  composer.command("export", async (ctx) => {
    if (!ctx.from) return;
    if (ctx.chat?.type !== "private") return void (await ctx.reply(ctx.t("privacy-private-only")));
    const bytes = await deps.privacy.exportJson(ctx.from.id);
    ctx.log.info({ user_id: ctx.from.id, bytes: bytes.length }, "user data exported");
    await ctx.replyWithDocument(new InputFile(bytes, `velro-export-${ctx.from.id}.json`), {
      caption: ctx.t("export-caption"),
    });
  });

  composer.command("deletedata", async (ctx) => {
    if (!ctx.from) return;
    if (ctx.chat?.type !== "private") return void (await ctx.reply(ctx.t("privacy-private-only")));
    const stake = await deps.privacy.teamsAtStake(ctx.from.id);
    const text = [
      ctx.t("delete-confirm"),
      ...(stake.handover ? [ctx.t("delete-confirm-team-handover", { count: stake.handover })] : []),
      ...(stake.lone
        ? [ctx.t("delete-confirm-team-lone", { count: stake.lone, credits: stake.credits })]
        : []),
    ].join("\n\n");
    await ctx.reply(text, {
      reply_markup: new InlineKeyboard()
        .text(ctx.t("delete-button-confirm"), `privacy:del:${ctx.from.id}`)
        .text(ctx.t("button-cancel"), "privacy:cancel"),
    });
  });

  composer.callbackQuery(/^privacy:del:(\d{1,20})$/, async (ctx) => {
    // The button names its owner: someone else pressing a forwarded copy deletes nothing.
    if (String(ctx.from.id) !== ctx.match[1]) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t("delete-not-yours") }));
    }
    const result = await deps.privacy.erase(ctx.from.id);
    if (result.type === "busy") {
      await ctx.answerCallbackQuery({ text: ctx.t("delete-busy-toast") });
      await ctx.editMessageText(ctx.t("delete-busy")).catch(() => {});
      return;
    }
    ctx.log.info({ user_id: ctx.from.id, counts: result.counts }, "user data deleted");
    await ctx.answerCallbackQuery({ text: ctx.t("delete-done-toast") });
    await ctx.editMessageText(ctx.t("delete-done")).catch(() => {});
  });

  composer.callbackQuery("privacy:cancel", async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t("delete-cancelled-toast") });
    await ctx.editMessageText(ctx.t("delete-cancelled")).catch(() => {});
  });

  return composer;
}
