/**
 * What the user is told when a photo or a document is not turned into a reply, in their language,
 * and the instructions a document's excerpt is wrapped in for the model (English: they are prompt,
 * not something the user reads).
 */
import type { Translate } from "../../i18n/index.ts";
import type { DocumentOutcome } from "../../services/media/documents.ts";
import type { PhotoOutcome } from "../../services/media/photos.ts";

/** The reply, with "N credits were returned" under it when some were. */
const withRefund = (t: Translate, text: string, refunded: number) =>
  refunded > 0 ? `${text}\n${t("media-refunded", { credits: refunded })}` : text;

export function photoOutcomeText(t: Translate, outcome: Exclude<PhotoOutcome, { type: "ok" }>): string {
  switch (outcome.type) {
    case "not_configured":
      return t("photo-not-set-up");
    case "too_big":
      return t("photo-too-big", { max: outcome.maxMb });
    case "no_credits":
      return t("photo-no-credits", { cost: outcome.cost, balance: outcome.balance });
    case "refused":
      return withRefund(t, t("photo-refused"), outcome.refunded);
    case "failed":
      return withRefund(t, t("photo-failed"), outcome.refunded);
  }
}

export function documentOutcomeText(
  t: Translate,
  name: string,
  outcome: Exclude<DocumentOutcome, { type: "ok" }>,
): string {
  switch (outcome.type) {
    case "unsupported":
      return t("doc-unsupported", { name, extension: outcome.extension || "none" });
    case "too_big":
      return t("doc-too-big", { name, max: outcome.maxMb });
    case "too_many_pages":
      return withRefund(
        t,
        t("doc-too-many-pages", { name, pages: outcome.pages, max: outcome.maxPages }),
        outcome.refunded,
      );
    case "no_credits":
      return t("doc-no-credits", { cost: outcome.cost, balance: outcome.balance });
    case "corrupt":
      return withRefund(t, t("doc-corrupt", { name }), outcome.refunded);
    case "protected":
      return withRefund(t, t("doc-protected", { name }), outcome.refunded);
    case "scanned":
      return withRefund(t, t("doc-scanned", { name }), outcome.refunded);
    case "empty":
      return withRefund(t, t("doc-empty", { name }), outcome.refunded);
    case "failed":
      return withRefund(t, t("doc-failed", { name }), outcome.refunded);
  }
}

/** One document as the model sees it in the turn's prompt. */
export function documentBlock(doc: { name: string; pages?: number; text: string; partial: boolean }): string {
  const pages = doc.pages ? ` (${doc.pages} page${doc.pages === 1 ? "" : "s"})` : "";
  const partial = doc.partial
    ? " Only the parts most related to their message are shown; […] marks what was left out."
    : "";
  return `[They sent the file "${doc.name}"${pages}. Its text is between the markers.${partial}]\n<<<DOCUMENT\n${doc.text}\nDOCUMENT>>>`;
}

/** What the model is asked to do with the attached documents. */
export function documentInstruction(asked: boolean): string {
  return asked
    ? "[Answer their message below from the document's text; say so when the document does not say.]"
    : "[They sent it without a message: acknowledge it in one or two sentences, say briefly what it is about, and offer to answer questions about it.]";
}
