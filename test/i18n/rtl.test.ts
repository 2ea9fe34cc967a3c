/**
 * Right-to-left text (Arabic, Persian) through the reply pipeline: the Markdown → Telegram HTML
 * conversion keeps every letter and balances its tags, the 4096-character split cuts at word
 * boundaries without breaking a character, and translations carry no bidi isolation marks.
 */
import { describe, expect, it } from "vitest";
import { MESSAGE_LIMIT, markdownToHtml, splitMessage } from "../../src/bot/format.ts";
import { createI18n } from "../../src/i18n/index.ts";

const ARABIC = "مرحبا يا صديقي، كيف حالك اليوم؟ أتمنى أن يكون يومك جميلا ومليئا بالفرح.";
const PERSIAN = "سلام دوست من، امروز حالت چطور است؟ امیدوارم روزت پر از شادی باشد.";

const tagsBalanced = (html: string) => {
  const stack: string[] = [];
  for (const [, close, name] of html.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
    if (!close) stack.push(name!);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
};
const letters = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, "");
const hasLoneSurrogate = (s: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe("right-to-left text", () => {
  it.each([
    ["Arabic", ARABIC],
    ["Persian", PERSIAN],
  ])("%s survives the HTML formatting", (_name, text) => {
    const bold = text.slice(0, 20).trim();
    const markdown = `**${bold}** ${text} \`كود\` [رابط](https://example.com/ا) > ${text}\n\n- ${text}`;
    const html = markdownToHtml(markdown);
    expect(html).toContain(`<b>${bold}</b>`);
    expect(html).toContain("<code>كود</code>");
    expect(html).toContain('<a href="https://example.com/ا">رابط</a>');
    expect(tagsBalanced(html)).toBe(true);
    expect(letters(html.replace(/<[^>]+>/g, ""))).toContain(letters(text));
  });

  it.each([
    ["Arabic", ARABIC],
    ["Persian", PERSIAN],
  ])("%s is split under Telegram's limit at word boundaries, losing nothing", (_name, sentence) => {
    const long = Array.from({ length: 160 }, (_, i) => `${sentence} (${i}) 🌙`).join(" ");
    expect(long.length).toBeGreaterThan(2 * MESSAGE_LIMIT);
    const chunks = splitMessage(long);
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      expect(hasLoneSurrogate(chunk)).toBe(false);
      expect(tagsBalanced(markdownToHtml(chunk))).toBe(true);
      expect(markdownToHtml(chunk).length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    }
    expect(chunks.join(" ").split(/\s+/)).toEqual(long.split(/\s+/));
  });

  it.each(["ar", "fa"])("%s translations carry no bidi isolation marks", (locale) => {
    const t = createI18n().t(locale);
    for (const text of [t("start-new-user", { name: "Zoë" }), t("gen-balance", { balance: 1500 })]) {
      expect(text).not.toMatch(/[\u2066-\u2069]/);
    }
    expect(t("start-new-user", { name: "Zoë" })).toContain("Zoë");
  });
});
