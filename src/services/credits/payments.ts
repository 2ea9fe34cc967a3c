/**
 * Telegram Stars purchases of credit packs: invoice payloads name the pack and the buyer,
 * pre-checkout validates them, credits are granted only for successful_payment and only once per
 * telegram_payment_charge_id, and refunds reverse the credits once.
 */

import type { Prisma, PrismaClient } from "../../db/generated/client.ts";
import { CREDIT_PACKS, type CreditPack } from "../../engines/generation/catalog.ts";
import { type CreditsLedger, TX_OPTIONS, teamAccountId } from "./ledger.ts";

/** The invoice payload for a pack bought by a user (≤128 bytes). */
export const invoicePayload = (pack: CreditPack, userId: number) => `credits:${pack.key}:${userId}`;

/** Parses an invoice payload back into its pack and buyer. */
export function parsePayload(payload: string): { pack: CreditPack; userId: number } | null {
  const m = /^credits:([a-z0-9]+):(\d+)$/.exec(payload);
  const pack = m && CREDIT_PACKS.find((p) => p.key === m[1]);
  return pack ? { pack, userId: Number(m![2]) } : null;
}

export type PaymentCheck =
  | { ok: true; pack: CreditPack }
  | { ok: false; error: string; reason: "offer_expired" | "not_yours" | "price_changed" };

/** Validates a pre_checkout_query or successful_payment against the packs on sale. */
export function checkPayment(p: {
  payload: string;
  currency: string;
  amount: number;
  userId: number;
}): PaymentCheck {
  const parsed = parsePayload(p.payload);
  if (!parsed) {
    const error = "This offer is no longer available. Please use /buy again.";
    return { ok: false, error, reason: "offer_expired" };
  }
  if (parsed.userId !== p.userId)
    return { ok: false, error: "This invoice was made for someone else.", reason: "not_yours" };
  if (p.currency !== "XTR" || p.amount !== parsed.pack.stars) {
    return { ok: false, error: "The price has changed. Please use /buy again.", reason: "price_changed" };
  }
  return { ok: true, pack: parsed.pack };
}

/** Creates the payments service over the ledger. */
export function createPaymentsService(deps: { prisma: PrismaClient; ledger: CreditsLedger }) {
  const { prisma, ledger } = deps;
  return {
    /**
     * Grants the pack's credits once per charge id; returns whether this call granted them. With
     * `teamId` they go to that team's pool (the entry names the buyer), and `also` runs in the
     * same transaction when they are granted (the team's audit line).
     */
    async recordPurchase(p: {
      userId: number;
      chargeId: string;
      pack: CreditPack;
      stars: number;
      teamId?: number;
      also?: (tx: Prisma.TransactionClient) => Promise<void>;
    }): Promise<{ granted: boolean; balance: number }> {
      const account = p.teamId === undefined ? p.userId : teamAccountId(p.teamId);
      const memberId = p.teamId === undefined ? undefined : p.userId;
      const r = await prisma.$transaction(async (tx) => {
        const res = await ledger.applyInTx(tx, {
          userId: account,
          memberId,
          kind: "purchase",
          amount: p.pack.credits,
          ref: p.chargeId,
          note: `${p.stars} Stars`,
        });
        if (res.applied) {
          await tx.starPayment.create({
            data: {
              chargeId: p.chargeId,
              userId: BigInt(p.userId),
              pack: p.pack.key,
              stars: p.stars,
              credits: p.pack.credits,
              status: "paid",
              teamId: p.teamId ?? null,
            },
          });
          await p.also?.(tx);
        }
        return res;
      }, TX_OPTIONS);
      ledger.notify(account, "purchase", r, memberId);
      return { granted: r.applied, balance: r.balance };
    },
    /** The recorded payment for a charge id, if any. */
    find: (chargeId: string) => prisma.starPayment.findUnique({ where: { chargeId } }),
    /**
     * Reverses a refunded payment's credits once. Credits already spent cannot be taken back, so
     * at most the current balance is debited; `reversed` says how many were.
     */
    async reverse(chargeId: string): Promise<{ reversed: number; balance: number; already: boolean } | null> {
      const payment = await prisma.starPayment.findUnique({ where: { chargeId } });
      if (!payment) return null;
      // A purchase for a team is taken back from the team's pool, where it went.
      const userId = payment.teamId === null ? Number(payment.userId) : teamAccountId(payment.teamId);
      const memberId = payment.teamId === null ? undefined : Number(payment.userId);
      const r = await prisma.$transaction(async (tx) => {
        const res = await ledger.applyInTx(tx, {
          userId,
          memberId,
          kind: "stars_refund",
          amount: -payment.credits,
          ref: chargeId,
          note: `${payment.stars} Stars refunded`,
          clamp: true,
        });
        await tx.starPayment.update({
          where: { chargeId },
          data: { status: "refunded", refundedAt: payment.refundedAt ?? new Date() },
        });
        return res;
      }, TX_OPTIONS);
      ledger.notify(userId, "stars_refund", r, memberId);
      return { reversed: -r.amount, balance: r.balance, already: !r.applied };
    },
    /** Totals for /stats. */
    async totals(): Promise<{ payments: number; stars: number; refunded: number }> {
      const [paid, refunded] = await Promise.all([
        prisma.starPayment.aggregate({ _count: { _all: true }, _sum: { stars: true } }),
        prisma.starPayment.count({ where: { status: "refunded" } }),
      ]);
      return { payments: paid._count._all, stars: paid._sum.stars ?? 0, refunded };
    },
  };
}

export type PaymentsService = ReturnType<typeof createPaymentsService>;
