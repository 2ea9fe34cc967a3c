/**
 * What Velro does with a reading: the directive for the LLM's prompt, the voices that offer
 * perspectives (built-in personas, each a different way of looking), and the offline wording of
 * a clarifying question or of those perspectives (Fluent messages `sight-*` in engines.ftl).
 */
import type { ChatMessage } from "../dialogue/types.ts";
import { languageName, normalizeLanguageCode } from "../personality/language.ts";
import { getPersona } from "../personality/personas.ts";
import type { SecondSightReading, SightKind, Translate } from "./types.ts";

/** The personas that speak for each kind, three different ways of looking. */
export const VOICES: Record<Exclude<SightKind, "none">, readonly string[]> = {
  // What matters long-term, the bold upside, the facts and next steps.
  decision: ["sage", "spark", "atlas"],
  // The feeling itself, the longer view, a dry reality check.
  torn: ["velro", "sage", "kit"],
  ambiguous: ["velro", "sage", "atlas"],
};

/** How each voice looks at things, for the LLM (the personas' own voices are longer). */
const LENS: Record<string, string> = {
  velro: "warm and feeling-first: names both feelings and says they can be true at once",
  kit: "dry and sarcastic but kind: a reality check without cruelty",
  sage: "calm and reflective: values, what matters in five years, the question under the question",
  spark: "bold and playful: the adventurous upside, what could go gloriously right",
  atlas: "concise and practical: facts to gather, costs, one concrete next step",
};

const voicesFor = (reading: SecondSightReading) =>
  VOICES[reading.kind === "none" ? "decision" : reading.kind];

/**
 * One line for the chat prompt's style directives, or null when the message needs nothing
 * special. Light on purpose: it shapes the reply, it does not replace it.
 */
export function sightDirective(reading: SecondSightReading): string | null {
  if (reading.action === "none") return null;
  if (reading.action === "acknowledge") {
    return "The user seems to feel two ways at once: acknowledge both feelings as real before anything else; no advice unless asked.";
  }
  if (reading.action === "clarify") {
    return reading.kind === "decision"
      ? "The user asks about a choice without saying what it is: ask exactly one short question to learn what they are deciding, before any advice."
      : "The user's message is unclear: ask exactly one short, kind clarifying question before offering anything.";
  }
  const options = reading.options ? ` (between "${reading.options[0]}" and "${reading.options[1]}")` : "";
  const voices = voicesFor(reading)
    .map((id) => `${getPersona(id)?.name ?? id} (${LENS[id]})`)
    .join("; ");
  const what = reading.kind === "torn" ? "is torn between feelings" : `is weighing a decision${options}`;
  return `The user ${what}. Offer two or three short perspectives, each voiced by a different companion — ${voices} — one or two sentences each, then ask which rings truest. Do not decide for them.`;
}

/** The chat messages asking an LLM for perspectives on `text` (for /perspectives). */
export function perspectivesPrompt(text: string, reading: SecondSightReading, locale: string): ChatMessage[] {
  const code = normalizeLanguageCode(locale) ?? "en";
  const voices = voicesFor(reading).map((id) => {
    const p = getPersona(id);
    return `- ${p?.emoji ?? ""} ${p?.name ?? id}: ${LENS[id]}`;
  });
  return [
    {
      role: "system",
      content: [
        `Offer perspectives on the user's situation in ${languageName(code)}, one paragraph per voice below, each starting with its emoji and name and a dash, two or three sentences, in that voice.`,
        "Each voice sees something different; none decides for the user. No headings, no closing summary.",
        ...voices,
      ].join("\n"),
    },
    { role: "user", content: text.slice(0, 2000) },
  ];
}

/** The offline wording of a reading, in `locale`: a clarifying question, or a few perspectives. */
export function offlineSight(
  reading: SecondSightReading,
  locale: string,
  translate: Translate,
  seed = 0,
): string {
  if (reading.action === "none") return "";
  const t = (id: string, vars: Record<string, string | number> = {}) => translate(locale, id, vars);
  const v = "abc"[seed % 3]!;
  if (reading.action === "acknowledge") return t("sight-acknowledge", { v });
  if (reading.action === "clarify")
    return t(`sight-clarify-${reading.kind === "decision" ? "decision" : "unclear"}`, { v });
  const kind = reading.kind === "torn" ? "torn" : "decision";
  const intro = reading.options
    ? t("sight-intro-options", { a: reading.options[0], b: reading.options[1] })
    : t(`sight-intro-${kind}`);
  const lines = VOICES[kind].map((id) => {
    const p = getPersona(id);
    return `${p?.emoji ?? "•"} ${p?.name ?? id} — ${t(`sight-view-${id}-${kind}`)}`;
  });
  return [intro, ...lines, t("sight-outro")].join("\n");
}
