/**
 * Shared building blocks of the fake's parse_mode parsers (TDLib semantics): UTF-8 byte offsets for
 * error messages, NUL-terminated character access, entity construction and URL normalisation.
 */
import type { MessageEntity } from "grammy/types";

/** Parsed text and its entities. */
export interface Formatted {
  text: string;
  entities: MessageEntity[];
}

/** A parse failure; callers prefix it with `Bad Request: can't parse entities: `. */
export class EntityParseError extends Error {}

/** UTF-8 byte offset of every UTF-16 index (and of the end), for TDLib-style error offsets. */
export function utf8Offsets(s: string): number[] {
  const out: number[] = new Array(s.length + 1);
  let b = 0;
  for (let i = 0; i < s.length; i++) {
    out[i] = b;
    const c = s.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff)
      b += 4; // high surrogate carries the whole 4-byte code point
    else if (c < 0xdc00 || c > 0xdfff) b += 3;
  }
  out[s.length] = b;
  return out;
}

/** TDLib's is_space also treats NUL as space, which is how its scans stop at the end of the text. */
export const isSpace = (c: string): boolean => " \t\r\n\0\v\f".includes(c);

/** A char accessor returning NUL past the end, like TDLib's NUL-terminated CSlice. */
export function reader(src: string): (k: number) => string {
  return (k) => (k >= 0 && k < src.length ? src[k]! : "\0");
}

/** Build an entity of any type (extra fields such as url/language merged in). */
export function entity(type: string, offset: number, length: number, extra: Record<string, unknown> = {}) {
  return { type, offset, length, ...extra } as MessageEntity;
}

/** http(s)/tg/mailto URLs are kept, bare domains get `http://`, anything else drops the entity. */
function normalizeUrl(url: string): string | undefined {
  const u = url.trim();
  if (/^(https?|tg|ftp|mailto|ton):/i.test(u)) return u;
  if (/^[^\s/:]+\.[a-z]{2,}(\/\S*)?$/i.test(u)) return `http://${u}`;
  return undefined;
}

/** A text_link (or text_mention for tg://user?id=…) entity, or undefined for an invalid URL. */
export function linkEntity(url: string, offset: number, length: number): MessageEntity | undefined {
  const userId = /^tg:\/\/user\?id=(\d+)$/i.exec(url)?.[1];
  if (userId)
    return entity("text_mention", offset, length, {
      user: { id: Number(userId), is_bot: false, first_name: "" },
    });
  const href = normalizeUrl(url);
  return href ? entity("text_link", offset, length, { url: href }) : undefined;
}

/** TDLib keeps entities ordered by offset, longer (outer) first. */
export function sortEntities(list: MessageEntity[]): MessageEntity[] {
  return list.sort((a, b) => a.offset - b.offset || b.length - a.length);
}
