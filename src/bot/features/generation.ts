/**
 * /imagine, /video, /edit (reply to a photo), /animate (see animate.ts), /models, /balance,
 * /history, and natural requests ("draw me a fox in the snow") offered as a one-tap /imagine. A
 * request first shows a picker (generation-picker.ts: model and aspect ratio as inline buttons,
 * remembered per user); "Create" reserves the credits and the same message becomes the job's
 * status message. The work happens in GenerationService.
 */
import { Composer, InlineKeyboard } from "grammy";
import type { GenerationMode } from "../../engines/generation/catalog.ts";
import { detectGenerationIntent } from "../../engines/generation/explain.ts";
import { truncate } from "../../util/text.ts";
import type { BotContext } from "../context.ts";
import { animateFeature } from "./animate.ts";
import { creationShownBy } from "./creation-buttons.ts";
import { createGenerationPicker, type GenerationPickerDeps } from "./generation-picker.ts";

export { refusalText } from "./generation-picker.ts";

/**
 * A price /models lists beside the models: a chat service (transcription, voice replies, photo
 * understanding). `labelKey` is its Fluent message, which takes `$credits`.
 */
export interface ServicePrice {
  labelKey: string;
  credits: number;
}

export interface GenerationFeatureDeps extends GenerationPickerDeps {
  /** Chat services and their prices, shown by /models after the models (none when unset). */
  servicePrices?: readonly ServicePrice[];
  /** More lines for /balance under the user's own credits (their teams' pools), plain text. */
  balanceLines?: (ctx: BotContext) => Promise<string[]>;
}

/** The order /models lists the kinds of creation in. */
const MODEL_SECTIONS: readonly GenerationMode[] = ["image", "edit", "video", "animate"];

/** The generation feature; install it before the chat feature so natural requests are seen first. */
export function generationFeature(deps: GenerationFeatureDeps) {
  const { catalog } = deps;
  const composer = new Composer<BotContext>();
  const picker = createGenerationPicker(deps);
  const { offer } = picker;
  composer.use(picker.composer);
  composer.use(animateFeature({ picker }));

  const argsOf = (ctx: BotContext) => (typeof ctx.match === "string" ? ctx.match.trim() : "");

  composer.command("imagine", async (ctx) => {
    const prompt = argsOf(ctx);
    if (!prompt) return void (await ctx.reply(ctx.t("gen-imagine-usage")));
    await offer(ctx, "image", prompt);
  });

  composer.command("video", async (ctx) => {
    const prompt = argsOf(ctx);
    if (!prompt) return void (await ctx.reply(ctx.t("gen-video-usage")));
    await offer(ctx, "video", prompt);
  });

  composer.command("edit", async (ctx) => {
    const msg = ctx.message!;
    const sizes = msg.photo ?? msg.reply_to_message?.photo;
    const prompt = argsOf(ctx);
    if (!sizes?.length) return void (await ctx.reply(ctx.t("gen-edit-usage")));
    if (!prompt) return void (await ctx.reply(ctx.t("gen-edit-prompt-missing")));
    // Editing one of the bot's creations records it as the new one's parent.
    const parentJobId = creationShownBy(msg.reply_to_message, ctx.me.id) ?? undefined;
    await offer(ctx, "edit", prompt, {
      fileId: sizes.at(-1)!.file_id,
      ...(parentJobId ? { parentJobId } : {}),
    });
  });

  composer.command("models", async (ctx) => {
    const { t } = ctx;
    const lines = [t("gen-models-title")];
    for (const mode of MODEL_SECTIONS) {
      const models = catalog.choices(mode);
      if (!models.length) continue;
      lines.push("", t(`gen-models-section-${mode}`));
      for (const m of models) lines.push(t("gen-models-line", { model: m.name, credits: m.credits }));
    }
    if (deps.servicePrices?.length) {
      lines.push("", t("gen-models-section-services"));
      for (const price of deps.servicePrices) lines.push(t(price.labelKey, { credits: price.credits }));
    }
    await ctx.reply([...lines, "", t("gen-models-footer")].join("\n"));
  });

  composer.command("balance", async (ctx) => {
    const balance = await deps.ledger.balance(ctx.from!.id);
    const more = (await deps.balanceLines?.(ctx)) ?? [];
    await ctx.reply([ctx.t("gen-balance", { balance }), ...more].join("\n"));
  });

  composer.command("history", async (ctx) => {
    const jobs = await deps.generation.recent(ctx.from!.id, 10);
    if (!jobs.length) return void (await ctx.reply(ctx.t("gen-history-empty")));
    const icon: Record<string, string> = {
      completed: "✅",
      failed: "❌",
      pending: "⏳",
      queued: "⏳",
      running: "🖌",
    };
    const lines = jobs.map((j) => {
      const r = j.result as { images?: { url?: string }[]; video?: { url?: string } } | null;
      const url = r?.video?.url ?? r?.images?.[0]?.url;
      const name = catalog.get(j.model)?.name ?? j.model;
      const p = truncate(j.prompt, 60);
      const line = ctx.t("gen-history-line", {
        icon: icon[j.status] ?? "•",
        model: name,
        prompt: p,
        cost: j.cost,
        refunded: j.status === "failed" ? "yes" : "no",
      });
      return url ? `${line}\n   ${url}` : line;
    });
    await ctx.reply([ctx.t("gen-history-title"), ...lines].join("\n"), {
      link_preview_options: { is_disabled: true },
    });
  });

  // Natural requests in private chats become a one-tap offer instead of a chat reply.
  composer.on("message:text", async (ctx, next) => {
    if (ctx.chat.type !== "private" || ctx.message.text.startsWith("/")) return next();
    const intent = detectGenerationIntent(ctx.message.text);
    // Without creation set up, "draw me …" is just conversation.
    if (!intent || !deps.generation.configured) return next();
    const { id } = await picker.newPending(ctx.from.id, ctx.chat.id, intent.kind, intent.prompt);
    const command = intent.kind === "video" ? "video" : "imagine";
    const label = `${intent.kind === "video" ? "🎬" : "🎨"} /${command} ${intent.prompt}`;
    await ctx.reply(ctx.t("gen-offer"), {
      reply_markup: new InlineKeyboard().text(truncate(label, 60), `g:nl:${id}`),
    });
  });

  return composer;
}
