/** Credits: the balance, the ledger, and invoice links for packs (paid with Telegram Stars). */
import { CREDIT_PACKS } from "../engines/generation/catalog.ts";
import { type ApiServices, userT } from "./context.ts";
import { ApiError, endpoint } from "./router.ts";
import { creditsResponse, invoiceBody, invoiceResponse } from "./schemas.ts";

/** Builds the endpoints. */
export function creditEndpoints(s: ApiServices) {
  return [
    endpoint({
      method: "GET",
      path: "/api/credits",
      summary: "Your balance, your latest ledger entries and the packs on sale",
      tag: "credits",
      response: creditsResponse,
      async handler({ userId }) {
        const t = await userT(s, userId);
        // The balance first: a first look creates the account and its starting grant.
        const balance = await s.ledger.balance(userId);
        const entries = await s.ledger.entries(userId, 50);
        return {
          balance,
          entries: entries.map((e) => ({
            // (kind, ref) is unique in the ledger.
            id: `${e.kind}:${e.ref}`,
            kind: e.kind,
            amount: e.amount,
            balance_after: e.balanceAfter,
            model_name: e.note ? (s.catalog.get(e.note)?.name ?? null) : null,
            created_at: e.createdAt.toISOString(),
          })),
          packs: CREDIT_PACKS.map((p) => ({
            key: p.key,
            credits: p.credits,
            stars: p.stars,
            title: t("pack-title", { credits: p.credits }),
          })),
        };
      },
    }),
    endpoint({
      method: "POST",
      path: "/api/credits/invoice",
      summary: "An invoice link for a credit pack, to open with Telegram.WebApp.openInvoice",
      tag: "credits",
      body: invoiceBody,
      response: invoiceResponse,
      errors: [404],
      async handler({ userId, body, log }) {
        const pack = CREDIT_PACKS.find((p) => p.key === body.pack);
        if (!pack) throw new ApiError(404, "not_found", "no such pack");
        // The payload names the pack and this user, exactly as /buy's invoices do: pre-checkout
        // and successful_payment handle both the same way, so credits are granted once.
        const link = await s.telegram.invoiceLink(userId, pack, await userT(s, userId));
        log.info({ pack: pack.key }, "invoice link created for the mini app");
        return { link };
      },
    }),
  ];
}
