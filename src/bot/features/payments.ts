/**
 * Telegram Stars: /buy sends one XTR invoice per pack, pre_checkout_query is validated
 * and answered at once (Telegram cancels after 10 s), credits are granted only on
 * successful_payment and once per charge id, refunded_payment reverses them; /terms as Telegram
 * requires (/paysupport is support.ts); admins: /grant, /refund, /stats. Every receipt shows the
 * payment's charge id, copyable: it is what /refund and a support request need.
 */
import { Composer, GrammyError, InlineKeyboard } from "grammy";
import type { DeadLetterStore } from "../../db/inbox-repository.ts";
import { CREDIT_PACKS } from "../../engines/generation/catalog.ts";
import type { CreditsLedger } from "../../services/credits/ledger.ts";
import { checkPayment, invoicePayload, type PaymentsService } from "../../services/credits/payments.ts";
import type { GenerationService } from "../../services/generation/service.ts";
import type { BotContext } from "../context.ts";
import { escapeHtml } from "../format.ts";

export interface PaymentsFeatureDeps {
  payments: PaymentsService;
  ledger: CreditsLedger;
  generation: GenerationService;
  adminIds: number[];
  /** For /stats: updates that failed every try and wait for an admin. */
  deadLetters?: Pick<DeadLetterStore, "count">;
  /** More /buy buttons under the packs (buying for a team's pool), each a label and callback data. */
  moreBuyButtons?: (ctx: BotContext) => Promise<{ text: string; data: string }[]>;
}

/** The payments feature. */
export function paymentsFeature(deps: PaymentsFeatureDeps) {
  const composer = new Composer<BotContext>();
  const isAdmin = (ctx: BotContext) => ctx.from !== undefined && deps.adminIds.includes(ctx.from.id);

  composer.command("buy", async (ctx) => {
    const kb = new InlineKeyboard();
    for (const p of CREDIT_PACKS) {
      const title = ctx.t("pack-title", { credits: p.credits });
      kb.text(ctx.t("buy-pack-button", { title, stars: p.stars }), `pay:${p.key}`).row();
    }
    for (const b of (await deps.moreBuyButtons?.(ctx)) ?? []) kb.text(b.text, b.data).row();
    const balance = await deps.ledger.balance(ctx.from!.id);
    await ctx.reply(ctx.t("buy-choose", { balance }), { reply_markup: kb });
  });

  composer.callbackQuery(/^pay:([a-z0-9]+)$/, async (ctx) => {
    const pack = CREDIT_PACKS.find((p) => p.key === ctx.match[1]);
    await ctx.answerCallbackQuery();
    if (!pack || !ctx.chat) return;
    // Telegram's limits: a title of at most 32 characters, a description of at most 255.
    const title = ctx.t("pack-title", { credits: pack.credits }).slice(0, 32);
    await ctx.api.sendInvoice(
      ctx.chat.id,
      title,
      ctx.t("invoice-description", { credits: pack.credits }).slice(0, 255),
      invoicePayload(pack, ctx.from.id),
      "XTR",
      [{ label: title, amount: pack.stars }],
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
      await ctx.answerPreCheckoutQuery(false, {
        error_message: ctx.t(`checkout-${check.reason.replace(/_/g, "-")}`),
      });
    }
  });

  /** A receipt: the words, then the charge id in <code> so a tap copies it. */
  const receipt = (ctx: BotContext, text: string, chargeId: string) =>
    ctx.reply(`${escapeHtml(text)}\n\n${ctx.t("support-receipt-charge", { charge: escapeHtml(chargeId) })}`, {
      parse_mode: "HTML",
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
      return void (await receipt(ctx, ctx.t("pay-unmatched"), sp.telegram_payment_charge_id));
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
    const thanks = ctx.t("pay-thanks", { credits: check.pack.credits, balance: r.balance });
    await receipt(ctx, thanks, sp.telegram_payment_charge_id);
  });

  composer.on("message:refunded_payment", async (ctx) => {
    const r = await deps.payments.reverse(ctx.message.refunded_payment.telegram_payment_charge_id);
    if (r && !r.already) await ctx.reply(ctx.t("pay-refunded", { credits: r.reversed }));
  });

  composer.command("terms", async (ctx) => {
    await ctx.reply(ctx.t("terms"));
  });

  composer.command("grant", async (ctx) => {
    if (!isAdmin(ctx)) return void (await ctx.reply(ctx.t("admin-only")));
    const [who, amount] = String(ctx.match ?? "")
      .trim()
      .split(/\s+/);
    const userId = Number(who);
    const credits = Number(amount);
    if (!Number.isSafeInteger(userId) || !Number.isSafeInteger(credits) || credits === 0) {
      return void (await ctx.reply(ctx.t("grant-usage")));
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
    const signed = `${r.amount >= 0 ? "+" : ""}${r.amount}`;
    await ctx.reply(ctx.t("grant-done", { amount: signed, user: String(userId), balance: r.balance }));
  });

  composer.command("refund", async (ctx) => {
    if (!isAdmin(ctx)) return void (await ctx.reply(ctx.t("admin-only")));
    const chargeId = String(ctx.match ?? "").trim();
    const payment = chargeId ? await deps.payments.find(chargeId) : null;
    if (!payment) return void (await ctx.reply(ctx.t("refund-usage")));
    try {
      await ctx.api.refundStarPayment(Number(payment.userId), chargeId);
    } catch (err) {
      const already = err instanceof GrammyError && /ALREADY_REFUNDED/i.test(err.description);
      if (!already) throw err;
    }
    const r = await deps.payments.reverse(chargeId);
    ctx.log.info({ charge: chargeId, reversed: r?.reversed }, "stars refunded");
    await ctx.reply(
      ctx.t("refund-done", {
        stars: payment.stars,
        user: String(payment.userId),
        reversed: r?.reversed ?? 0,
        credits: payment.credits,
        already: r?.already ? "yes" : "no",
      }),
    );
  });

  composer.command("stats", async (ctx) => {
    if (!isAdmin(ctx)) return void (await ctx.reply(ctx.t("admin-only")));
    const [jobs, totals, recon, dead] = await Promise.all([
      deps.generation.stats(),
      deps.payments.totals(),
      deps.ledger.reconcile(),
      deps.deadLetters?.count(),
    ]);
    const jobLine = Object.entries(jobs)
      .map(([s, n]) => `${s} ${n}`)
      .join(", ");
    const { t } = ctx;
    await ctx.reply(
      [
        jobLine ? t("stats-jobs", { jobs: jobLine }) : t("stats-jobs-none"),
        t("stats-payments", { payments: totals.payments, stars: totals.stars, refunded: totals.refunded }),
        t("stats-accounts", { accounts: recon.accounts, outstanding: recon.total }),
        ...(recon.teams.accounts
          ? [t("stats-team-pools", { pools: recon.teams.accounts, credits: recon.teams.total })]
          : []),
        recon.mismatches.length === 0
          ? t("stats-ledger-ok")
          : t("stats-ledger-mismatch", { count: recon.mismatches.length }),
        ...(dead === undefined ? [] : [t("stats-dead-letters", { count: dead })]),
      ].join("\n"),
    );
  });

  return composer;
}
