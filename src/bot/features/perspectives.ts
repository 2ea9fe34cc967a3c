/**
 * /perspectives <text>: two or three ways of looking at a decision or a tangled feeling, each in
 * the voice of a different persona (written by the LLM when one is configured, from the engine's
 * Fluent wording otherwise).
 */
import { Composer } from "grammy";
import type { PerspectivesService } from "../../services/perspectives.ts";
import type { BotContext } from "../context.ts";

export interface PerspectivesFeatureDeps {
  perspectives: PerspectivesService;
}

/** The /perspectives feature. */
export function perspectivesFeature(deps: PerspectivesFeatureDeps) {
  const composer = new Composer<BotContext>();

  composer.command("perspectives", async (ctx) => {
    const text = ctx.match.trim();
    if (!text) return void (await ctx.reply(ctx.t("persp-usage")));
    await ctx.replyWithChatAction("typing").catch(() => {});
    const answer = await deps.perspectives.perspectives(text, (await ctx.i18n.getLocale()) ?? "en");
    ctx.log.info({ kind: answer.reading.kind, source: answer.source }, "perspectives");
    await ctx.reply(answer.text);
  });

  return composer;
}
