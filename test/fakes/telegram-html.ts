/**
 * `parse_mode: "HTML"` for the fake Bot API, following TDLib's parse_html: supported tags, attribute
 * rules, HTML entities and its exact error messages with UTF-8 byte offsets.
 */
import type { MessageEntity } from "grammy/types";
import {
  EntityParseError,
  entity,
  type Formatted,
  isSpace,
  linkEntity,
  reader,
  sortEntities,
  utf8Offsets,
} from "./telegram-entities.ts";

/** Decode one HTML entity at `pos` the way TDLib does (the `;` is optional); null when not an entity. */
function decodeHtmlEntity(src: string, pos: number): { ch: string; end: number } | null {
  const at = reader(src);
  let end = pos + 1;
  let code = 0;
  if (at(end) === "#") {
    end++;
    const hex = at(end) === "x";
    if (hex) end++;
    const digits = hex ? /[0-9a-fA-F]/ : /[0-9]/;
    const startDigits = end;
    while (digits.test(at(end))) end++;
    code = Number.parseInt(src.slice(startDigits, end), hex ? 16 : 10);
    if (!code || code >= 0x10ffff || end - pos >= 10) return null;
  } else {
    while (/[A-Za-z]/.test(at(end))) end++;
    const named: Record<string, number> = { lt: 60, gt: 62, amp: 38, quot: 34 };
    code = named[src.slice(pos + 1, end)] ?? 0;
    if (!code) return null;
  }
  if (at(end) === ";") end++;
  return { ch: String.fromCodePoint(code), end };
}

function decodeHtmlText(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; ) {
    const e = s[i] === "&" ? decodeHtmlEntity(s, i) : null;
    if (e) {
      out += e.ch;
      i = e.end;
    } else out += s[i++];
  }
  return out;
}

// biome-ignore format: compact table
const HTML_TAGS = new Set([
  "a", "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "tg-emoji",
  "code", "pre", "blockquote",
]);

// biome-ignore format: compact table
const SIMPLE_HTML: Record<string, string> = {
  b: "bold", strong: "bold", i: "italic", em: "italic", u: "underline", ins: "underline",
  s: "strikethrough", strike: "strikethrough", del: "strikethrough", span: "spoiler", "tg-spoiler": "spoiler",
};

/** Parse `parse_mode: "HTML"` (tags listed in the Bot API "HTML style" section). */
export function parseHtml(src: string): Formatted {
  const bytes = utf8Offsets(src);
  const at = reader(src);
  const fail = (msg: string) => new EntityParseError(msg);
  const entities: MessageEntity[] = [];
  const stack: { tag: string; arg: string; offset: number }[] = [];
  const codeLanguage = new Map<MessageEntity, string>();
  let out = "";
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === "&") {
      const e = decodeHtmlEntity(src, i);
      out += e ? e.ch : c;
      i = e ? e.end : i + 1;
      continue;
    }
    if (c !== "<") {
      out += c;
      i++;
      continue;
    }
    const begin = bytes[i];
    i++;
    if (at(i) !== "/") {
      let tagEnd = i;
      while (!isSpace(at(tagEnd)) && at(tagEnd) !== ">") tagEnd++;
      if (tagEnd >= src.length) throw fail(`Unclosed start tag at byte offset ${begin}`);
      const tag = src.slice(i, tagEnd).toLowerCase();
      if (!HTML_TAGS.has(tag)) throw fail(`Unsupported start tag "${tag}" at byte offset ${begin}`);
      let arg = "";
      i = tagEnd;
      while (at(i) !== ">") {
        while (i < src.length && isSpace(at(i))) i++;
        if (at(i) === ">") break;
        if (i >= src.length) throw fail(`Unclosed start tag "${tag}" at byte offset ${begin}`);
        const nameBegin = i;
        while (!isSpace(at(i)) && at(i) !== "=" && at(i) !== ">") i++;
        const attr = src.slice(nameBegin, i);
        while (i < src.length && isSpace(at(i))) i++;
        if (at(i) !== "=") {
          // `<blockquote expandable>` is the one value-less attribute the Bot API documents.
          if (tag === "blockquote" && attr === "expandable") {
            arg = "1";
            continue;
          }
          throw fail(
            `Expected equal sign in declaration of an attribute of the tag "${tag}" at byte offset ${begin}`,
          );
        }
        i++;
        while (i < src.length && isSpace(at(i))) i++;
        if (i >= src.length) throw fail(`Unclosed start tag "${tag}" at byte offset ${begin}`);
        let value: string;
        if (at(i) !== "'" && at(i) !== '"') {
          const tokenBegin = i;
          while (/[A-Za-z0-9.-]/.test(at(i))) i++;
          value = src.slice(tokenBegin, i).toLowerCase();
          if (!isSpace(at(i)) && at(i) !== ">")
            throw fail(`Unexpected end of name token at byte offset ${bytes[tokenBegin]}`);
        } else {
          const quote = src[i++]!;
          const valueEnd = src.indexOf(quote, i);
          if (valueEnd === -1) throw fail(`Unclosed end of attribute value at byte offset ${bytes[i - 1]}`);
          value = decodeHtmlText(src.slice(i, valueEnd));
          i = valueEnd + 1;
        }
        if (tag === "a" && attr === "href") arg = value;
        else if (tag === "code" && attr === "class" && value.startsWith("language-")) arg = value.slice(9);
        else if (tag === "span" && attr === "class" && value.startsWith("tg-")) arg = value.slice(3);
        else if (tag === "tg-emoji" && attr === "emoji-id") arg = value;
        else if (tag === "blockquote" && attr === "expandable") arg = "1";
      }
      if (tag === "span" && arg !== "spoiler")
        throw fail(`Tag "span" must have class "tg-spoiler" at byte offset ${begin}`);
      stack.push({ tag, arg, offset: out.length });
      i++;
      continue;
    }
    if (stack.length === 0) throw fail(`Unexpected end tag at byte offset ${begin}`);
    i++;
    const nameBegin = i;
    while (!isSpace(at(i)) && at(i) !== ">") i++;
    const endName = src.slice(nameBegin, i).toLowerCase();
    while (i < src.length && isSpace(at(i))) i++;
    if (at(i) !== ">") throw fail(`Unclosed end tag at byte offset ${begin}`);
    i++;
    const open = stack.pop()!;
    if (endName !== "" && endName !== open.tag) {
      throw fail(
        `Unmatched end tag at byte offset ${begin}, expected "</${open.tag}>", found "</${endName}>"`,
      );
    }
    const length = out.length - open.offset;
    if (length <= 0) continue; // empty entities are dropped, not an error
    const simple = SIMPLE_HTML[open.tag];
    let e: MessageEntity | undefined;
    if (simple) e = entity(simple, open.offset, length);
    else if (open.tag === "a") e = linkEntity(open.arg || out.slice(open.offset), open.offset, length);
    else if (open.tag === "tg-emoji") {
      if (!/^\d+$/.test(open.arg))
        throw fail("Custom emoji entity must contain a valid custom emoji identifier");
      e = entity("custom_emoji", open.offset, length, { custom_emoji_id: open.arg });
    } else if (open.tag === "blockquote") {
      e = entity(open.arg ? "expandable_blockquote" : "blockquote", open.offset, length);
    } else if (open.tag === "code") {
      e = entity("code", open.offset, length);
      if (open.arg) codeLanguage.set(e, open.arg);
    } else if (open.tag === "pre") {
      const last = entities.at(-1);
      const lang = last ? codeLanguage.get(last) : undefined;
      // <pre><code class="language-x">…</code></pre> becomes one pre entity with a language.
      if (last && lang && last.offset === open.offset && last.length === length) {
        entities.pop();
        e = entity("pre", open.offset, length, { language: lang });
      } else e = entity("pre", open.offset, length);
    }
    if (e) entities.push(e);
  }
  if (stack.length > 0) {
    throw fail(`Can't find end tag corresponding to start tag "${stack.at(-1)!.tag}"`);
  }
  return { text: out, entities: sortEntities(entities) };
}
