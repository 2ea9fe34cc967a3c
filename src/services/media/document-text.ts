/**
 * What a file the user sent is, and its text: plain text and Markdown decoded as UTF-8 (UTF-16
 * with a byte order mark), PDFs read through their text layer with unpdf (PDF.js built to run
 * without a browser or worker, offline). Everything that can go wrong with the file itself is a
 * typed result, so the user hears exactly what: not a file I read, damaged, a scan without text,
 * too many pages, password-protected, empty.
 */

/** How a document is read; `image` files are photos sent as files and go to the photo path. */
export type DocumentKind = "text" | "pdf" | "image";

const TEXT_EXTENSIONS = new Set(["txt", "text", "md", "markdown", "mdown", "csv", "tsv", "log", "json"]);
/** The picture formats vision models take (OpenAI, OpenRouter and Ollama agree on these). */
export const IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/webp", "image/gif"]);
const IMAGE_EXTENSIONS: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
};

/** The extension of a file name, lower case ("" when it has none). */
export const extensionOf = (name = "") => /\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1]?.toLowerCase() ?? "";

/**
 * What kind of document a file is, from Telegram's MIME type and the file name (clients send
 * Markdown as text/markdown, text/x-markdown or application/octet-stream); null when it is none
 * this bot reads.
 */
export function documentKind(fileName?: string, mime?: string): DocumentKind | null {
  const type = (mime ?? "").toLowerCase();
  const ext = extensionOf(fileName);
  if (IMAGE_TYPES.has(type) || (type.startsWith("image/") && ext in IMAGE_EXTENSIONS)) return "image";
  if (type === "application/pdf" || ext === "pdf") return "pdf";
  if (type.startsWith("text/") || TEXT_EXTENSIONS.has(ext)) return "text";
  if (!type || type === "application/octet-stream") return ext in IMAGE_EXTENSIONS ? "image" : null;
  return null;
}

/** The MIME type a picture sent as a file is passed on with. */
export function imageTypeOf(fileName?: string, mime?: string): string {
  const type = (mime ?? "").toLowerCase();
  return IMAGE_TYPES.has(type) ? type : (IMAGE_EXTENSIONS[extensionOf(fileName)] ?? "image/jpeg");
}

export type DocumentText =
  | { ok: true; text: string; pages?: number }
  | { ok: false; reason: "corrupt" | "protected" | "scanned" | "empty" }
  | { ok: false; reason: "too_many_pages"; pages: number };

/** True when a text has something to read: letters or digits. */
const hasWords = (text: string, least = 1) => (text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= least;

/** Text files: UTF-8 (a BOM dropped), or UTF-16 with its BOM; bytes that are neither are damage. */
function decodeText(bytes: Uint8Array): DocumentText {
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      text = new TextDecoder("utf-16le", { fatal: true }).decode(bytes);
    else if (bytes[0] === 0xfe && bytes[1] === 0xff)
      text = new TextDecoder("utf-16be", { fatal: true }).decode(bytes);
    else text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "corrupt" };
  }
  // A NUL never appears in text: this is a binary file with a text name.
  if (text.includes("\u0000")) return { ok: false, reason: "corrupt" };
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  return hasWords(text) ? { ok: true, text } : { ok: false, reason: "empty" };
}

/** A PDF's text layer, page by page; a file over `maxPages` is refused before any page is read. */
async function pdfText(bytes: Uint8Array, maxPages: number): Promise<DocumentText> {
  // Loaded on first use: PDF.js is large, and most processes never see a PDF.
  const { extractText, getDocumentProxy } = await import("unpdf");
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js takes ownership of the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false });
  } catch (err) {
    return { ok: false, reason: (err as Error)?.name === "PasswordException" ? "protected" : "corrupt" };
  }
  try {
    if (pdf.numPages > maxPages) return { ok: false, reason: "too_many_pages", pages: pdf.numPages };
    let pages: string[];
    try {
      pages = (await extractText(pdf, { mergePages: false })).text;
    } catch {
      return { ok: false, reason: "corrupt" };
    }
    const text = pages
      .map((p) => p.trim())
      .filter(Boolean)
      .join("\n\n");
    // Scanned pages are pictures: PDF.js finds no text at all, or a few stray characters.
    if (!hasWords(text, 8)) return { ok: false, reason: "scanned" };
    return { ok: true, text, pages: pdf.numPages };
  } finally {
    await pdf.destroy().catch(() => {});
  }
}

/** Reads a document's text. Never throws for what is wrong with the file. */
export function readDocumentText(
  kind: Exclude<DocumentKind, "image">,
  bytes: Uint8Array,
  options: { maxPages: number },
): Promise<DocumentText> {
  return kind === "pdf" ? pdfText(bytes, options.maxPages) : Promise.resolve(decodeText(bytes));
}

/**
 * Cuts a text into chunks of about `size` characters at paragraph, then sentence, then word
 * boundaries, so each chunk the memory palace keeps reads on its own.
 */
export function chunkText(text: string, size = 900): string[] {
  const pieces = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/[ \t]+/g, " ").trim())
    .filter(Boolean)
    .flatMap((p) => (p.length <= size ? [p] : splitLong(p, size)));
  const chunks: string[] = [];
  let current = "";
  for (const piece of pieces) {
    if (current && current.length + piece.length + 2 > size) {
      chunks.push(current);
      current = piece;
    } else current = current ? `${current}\n\n${piece}` : piece;
  }
  if (current) chunks.push(current);
  return chunks;
}

/** A paragraph longer than a chunk, cut at sentence ends, or at spaces when a sentence is too long. */
function splitLong(paragraph: string, size: number): string[] {
  const sentences = paragraph.match(/[^.!?。！？\n]+(?:[.!?。！？]+|\n|$)\s*/gu) ?? [paragraph];
  const out: string[] = [];
  let current = "";
  const push = (s: string) => {
    if (current && current.length + s.length > size) {
      out.push(current.trim());
      current = "";
    }
    current += s;
  };
  for (const sentence of sentences) {
    if (sentence.length <= size) push(sentence);
    else {
      for (const word of sentence.split(/(?<=\s)/)) {
        // A "word" longer than a chunk (a URL, an encoded blob) is cut into chunk-sized pieces.
        for (let i = 0; i < word.length; i += size) push(word.slice(i, i + size));
      }
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
