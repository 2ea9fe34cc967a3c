/**
 * parse_mode handling of the fake Bot API: HTML, MarkdownV2 and legacy Markdown are turned into plain
 * text + entities with the same rules and error strings as the real server (which uses TDLib's
 * parsers). Error offsets are UTF-8 byte offsets into the source; entity offsets/lengths are UTF-16
 * units. Telegram's length limits are then checked on the parsed text by the callers.
 */
import type { MessageEntity } from "grammy/types";
import { EntityParseError, type Formatted } from "./telegram-entities.ts";
import { parseHtml } from "./telegram-html.ts";
import { badRequest } from "./telegram-http.ts";
import { parseMarkdown, parseMarkdownV2 } from "./telegram-markdown.ts";

export { EntityParseError, type Formatted } from "./telegram-entities.ts";
export { parseHtml } from "./telegram-html.ts";
export { parseMarkdown, parseMarkdownV2 } from "./telegram-markdown.ts";

/**
 * Apply `parse_mode` (or explicit `entities`, which take precedence) and trim surrounding whitespace the
 * way Telegram does before it stores a message. Throws the Bot API 400 on markup errors.
 */
export function formatText(text: string, parseMode?: unknown, entities?: unknown): Formatted {
  let f: Formatted;
  if (Array.isArray(entities) && entities.length > 0) f = { text, entities: entities as MessageEntity[] };
  else if (parseMode === undefined || parseMode === null || parseMode === "") f = { text, entities: [] };
  else {
    const mode = String(parseMode).toLowerCase();
    const parser =
      mode === "html"
        ? parseHtml
        : mode === "markdownv2"
          ? parseMarkdownV2
          : mode === "markdown"
            ? parseMarkdown
            : null;
    if (!parser) throw badRequest("unsupported parse_mode");
    try {
      f = parser(text);
    } catch (e) {
      if (e instanceof EntityParseError) throw badRequest(`can't parse entities: ${e.message}`);
      throw e;
    }
  }
  return trimFormatted(f);
}

/** Strip leading/trailing whitespace, shifting and clipping entities (empty ones are dropped). */
export function trimFormatted(f: Formatted): Formatted {
  const lead = f.text.length - f.text.trimStart().length;
  const text = f.text.trim();
  const entities: MessageEntity[] = [];
  for (const e of f.entities) {
    const start = Math.max(0, e.offset - lead);
    const end = Math.min(text.length, e.offset + e.length - lead);
    if (end > start) entities.push({ ...e, offset: start, length: end - start });
  }
  return { text, entities };
}
