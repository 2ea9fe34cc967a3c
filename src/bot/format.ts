/**
 * Markdown from the model → Telegram HTML, and splitting long replies into messages Telegram
 * accepts. HTML is used rather than MarkdownV2 because only three characters need escaping, so
 * arbitrary model output rarely breaks it; when it does, the sender falls back to plain text.
 */

/** Telegram's limit for one message's text, in UTF-16 code units after entity parsing. */
export const MESSAGE_LIMIT = 4096;

/** Escapes text for Telegram's HTML parse mode. */
export const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const escapeAttr = (s: string) => escapeHtml(s).replace(/"/g, "&quot;");

/** Converts the Markdown subset models write (bold, italic, strike, code, fences, links, headings,
 * quotes) into Telegram HTML. Unknown syntax passes through as escaped text. */
export function markdownToHtml(markdown: string): string {
  const slots: string[] = [];
  // Private-use characters mark held-out fragments; models never emit them.
  const hold = (html: string) => `\uE000${slots.push(html) - 1}\uE000`;
  let text = markdown.replace(/```([\w+-]*)[ \t]*\n?([\s\S]*?)```/g, (_m, lang: string, code: string) => {
    const body = escapeHtml(code.replace(/\n$/, ""));
    return hold(lang ? `<pre><code class="language-${lang}">${body}</code></pre>` : `<pre>${body}</pre>`);
  });
  // An unterminated fence (a reply cut mid-stream) still renders as code.
  text = text.replace(/```([\w+-]*)[ \t]*\n?([\s\S]*)$/, (_m, _lang: string, code: string) =>
    hold(`<pre>${escapeHtml(code)}</pre>`),
  );
  text = text.replace(/`([^`\n]+)`/g, (_m, code: string) => hold(`<code>${escapeHtml(code)}</code>`));
  text = text.replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g, (_m, label: string, url: string) =>
    hold(`<a href="${escapeAttr(url)}">${escapeHtml(label)}</a>`),
  );
  text = escapeHtml(text);
  text = text
    .replace(/^#{1,6}[ \t]+(.+)$/gm, "<b>$1</b>")
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, "<b>$1</b>")
    .replace(/__(?=\S)([\s\S]*?\S)__/g, "<b>$1</b>")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "<s>$1</s>")
    .replace(/(^|[^\w*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\w*])/g, "$1<i>$2</i>")
    .replace(/(^|[^\w])_(?=[^\s_])([^_\n]*?[^\s_])_(?!\w)/g, "$1<i>$2</i>")
    .replace(/^[ \t]*[-*][ \t]+/gm, "• ");
  text = text.replace(
    /(^&gt; ?.*(?:\n&gt; ?.*)*)/gm,
    (block: string) => `<blockquote>${block.replace(/^&gt; ?/gm, "")}</blockquote>`,
  );
  return text.replace(/\uE000(\d+)\uE000/g, (_m, i: string) => slots[Number(i)]!);
}

/** Markdown stripped to readable plain text, for the fallback when Telegram rejects the HTML. */
export function markdownToPlain(markdown: string): string {
  return markdown
    .replace(/```[\w+-]*[ \t]*\n?/g, "")
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, "$1")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "$1")
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)/g, "$1 ($2)")
    .replace(/^#{1,6}[ \t]+/gm, "");
}

function breakPoint(text: string, limit: number): number {
  const window = text.slice(0, limit);
  const minimum = Math.floor(limit * 0.5);
  for (const sep of ["\n\n", "\n", ". ", "! ", "? ", "; ", ", ", " "]) {
    const at = window.lastIndexOf(sep);
    if (at >= minimum) return at + sep.length;
  }
  // No natural break: cut hard, but never between the two halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * Splits text into chunks of at most `limit` UTF-16 units at paragraph, line, sentence or word
 * boundaries. A code fence cut by a split is closed at the end of one chunk and reopened in the
 * next, so every chunk renders on its own.
 */
export function splitMessage(text: string, limit = MESSAGE_LIMIT - 96): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  let reopen = "";
  while (rest.length > 0) {
    const room = limit - reopen.length - 4;
    if (rest.length <= room) {
      chunks.push(reopen + rest);
      break;
    }
    const at = breakPoint(rest, room);
    let chunk = reopen + rest.slice(0, at).trimEnd();
    rest = rest.slice(at).trimStart();
    const fences = chunk.match(/```[\w+-]*/g) ?? [];
    if (fences.length % 2 === 1) {
      chunk += "\n```";
      reopen = `${fences[fences.length - 1]}\n`;
    } else reopen = "";
    chunks.push(chunk);
  }
  return chunks.length ? chunks : [""];
}
