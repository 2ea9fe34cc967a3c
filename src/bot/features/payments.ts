/**
 * Telegram Stars (spec B6): /buy sends one XTR invoice per pack, pre_checkout_query is validated
 * and answered at once (Telegram cancels after 10 s), credits are granted only on
 * successful_payment and once per charge id, refunded_payment reverses them; /paysupport and
 * /terms as Telegram requires; admins: /grant, /refund, /stats.
 */
import { Composer, GrammyError, InlineKeyboard } from "grammy";
import type { DeadLetterStore } from "../../db/inbox-repository.ts";
import { CREDIT_PACKS } from "../../engines/generation/catalog.ts";
import type { CreditsLedger } from "../../services/credits/ledger.ts";
import { checkPayment, invoicePayload, type PaymentsService } from "../../services/credits/payments.ts";
import type { GenerationService } from "../../services/generation/service.ts";
import type { BotContext } from "../context.ts";

export interface PaymentsFeatureDeps {
  payments: PaymentsService;
  ledger: CreditsLedger;
  generation: GenerationService;
  adminIds: number[];
  /** For /stats: updates that failed every try and wait for an admin. */
  deadLetters?: Pick<DeadLetterStore, "count">;
}

const TERMS = [
  "Terms in short:",
  "• Credits are bought with Telegram Stars and spent on image and video creations at the prices /models shows.",
  "• A creation that fails, is cancelled or is refused by a model's safety filter costs nothing: its credits are returned automatically.",
  "• Credits do not expire and cannot be exchanged for money. Unused purchases can be refunded through /paysupport.",
  "• Don't ask for content that is illegal or violates Telegram's or the models' policies.",
].join("\n");

/** The payments feature. */
export function paymentsFeature(deps: PaymentsFeatureDeps) {
  const composer = new Composer<BotContext>();
  const isAdmin = (ctx: BotContext) => ctx.from !== undefined && deps.adminIds.includes(ctx.from.id);

  composer.command("buy", async (ctx) => {
    const kb = new InlineKeyboard();
    for (const p of CREDIT_PACKS) kb.text(`${p.title} — ${p.stars} ⭐`, `pay:${p.key}`).row();
    const balance = await deps.ledger.balance(ctx.from!.id);
    await ctx.reply(`You have ${balance} credits. Choose a pack (paid in Telegram Stars):`, {
      reply_markup: kb,
    });
  });

  composer.callbackQuery(/^pay:([a-z0-9]+)$/, async (ctx) => {
    const pack = CREDIT_PACKS.find((p) => p.key === ctx.match[1]);
    await ctx.answerCallbackQuery();
    if (!pack || !ctx.chat) return;
    await ctx.api.sendInvoice(
      ctx.chat.id,
      pack.title,
      `${pack.credits} Velro credits for images and videos. Failed creations are refunded in credits.`,
      invoicePayload(pack, ctx.from.id),
      "XTR",
      [{ label: pack.title, amount: pack.stars }],
    );
  });

  composer.on("pre_checkout_query", async (ctx) => {
    const q = ctx.preCheckoutQuery;
    const check = checkPayment({
      payload: q.invoice_payload,
      currency: q.currency,
      amount: q.total_amount,
      userId: q.from.id,
    });
    if (check.ok) await ctx.answerPreCheckoutQuery(true);
    else {
      ctx.log.warn({ payload: q.invoice_payload.slice(0, 64) }, "pre-checkout declined");
      await ctx.answerPreCheckoutQuery(false, { error_message: check.error });
    }
  });

  composer.on("message:successful_payment", async (ctx) => {
    const sp = ctx.message.successful_payment;
    const check = checkPayment({
      payload: sp.invoice_payload,
      currency: sp.currency,
      amount: sp.total_amount,
      userId: ctx.from.id,
    });
    if (!check.ok) {
      // Telegram took the Stars, so this needs a human: log it and point the user at support.
      ctx.log.error({ charge: sp.telegram_payment_charge_id }, "payment for an unknown pack");
      return void (await ctx.reply(
        "Thanks! I couldn't match this payment to a pack — please write /paysupport.",
      ));
    }
    const r = await deps.payments.recordPurchase({
      userId: ctx.from.id,
      chargeId: sp.telegram_payment_charge_id,
      pack: check.pack,
      stars: sp.total_amount,
    });
    if (!r.granted)
      return void ctx.log.info({ charge: sp.telegram_payment_charge_id }, "duplicate payment ignored");
    ctx.log.info({ credits: check.pack.credits }, "credits purchased");
    await ctx.reply(`⭐ Thank you! ${check.pack.credits} credits added — you now have ${r.balance}.`);
  });

  composer.on("message:refunded_payment", async (ctx) => {
    const r = await deps.payments.reverse(ctx.message.refunded_payment.telegram_payment_charge_id);
    if (r && !r.already) await ctx.reply(`Your Stars were refunded; ${r.reversed} credits were removed.`);
  });

  composer.command("paysupport", async (ctx) => {
    await ctx.reply(
      "Payment help: describe the problem and include the date of the purchase. Failed creations are refunded in credits automatically; for a Stars refund of unused credits, an admin reviews your request. Reply here and we'll get back to you.",
    );
  });

  composer.command("terms", async (ctx) => {
    await ctx.reply(TERMS);
  });

  composer.command("grant", async (ctx) => {
    if (!isAdmin(ctx)) return void (await ctx.reply("This command is for admins."));
    const [who, amount] = String(ctx.match ?? "")
      .trim()
      .split(/\s+/);
    const userId = Number(who);
    const credits = Number(amount);
    if (!Number.isSafeInteger(userId) || !Number.isSafeInteger(credits) || credits === 0) {
      return void (await ctx.reply("Usage: /grant <user id> <credits> (negative to deduct)"));
    }
    const r = await deps.ledger.apply({
      userId,
      kind: "adjust",
      amount: credits,
      ref: `admin:${ctx.from!.id}:${ctx.message!.message_id}:${ctx.chat!.id}`,
      note: `by admin ${ctx.from!.id}`,
      clamp: true,
    });
    ctx.log.info({ target: userId, credits: r.amount }, "admin credit adjustment");
    await ctx.reply(
      `Done: ${r.amount >= 0 ? "+" : ""}${r.amount} credits for ${userId}; balance ${r.balance}.`,
    );
  });

  composer.command("refund", async (ctx) => {
    if (!isAdmin(ctx)) return void (await ctx.reply("This command is for admins."));
    const chargeId = String(ctx.match ?? "").trim();
    const payment = chargeId ? await deps.payments.find(chargeId) : null;
    if (!payment)
      return void (await ctx.reply("Usage: /refund <telegram payment charge id> (no such payment found)"));
    try {
      await ctx.api.refundStarPayment(Number(payment.userId), chargeId);
    } catch (err) {
      const already = err instanceof GrammyError && /ALREADY_REFUNDED/i.test(err.description);
      if (!already) throw err;
    }
    const r = await deps.payments.reverse(chargeId);
    ctx.log.info({ charge: chargeId, reversed: r?.reversed }, "stars refunded");
    await ctx.reply(
      `Refunded ${payment.stars} ⭐ to ${payment.userId}; ${r?.reversed ?? 0} of ${payment.credits} credits reversed${r?.already ? " (already reversed before)" : ""}.`,
    );
  });

  composer.command("stats", async (ctx) => {
    if (!isAdmin(ctx)) return void (await ctx.reply("This command is for admins."));
    const [jobs, totals, recon, dead] = await Promise.all([
      deps.generation.stats(),
      deps.payments.totals(),
      deps.ledger.reconcile(),
      deps.deadLetters?.count(),
    ]);
    const jobLine =
      Object.entries(jobs)
        .map(([s, n]) => `${s} ${n}`)
        .join(", ") || "none";
    await ctx.reply(
      [
        `Jobs: ${jobLine}`,
        `Payments: ${totals.payments} (${totals.stars} ⭐), refunded ${totals.refunded}`,
        `Credit accounts: ${recon.accounts}, credits outstanding ${recon.total}`,
        `Ledger reconciliation: ${recon.mismatches.length === 0 ? "OK" : `${recon.mismatches.length} mismatches!`}`,
        ...(dead === undefined ? [] : [`Dead letters: ${dead}${dead > 0 ? " (see /deadletters)" : ""}`]),
      ].join("\n"),
    );
  });

  return composer;
}
