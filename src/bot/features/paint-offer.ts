/**
 * "🖼 Paint it" under a palette card or a dream: the image prompt the engine wrote is kept in the
 * cache for a week under a short id, and a press opens the same picker /imagine shows (model,
 * price, balance, Create), so it is charged exactly like /imagine and nothing is charged before
 * Create.
 */
import { randomBytes } from "node:crypto";
import { Composer, InlineKeyboard } from "grammy";
import type { CacheBus } from "../../cache/types.ts";
import type { BotContext } from "../context.ts";
import type { GenerationPicker } from "./generation-picker.ts";

const TTL_MS = 7 * 24 * 3_600_000;
const key = (id: string) => `paint:${id}`;

export interface PaintOfferDeps {
  cache: CacheBus;
  picker: Pick<GenerationPicker, "offer">;
  /** False when creation is not set up at all: no button is offered then. */
  configured(): boolean;
}

/** Creates the offer: `button()` makes the keyboard, `composer` answers its presses. */
export function createPaintOffer(deps: PaintOfferDeps) {
  const composer = new Composer<BotContext>();

  composer.callbackQuery(/^paint:([\w-]+)$/, async (ctx) => {
    const raw = await deps.cache.get(key(ctx.match[1]!));
    const kept = raw ? (JSON.parse(raw) as { userId: number; prompt: string }) : null;
    if (!kept || kept.userId !== ctx.from.id) {
      return void (await ctx.answerCallbackQuery({ text: ctx.t("syn-expired") }));
    }
    await ctx.answerCallbackQuery();
    await deps.picker.offer(ctx, "image", kept.prompt);
  });

  return {
    composer,
    /** A keyboard with the paint button for this prompt, or undefined when creation is off. */
    async button(ctx: BotContext, prompt: string): Promise<InlineKeyboard | undefined> {
      if (!deps.configured()) return undefined;
      const id = randomBytes(6).toString("base64url");
      await deps.cache.set(key(id), JSON.stringify({ userId: ctx.from!.id, prompt }), TTL_MS);
      return new InlineKeyboard().text(ctx.t("syn-paint-button"), `paint:${id}`);
    },
  };
}

export type PaintOffer = ReturnType<typeof createPaintOffer>;
