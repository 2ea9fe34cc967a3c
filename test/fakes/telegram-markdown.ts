/**
 * `parse_mode: "MarkdownV2"` and legacy `"Markdown"` for the fake Bot API, following TDLib's
 * parse_markdown_v2 / parse_markdown, including their error messages with UTF-8 byte offsets.
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

type MdType =
  | "bold"
  | "italic"
  | "underline"
  | "strikethrough"
  | "spoiler"
  | "text_link"
  | "code"
  | "pre"
  | "custom_emoji";
// biome-ignore format: compact table
const MD_NAMES: Record<MdType, string> = {
  bold: "Bold", italic: "Italic", underline: "Underline", strikethrough: "Strikethrough", spoiler: "Spoiler",
  text_link: "TextUrl", code: "Code", pre: "Pre", custom_emoji: "CustomEmoji",
};
const RESERVED_V2 = "_*[]()~`>#+-=|{}.!";

/** Parse `parse_mode: "MarkdownV2"`; every reserved char outside an entity must be `\`-escaped. */
export function parseMarkdownV2(src: string): Formatted {
  const bytes = utf8Offsets(src);
  const at = reader(src);
  const n = src.length;
  const reserved = (c: string) =>
    new EntityParseError(`Character '${c}' is reserved and must be escaped with the preceding '\\'`);
  const entities: MessageEntity[] = [];
  const stack: { type: MdType; arg: string; offset: number; byteOffset: number }[] = [];
  let quote: { offset: number; expandable: boolean } | null = null;
  let out = "";
  const closeQuote = () => {
    let end = out.length;
    if (out.endsWith("\n")) end--;
    if (quote && end > quote.offset) {
      entities.push(
        entity(quote.expandable ? "expandable_blockquote" : "blockquote", quote.offset, end - quote.offset),
      );
    }
    quote = null;
  };
  for (let i = 0; i < n; i++) {
    const c = src[i]!;
    const top = stack.at(-1);
    const inCode = top?.type === "code" || top?.type === "pre";
    if (!inCode && (i === 0 || src[i - 1] === "\n")) {
      // Block quotes: lines starting with `>`; `**>` starts an expandable one that ends with `||`.
      if (c === ">") {
        quote ??= { offset: out.length, expandable: false };
        continue;
      }
      if (c === "*" && at(i + 1) === "*" && at(i + 2) === ">") {
        quote ??= { offset: out.length, expandable: true };
        i += 2;
        continue;
      }
      if (quote) closeQuote();
    }
    const q = quote as { expandable: boolean } | null;
    if (
      q?.expandable &&
      c === "|" &&
      at(i + 1) === "|" &&
      (at(i + 2) === "\n" || i + 2 >= n) &&
      top?.type !== "spoiler"
    ) {
      closeQuote();
      i++;
      continue;
    }
    if (c === "\\" && at(i + 1).charCodeAt(0) > 0 && at(i + 1).charCodeAt(0) <= 126) {
      out += src[++i];
      continue;
    }
    if (!(inCode ? "`" : RESERVED_V2).includes(c)) {
      out += c;
      continue;
    }
    const isEnd =
      top !== undefined &&
      (
        {
          bold: c === "*",
          italic: c === "_" && at(i + 1) !== "_",
          code: c === "`",
          pre: c === "`" && at(i + 1) === "`" && at(i + 2) === "`",
          text_link: c === "]",
          custom_emoji: c === "]",
          underline: c === "_" && at(i + 1) === "_",
          strikethrough: c === "~",
          spoiler: c === "|" && at(i + 1) === "|",
        } as const
      )[top.type];
    if (!isEnd) {
      const byteOffset = bytes[i]!;
      let type: MdType;
      let arg = "";
      if (c === "_") {
        type = at(i + 1) === "_" ? "underline" : "italic";
        if (type === "underline") i++;
      } else if (c === "*") type = "bold";
      else if (c === "~") type = "strikethrough";
      else if (c === "|" && at(i + 1) === "|") {
        i++;
        type = "spoiler";
      } else if (c === "[") type = "text_link";
      else if (c === "!" && at(i + 1) === "[") {
        i++;
        type = "custom_emoji";
      } else if (c === "`" && at(i + 1) === "`" && at(i + 2) === "`") {
        i += 3;
        type = "pre";
        let langEnd = i;
        while (!isSpace(at(langEnd)) && at(langEnd) !== "`") langEnd++;
        if (i !== langEnd && langEnd < n && at(langEnd) !== "`") {
          arg = src.slice(i, langEnd);
          i = langEnd;
        }
        if (at(i) === "\n" || at(i) === "\r") {
          i += (at(i + 1) === "\n" || at(i + 1) === "\r") && at(i) !== at(i + 1) ? 2 : 1;
        }
        i--;
      } else if (c === "`") type = "code";
      else throw reserved(c);
      stack.push({ type, arg, offset: out.length, byteOffset });
      continue;
    }
    const open = stack.pop()!;
    const skip = out.length === open.offset;
    let url = "";
    if (open.type === "underline" || open.type === "spoiler") i++;
    else if (open.type === "pre") i += 2;
    else if (open.type === "text_link" || open.type === "custom_emoji") {
      if (at(i + 1) !== "(") url = out.slice(open.offset);
      else {
        i += 2;
        const urlBegin = i;
        while (i < n && at(i) !== ")") {
          if (at(i) === "\\" && at(i + 1).charCodeAt(0) > 0 && at(i + 1).charCodeAt(0) <= 126) {
            url += at(i + 1);
            i += 2;
          } else url += at(i++);
        }
        if (at(i) !== ")")
          throw new EntityParseError(`Can't find end of a URL at byte offset ${bytes[urlBegin]}`);
      }
    }
    if (skip) continue;
    const length = out.length - open.offset;
    if (open.type === "text_link") {
      const e = linkEntity(url, open.offset, length);
      if (e) entities.push(e);
    } else if (open.type === "custom_emoji") {
      const id = /^tg:\/\/emoji\?id=(\d+)$/.exec(url)?.[1];
      if (!id) throw new EntityParseError("Custom emoji URL must have an emoji identifier");
      entities.push(entity("custom_emoji", open.offset, length, { custom_emoji_id: id }));
    } else if (open.type === "pre" && open.arg) {
      entities.push(entity("pre", open.offset, length, { language: open.arg }));
    } else entities.push(entity(open.type, open.offset, length));
  }
  if (quote) closeQuote();
  const top = stack.at(-1);
  if (top) {
    const name = top.type === "pre" && top.arg ? "PreCode" : MD_NAMES[top.type];
    throw new EntityParseError(`Can't find end of ${name} entity at byte offset ${top.byteOffset}`);
  }
  return { text: out, entities: sortEntities(entities) };
}

/** Parse legacy `parse_mode: "Markdown"`: `*bold*`, `_italic_`, `` `code` ``, ```` ```pre``` ````, `[text](url)`. */
export function parseMarkdown(src: string): Formatted {
  const bytes = utf8Offsets(src);
  const at = reader(src);
  const n = src.length;
  const entities: MessageEntity[] = [];
  let out = "";
  for (let i = 0; i < n; i++) {
    const c = src[i]!;
    if (c === "\\" && "_*`[".includes(at(i + 1)) && at(i + 1) !== "\0") {
      out += src[++i];
      continue;
    }
    if (!"_*`[".includes(c)) {
      out += c;
      continue;
    }
    const begin = i;
    const endChar = c === "[" ? "]" : c;
    let isPre = false;
    let language = "";
    i++;
    if (c === "`" && at(i) === "`" && at(i + 1) === "`") {
      i += 2;
      isPre = true;
      let langEnd = i;
      while (!isSpace(at(langEnd)) && at(langEnd) !== "`") langEnd++;
      if (i !== langEnd && langEnd < n && at(langEnd) !== "`") {
        language = src.slice(i, langEnd);
        i = langEnd;
      }
      if (at(i) === "\n" || at(i) === "\r") {
        i += (at(i + 1) === "\n" || at(i + 1) === "\r") && at(i) !== at(i + 1) ? 2 : 1;
      }
    }
    const start = out.length;
    while (i < n && (at(i) !== endChar || (isPre && !(at(i + 1) === "`" && at(i + 2) === "`"))))
      out += src[i++];
    if (i >= n)
      throw new EntityParseError(`Can't find end of the entity starting at byte offset ${bytes[begin]}`);
    const length = out.length - start;
    if (c === "[") {
      let url = out.slice(start);
      if (at(i + 1) === "(") {
        i += 2;
        url = "";
        while (i < n && at(i) !== ")") url += src[i++];
      }
      const e = length > 0 ? linkEntity(url, start, length) : undefined;
      if (e) entities.push(e);
    } else if (length > 0) {
      if (c === "_") entities.push(entity("italic", start, length));
      else if (c === "*") entities.push(entity("bold", start, length));
      else if (isPre) entities.push(entity("pre", start, length, language ? { language } : {}));
      else entities.push(entity("code", start, length));
    }
    if (isPre) i += 2;
  }
  return { text: out, entities: sortEntities(entities) };
}
