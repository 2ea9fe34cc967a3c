/**
 * Unit checks of the fake's parse_mode parsers against the Bot API formatting rules: entity types and
 * UTF-16 offsets, and TDLib's error strings with UTF-8 byte offsets.
 */
import { describe, expect, it } from "vitest";
import { formatText, parseHtml, parseMarkdown, parseMarkdownV2 } from "../fakes/telegram-formatting.ts";

const errorOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return "no error";
};

describe("HTML", () => {
  it("maps every supported tag to its entity", () => {
    const src =
      '<b>b</b><strong>s</strong><i>i</i><u>u</u><s>x</s><span class="tg-spoiler">p</span><a href="https://e.com">l</a>' +
      '<code>c</code><pre><code class="language-ts">t</code></pre><blockquote expandable>q</blockquote><tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>';
    const { text, entities } = parseHtml(src);
    expect(text).toBe("bsiuxplct q👍".replace(" ", ""));
    expect(entities.map((e) => e.type)).toEqual([
      "bold",
      "bold",
      "italic",
      "underline",
      "strikethrough",
      "spoiler",
      "text_link",
      "code",
      "pre",
      "expandable_blockquote",
      "custom_emoji",
    ]);
    expect(entities.find((e) => e.type === "pre")).toMatchObject({ language: "ts", offset: 8, length: 1 });
    expect(entities.at(-1)).toMatchObject({ offset: 10, length: 2 }); // 👍 is 2 UTF-16 units
  });

  it("decodes entities (semicolon optional) and counts UTF-16 offsets", () => {
    expect(parseHtml("&lt;a&gt; &amp; &quot;x&quot; &#65;&#x42; &copy;").text).toBe('<a> & "x" AB &copy;');
    const r = parseHtml("😀 <b>bold</b>");
    expect(r.entities).toEqual([{ type: "bold", offset: 3, length: 4 }]);
  });

  it("reports errors with byte offsets", () => {
    expect(errorOf(() => parseHtml("1 < 2"))).toBe('Unsupported start tag "" at byte offset 2');
    expect(errorOf(() => parseHtml("é<foo>"))).toBe('Unsupported start tag "foo" at byte offset 2');
    expect(errorOf(() => parseHtml("<b>x</i>"))).toBe(
      'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"',
    );
    expect(errorOf(() => parseHtml("x</b>"))).toBe("Unexpected end tag at byte offset 1");
    expect(errorOf(() => parseHtml("<b"))).toBe("Unclosed start tag at byte offset 0");
    expect(errorOf(() => parseHtml("<i><b>x</b>"))).toBe(`Can't find end tag corresponding to start tag "i"`);
    expect(errorOf(() => parseHtml('<span class="x">y</span>'))).toBe(
      'Tag "span" must have class "tg-spoiler" at byte offset 0',
    );
  });
});

describe("MarkdownV2", () => {
  it("parses nested entities, links, code and pre", () => {
    const r = parseMarkdownV2(
      "*bold _it_* __u__ ~s~ ||sp|| [l](https://e.com/a\\)b) `c.d` ```py\nx = 1\n```",
    );
    expect(r.text).toBe("bold it u s sp l c.d x = 1\n");
    expect(r.entities.map((e) => e.type)).toEqual([
      "bold",
      "italic",
      "underline",
      "strikethrough",
      "spoiler",
      "text_link",
      "code",
      "pre",
    ]);
    expect(r.entities.find((e) => e.type === "text_link")).toMatchObject({ url: "https://e.com/a)b" });
    expect(r.entities.find((e) => e.type === "pre")).toMatchObject({ language: "py" });
  });

  it("requires escaping reserved characters outside entities", () => {
    expect(errorOf(() => parseMarkdownV2("Hi!"))).toBe(
      "Character '!' is reserved and must be escaped with the preceding '\\'",
    );
    expect(errorOf(() => parseMarkdownV2("1-2"))).toBe(
      "Character '-' is reserved and must be escaped with the preceding '\\'",
    );
    expect(parseMarkdownV2("1\\-2\\.").text).toBe("1-2.");
    expect(errorOf(() => parseMarkdownV2("a *b"))).toBe("Can't find end of Bold entity at byte offset 2");
  });

  it("supports block quotes", () => {
    const r = parseMarkdownV2(">quoted\n>more\nplain");
    expect(r.text).toBe("quoted\nmore\nplain");
    expect(r.entities).toEqual([{ type: "blockquote", offset: 0, length: 11 }]);
  });
});

describe("legacy Markdown", () => {
  it("parses and reports unclosed entities", () => {
    const r = parseMarkdown("*b* _i_ `c` [t](http://x.io) 1.5!");
    expect(r.text).toBe("b i c t 1.5!");
    expect(r.entities.map((e) => e.type)).toEqual(["bold", "italic", "code", "text_link"]);
    expect(errorOf(() => parseMarkdown("snake_case"))).toBe(
      "Can't find end of the entity starting at byte offset 5",
    );
  });
});

describe("formatText", () => {
  it("prefixes Bot API errors, trims whitespace and prefers explicit entities", () => {
    expect(errorOf(() => formatText("<x>", "HTML"))).toBe(
      `Bad Request: can't parse entities: Unsupported start tag "x" at byte offset 0`,
    );
    expect(errorOf(() => formatText("a", "BBCode"))).toBe("Bad Request: unsupported parse_mode");
    expect(formatText("  <b> hi </b>\n", "HTML")).toEqual({
      text: "hi",
      entities: [{ type: "bold", offset: 0, length: 2 }],
    });
    const explicit = [{ type: "italic" as const, offset: 0, length: 1 }];
    expect(formatText("<b>", "HTML", explicit)).toEqual({ text: "<b>", entities: explicit });
  });
});
