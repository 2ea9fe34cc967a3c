/**
 * Telegram Stars for a team's pool: /buy offers "for the team" to owners and admins (one button per
 * team they may top up), the invoice's payload names the pack, the buyer and the team, the
 * pre-checkout checks the buyer may still top that team up, and successful_payment credits the
 * pool once per charge id (the ledger's (kind, ref) key), however often Telegram delivers it.
 * Refunds go through the payments feature: the recorded payment says which pool to take them from.
 */
import { Composer, InlineKeyboard } from "grammy";
import { CREDIT_PACKS, type CreditPack } from "../../engines/generation/catalog.ts";
import type { PaymentsService } from "../../services/credits/payments.ts";
import type { TeamsService } from "../../services/teams/index.ts";
import type { BotContext } from "../context.ts";
import { escapeHtml } from "../format.ts";

/** The invoice payload of a pack bought for a team (≤128 bytes). */
export const teamInvoicePayload = (pack: CreditPack, userId: number, teamId: number) =>
  `team:${pack.key}:${userId}:${teamId}`;

/** The pack, buyer and team of a team invoice payload; null for anything else. */
export function parseTeamPayload(payload: string) {
  const m = /^team:([a-z0-9]+):(\d+):(\d+)$/.exec(payload);
  const pack = m && CREDIT_PACKS.find((p) => p.key === m[1]);
  return pack ? { pack, userId: Number(m![2]), teamId: Number(m![3]) } : null;
}

export interface TeamPaymentsDeps {
  teams: TeamsService;
  payments: PaymentsService;
}

/** The teams whose pool a user may top up, as /buy buttons (added under the personal packs). */
export async function teamBuyButtons(
  teams: TeamsService,
  ctx: BotContext,
): Promise<{ text: string; data: string }[]> {
  if (!ctx.from) return [];
  const mine = await teams.teamsOf(ctx.from.id);
  return mine
    .filter((t) => t.role === "owner" || t.role === "admin")
    .map((t) => ({ text: ctx.t("team-buy-button", { team: t.name }), data: `tb:${t.id}` }));
}

/** The feature; install it before the payments feature, which declines payloads it does not know. */
export function teamPaymentsFeature(deps: TeamPaymentsDeps) {
  const { teams } = deps;
  const composer = new Composer<BotContext>();

  composer.callbackQuery(/^tb:(\d+)$/, async (ctx) => {
    const teamId = Number(ctx.match[1]);
    const ok = await teams.pool.mayTopUp(teamId, ctx.from.id);
    await ctx.answerCallbackQuery();
    if (!ok) return void (await ctx.reply(ctx.t("team-buy-not-allowed")));
    const kb = new InlineKeyboard();
    for (const p of CREDIT_PACKS) {
      const title = ctx.t("pack-title", { credits: p.credits });
      kb.text(ctx.t("buy-pack-button", { title, stars: p.stars }), `tp:${p.key}:${teamId}`).row();
    }
    await ctx.reply(ctx.t("team-buy-choose", { team: escapeHtml(ok.team) }), {
      parse_mode: "HTML",
      reply_markup: kb,
    });
  });

  composer.callbackQuery(/^tp:([a-z0-9]+):(\d+)$/, async (ctx) => {
    const pack = CREDIT_PACKS.find((p) => p.key === ctx.match[1]);
    const teamId = Number(ctx.match[2]);
    await ctx.answerCallbackQuery();
    const ok = pack && (await teams.pool.mayTopUp(teamId, ctx.from.id));
    if (!pack || !ok || !ctx.chat) return void (await ctx.reply(ctx.t("team-buy-not-allowed")));
    // Telegram's limits: a title of at most 32 characters, a description of at most 255.
    const title = ctx.t("team-invoice-title", { credits: pack.credits }).slice(0, 32);
    await ctx.api.sendInvoice(
      ctx.chat.id,
      title,
      ctx.t("team-invoice-description", { credits: pack.credits, team: ok.team }).slice(0, 255),
      teamInvoicePayload(pack, ctx.from.id, teamId),
      "XTR",
      [{ label: title, amount: pack.stars }],
    );
  });

  composer.on("pre_checkout_query", async (ctx, next) => {
    const q = ctx.preCheckoutQuery;
    const parsed = parseTeamPayload(q.invoice_payload);
    if (!parsed) return next();
    const priceOk = q.currency === "XTR" && q.total_amount === parsed.pack.stars;
    const mine = parsed.userId === q.from.id;
    const allowed = priceOk && mine && (await teams.pool.mayTopUp(parsed.teamId, q.from.id));
    if (allowed) return void (await ctx.answerPreCheckoutQuery(true));
    ctx.log.warn({ team: parsed.teamId, price_ok: priceOk, mine }, "team pre-checkout declined");
    const key = !priceOk ? "checkout-price-changed" : !mine ? "checkout-not-yours" : "team-buy-not-allowed";
    await ctx.answerPreCheckoutQuery(false, { error_message: ctx.t(key) });
  });

  composer.on("message:successful_payment", async (ctx, next) => {
    const sp = ctx.message.successful_payment;
    const parsed = parseTeamPayload(sp.invoice_payload);
    if (!parsed) return next();
    const chargeId = sp.telegram_payment_charge_id;
    const receipt = (text: string) =>
      ctx.reply(`${text}\n\n${ctx.t("support-receipt-charge", { charge: escapeHtml(chargeId) })}`, {
        parse_mode: "HTML",
      });
    if (sp.currency !== "XTR" || sp.total_amount !== parsed.pack.stars || parsed.userId !== ctx.from.id) {
      // Telegram took the Stars, so this needs a human: log it and point the user at support.
      ctx.log.error({ charge: chargeId }, "team payment that does not match its invoice");
      return void (await receipt(escapeHtml(ctx.t("pay-unmatched"))));
    }
    // The team was checked at pre-checkout; one deleted since then cannot hold credits, so the
    // buyer's own balance receives them instead.
    const team = await teams.pool.mayTopUp(parsed.teamId, ctx.from.id);
    const r = await deps.payments.recordPurchase({
      userId: ctx.from.id,
      chargeId,
      pack: parsed.pack,
      stars: sp.total_amount,
      ...(team
        ? {
            teamId: parsed.teamId,
            also: (tx) =>
              teams.audit(tx, {
                teamId: parsed.teamId,
                actorId: ctx.from.id,
                action: "purchase",
                detail: { credits: parsed.pack.credits },
              }),
          }
        : {}),
    });
    if (!r.granted) return void ctx.log.info({ charge: chargeId }, "duplicate team payment ignored");
    ctx.log.info(
      { credits: parsed.pack.credits, team: team ? parsed.teamId : null },
      "credits purchased for a team",
    );
    const text = team
      ? ctx.t("team-pay-thanks", {
          credits: parsed.pack.credits,
          team: escapeHtml(team.team),
          pool: r.balance,
        })
      : escapeHtml(ctx.t("pay-thanks", { credits: parsed.pack.credits, balance: r.balance }));
    await receipt(text);
  });

  return composer;
}
