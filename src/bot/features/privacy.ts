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

const PRIVATE_ONLY = "🔒 For your privacy, this works only in our private chat.";

/** The privacy feature. */
export function privacyFeature(deps: PrivacyFeatureDeps) {
  const composer = new Composer<BotContext>();

  composer.command("export", async (ctx) => {
    if (!ctx.from) return;
    if (ctx.chat?.type !== "private") return void (await ctx.reply(PRIVATE_ONLY));
    const bytes = await deps.privacy.exportJson(ctx.from.id);
    ctx.log.info({ user_id: ctx.from.id, bytes: bytes.length }, "user data exported");
    await ctx.replyWithDocument(new InputFile(bytes, `velro-export-${ctx.from.id}.json`), {
      caption:
        "📦 Everything I store about you: profile, mind state, memories, conversation history, credits ledger, payments and creations.",
    });
  });

  composer.command("deletedata", async (ctx) => {
    if (!ctx.from) return;
    if (ctx.chat?.type !== "private") return void (await ctx.reply(PRIVATE_ONLY));
    await ctx.reply(
      [
        "⚠️ Delete all your data? Your profile, memories, mind state, conversation history and creations will be erased for good.",
        "",
        "Your credit balance, its ledger and Telegram Stars payment records are kept: they are financial records needed for refunds and payment disputes, and contain no messages.",
      ].join("\n"),
      {
        reply_markup: new InlineKeyboard()
          .text("Yes, delete everything", `privacy:del:${ctx.from.id}`)
          .text("Cancel", "privacy:cancel"),
      },
    );
  });

  composer.callbackQuery(/^privacy:del:(\d{1,20})$/, async (ctx) => {
    // The button names its owner: someone else pressing a forwarded copy deletes nothing.
    if (String(ctx.from.id) !== ctx.match[1]) {
      return void (await ctx.answerCallbackQuery({ text: "This button is not yours." }));
    }
    const result = await deps.privacy.erase(ctx.from.id);
    if (result.type === "busy") {
      await ctx.answerCallbackQuery({ text: "A creation is still running." });
      await ctx
        .editMessageText(
          "⏳ A creation of yours is still running. Try /deletedata again when it has finished.",
        )
        .catch(() => {});
      return;
    }
    ctx.log.info({ user_id: ctx.from.id, counts: result.counts }, "user data deleted");
    await ctx.answerCallbackQuery({ text: "Deleted." });
    await ctx
      .editMessageText("🗑 Done. Your data has been deleted. If you write to me again, we start as strangers.")
      .catch(() => {});
  });

  composer.callbackQuery("privacy:cancel", async (ctx) => {
    await ctx.answerCallbackQuery({ text: "Nothing was deleted." });
    await ctx.editMessageText("Okay, nothing was deleted.").catch(() => {});
  });

  return composer;
}
