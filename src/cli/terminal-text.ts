/**
 * The bot's texts made fit for a terminal. Some of the bot's messages are Telegram HTML (bold,
 * code, links); a terminal shows tags literally, so the known Telegram tags are turned into ANSI
 * styles on a TTY and dropped elsewhere, and their entities unescaped. Anything else in angle
 * brackets ("/persona custom <description>") is text and stays.
 */
import { type Locale, matchLocale } from "../i18n/index.ts";

const STYLES: Record<string, [string, string]> = {
  b: ["\x1b[1m", "\x1b[22m"],
  strong: ["\x1b[1m", "\x1b[22m"],
  i: ["\x1b[3m", "\x1b[23m"],
  em: ["\x1b[3m", "\x1b[23m"],
  u: ["\x1b[4m", "\x1b[24m"],
  ins: ["\x1b[4m", "\x1b[24m"],
  s: ["\x1b[9m", "\x1b[29m"],
  strike: ["\x1b[9m", "\x1b[29m"],
  del: ["\x1b[9m", "\x1b[29m"],
  code: ["\x1b[2m", "\x1b[22m"],
  pre: ["", ""],
  blockquote: ["", ""],
  "tg-spoiler": ["", ""],
  span: ["", ""],
};

/** Telegram HTML → terminal text; `styled` adds ANSI styles (only on a TTY). */
export function telegramHtmlToTerminal(text: string, styled: boolean): string {
  const converted = text
    .replace(/<a\s+href="([^"]*)"\s*>([\s\S]*?)<\/a>/g, (_m, url: string, label: string) =>
      label === url ? url : `${label} (${url})`,
    )
    .replace(/<(\/?)([a-z-]+)(?:\s[^<>]*)?>/g, (tag, closing: string, name: string) => {
      const style = STYLES[name];
      if (!style) return tag;
      return styled ? style[closing ? 1 : 0] : "";
    });
  return converted
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The shipped locale for the terminal's language tag (from LC_ALL/LC_MESSAGES/LANG); English otherwise. */
export const terminalLocale = (tag: string | undefined): Locale => matchLocale(tag);
