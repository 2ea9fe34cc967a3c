/**
 * Credits: the balance (kept current by credits.updated events), packs bought with Telegram Stars
 * through Telegram's own payment sheet (openInvoice on a link the bot creates), and the ledger in
 * plain words.
 */
import { useEffect } from "preact/hooks";
import type { LedgerEntryView } from "../../../src/api/schemas.ts";
import { api } from "../api.ts";
import { t } from "../i18n.ts";
import { onEvent } from "../socket.ts";
import { openInvoice } from "../telegram.ts";
import { Empty, failed, LoadError, Spinner, shortDate, toast, useLoad } from "../ui.tsx";

const KNOWN = new Set([
  "grant",
  "purchase",
  "reserve",
  "release",
  "capture",
  "adjust",
  "stars_refund",
  "transfer_out",
  "transfer_in",
]);

/** A ledger line in plain words. */
function describe(e: LedgerEntryView): string {
  const model = e.model_name ?? t("app-ledger-unknown-model");
  return KNOWN.has(e.kind) ? t(`app-ledger-${e.kind}`, { model }) : t("app-ledger-other", { kind: e.kind });
}

export function CreditsPage() {
  const { data, error, reload, setData } = useLoad(() => api.credits());
  useEffect(
    () =>
      onEvent((e) => {
        if (e.type !== "credits.updated") return;
        setData((d) => (d ? { ...d, balance: Number(e.payload.balance) } : d));
        reload();
      }),
    [],
  );

  async function buy(pack: string) {
    try {
      const { link } = await api.invoice(pack);
      const status = await openInvoice(link);
      if (status === "paid") toast(t("app-credits-paid"));
      else if (status === "pending") toast(t("app-credits-pending"));
      else if (status === "failed") toast(t("app-credits-failed"), "error");
      else toast(t("app-credits-cancelled"));
    } catch (err) {
      failed(err);
    }
  }

  if (error) return <LoadError error={error} retry={reload} />;
  if (!data) return <Spinner />;
  // A creation's capture moves nothing (the credits were taken when it started): not worth a line.
  const entries = data.entries.filter((e) => e.amount !== 0);
  return (
    <section class="credits">
      <h1>{t("app-credits-title")}</h1>
      <div class="balance card" data-testid="balance">
        <span class="balance-star">⭐</span>
        <span class="balance-value">{t("app-credits-balance", { balance: data.balance })}</span>
      </div>
      <h2>{t("app-credits-buy")}</h2>
      <div class="packs">
        {data.packs.map((p) => (
          <button type="button" key={p.key} class="button pack" data-pack={p.key} onClick={() => buy(p.key)}>
            {t("app-credits-pack", { credits: p.credits, stars: p.stars })}
          </button>
        ))}
      </div>
      <h2>{t("app-credits-history")}</h2>
      {entries.length === 0 ? (
        <Empty>{t("app-credits-history-empty")}</Empty>
      ) : (
        <ul class="ledger card">
          {entries.map((e) => (
            <li key={e.id}>
              <span class="what">
                {describe(e)}
                <small>{shortDate(e.created_at)}</small>
              </span>
              <span class={e.amount > 0 ? "amount plus" : "amount minus"}>
                {e.amount > 0 ? "+" : "−"}
                {Math.abs(e.amount)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
