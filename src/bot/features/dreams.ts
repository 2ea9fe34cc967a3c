/**
 * /dream (private chats): a dream remixing what the user told Velro, from their own memories only,
 * filed in the "dreams" room of their memory palace; /dream about <topic> dreams around one subject (and may
 * then use memories a dream otherwise leaves alone). A "🖼 Paint it" button opens the /imagine
 * picker with the dream's image prompt. The update's id seeds the dream, so handling the same
 * update again after a crash sends the same dream and files it once.
 */
import { Composer } from "grammy";
import type { DreamService } from "../../services/dreams.ts";
import type { BotContext } from "../context.ts";
import { dreamText, dreamTopic } from "./engines-text.ts";
import type { PaintOffer } from "./paint-offer.ts";

export interface DreamsFeatureDeps {
  dreams: DreamService;
  paint: PaintOffer;
}

/** The /dream feature. */
export function dreamsFeature(deps: DreamsFeatureDeps) {
  const composer = new Composer<BotContext>();

  composer.command("dream", async (ctx) => {
    // A dream is made of the user's memories: told in a group, it would tell the group about them.
    if (ctx.chat.type !== "private") return void (await ctx.reply(ctx.t("dream-private-only")));
    const topic = dreamTopic(ctx.match);
    await ctx.replyWithChatAction("typing").catch(() => {});
    let dream: Awaited<ReturnType<DreamService["dream"]>>;
    try {
      dream = await deps.dreams.dream(ctx.from!.id, {
        locale: (await ctx.i18n.getLocale()) ?? "en",
        topic,
        seed: `upd:${ctx.update.update_id}`,
        chatId: ctx.chat.id,
        now: ctx.message!.date * 1000,
      });
    } catch (err) {
      ctx.log.warn({ err }, "could not compose a dream");
      return void (await ctx.reply(ctx.t("dream-failed")));
    }
    ctx.log.info(
      { source: dream.source, used: dream.usedMemoryIds.length, repeated: dream.repeated },
      "dream",
    );
    const reply_markup = await deps.paint.button(ctx, dream.imagePrompt);
    await ctx.reply(dreamText(ctx.t, dream, topic), { reply_markup });
  });

  return composer;
}
