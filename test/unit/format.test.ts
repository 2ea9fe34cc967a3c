import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MESSAGE_LIMIT, markdownToHtml, splitMessage } from "../../src/bot/format.ts";

describe("markdownToHtml", () => {
  it("converts the Markdown models write and escapes the rest", () => {
    expect(markdownToHtml("**bold** _it_ `a<b` 1 < 2 & 3")).toBe(
      "<b>bold</b> <i>it</i> <code>a&lt;b</code> 1 &lt; 2 &amp; 3",
    );
    expect(markdownToHtml("```ts\nconst a = 1 < 2;\n```")).toBe(
      '<pre><code class="language-ts">const a = 1 &lt; 2;</code></pre>',
    );
    expect(markdownToHtml("[site](https://example.com/?a=1&b=2)")).toBe(
      '<a href="https://example.com/?a=1&amp;b=2">site</a>',
    );
    expect(markdownToHtml("## Plan")).toBe("<b>Plan</b>");
  });

  it("leaves snake_case and arithmetic alone", () => {
    expect(markdownToHtml("use snake_case_names and 2*3*4")).toBe("use snake_case_names and 2*3*4");
  });
});

describe("splitMessage", () => {
  it("keeps short text whole", () => {
    expect(splitMessage("hello")).toEqual(["hello"]);
  });

  it("splits at paragraph boundaries under the limit", () => {
    const para = "word ".repeat(300).trim();
    const chunks = splitMessage([para, para, para, para].join("\n\n"));
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      expect(c.startsWith("word")).toBe(true);
      expect(c.endsWith("word")).toBe(true);
    }
  });

  it("closes and reopens a code fence cut by a split", () => {
    const code = `\`\`\`py\n${"print('x')\n".repeat(700)}\`\`\``;
    const chunks = splitMessage(code);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect((c.match(/```/g) ?? []).length % 2).toBe(0);
    expect(chunks[1]!.startsWith("```py\n")).toBe(true);
  });

  it("never loses text and never exceeds the limit (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 12_000 }), (text) => {
        const chunks = splitMessage(text);
        for (const c of chunks) expect(c.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
        const squash = (s: string) => s.replace(/\s+/g, "");
        expect(squash(chunks.join(""))).toBe(squash(text.trim()));
      }),
      { numRuns: 200 },
    );
  });
});
