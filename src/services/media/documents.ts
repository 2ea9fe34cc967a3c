/**
 * Documents read: text, Markdown and PDF files the user sends are checked against the limits,
 * read (see document-text.ts), filed in the memory palace's "documents" room in chunks labelled
 * with the file name (so later questions find them, and /forget removes them), and handed back
 * for a chat turn that sees the part of the text the question is about. A price, when there is
 * one, is reserved first and released when anything fails.
 */
import { contentStems } from "../../engines/memory-palace/index.ts";
import type { DocumentRecord } from "../../engines/memory-palace/types.ts";
import type { Logger } from "../../observability/logger.ts";
import type { CreditsLedger } from "../credits/ledger.ts";
import { BOT_DOWNLOAD_LIMIT, FileTooBigError } from "../speech/voice-notes.ts";
import { createCharge } from "./charge.ts";
import { chunkText, type DocumentKind, extensionOf, readDocumentText } from "./document-text.ts";

/** The most chunks one document keeps in the palace (about 220,000 characters, ~70 pages). */
export const MAX_DOCUMENT_CHUNKS = 250;
const CHUNK_CHARS = 900;
const MB = 1024 * 1024;

export interface DocumentFile {
  userId: number;
  chatId: number;
  messageId: number;
  /** Who sent it, as the memory palace names speakers (their first name). */
  speaker: string;
  fileName: string;
  /** What kind of document it is (documentKind); null for a file this bot does not read. */
  kind: Exclude<DocumentKind, "image"> | null;
  /** As Telegram reported it (it may not). */
  fileSize?: number;
  /** Fetches the bytes; throws FileTooBigError when the Bot API will not serve them. */
  download(): Promise<Uint8Array>;
}

export type DocumentOutcome =
  | {
      type: "ok";
      name: string;
      text: string;
      pages?: number;
      /** Chunks filed in the palace; `truncated` when the text was longer than it keeps. */
      chunks: number;
      truncated: boolean;
      /** The palace source of its chunks: the turn is filed under it too. */
      sourceId: string;
      ms: { download: number; read: number; file: number };
    }
  | { type: "unsupported"; extension: string }
  | { type: "too_big"; maxMb: number }
  | { type: "too_many_pages"; pages: number; maxPages: number; refunded: number }
  | { type: "corrupt" | "protected" | "scanned" | "empty"; refunded: number }
  | { type: "no_credits"; cost: number; balance: number }
  | { type: "failed"; refunded: number };

/** The file name as shown and stored: one line, at most 120 characters. */
const cleanName = (name: string) => name.replace(/\s+/g, " ").trim().slice(0, 120) || "document";

/**
 * The part of a long text a question is about, within `maxChars`: the opening chunk (it says what
 * the document is), then the chunks sharing most words with the question, kept in document order.
 */
export function excerptFor(text: string, question: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const chunks = chunkText(text, CHUNK_CHARS);
  const asked = new Set(contentStems(question));
  const score = (chunk: string) => contentStems(chunk).filter((s) => asked.has(s)).length;
  const ranked = chunks
    .map((chunk, i) => ({ i, score: i === 0 ? Number.POSITIVE_INFINITY : score(chunk) }))
    .sort((a, b) => b.score - a.score || a.i - b.i);
  const picked = new Set<number>();
  let used = 0;
  for (const { i } of ranked) {
    const size = chunks[i]!.length + 7;
    if (used + size > maxChars) continue;
    picked.add(i);
    used += size;
  }
  return [...picked]
    .sort((a, b) => a - b)
    .map((i, k, all) => (k > 0 && all[k - 1] !== i - 1 ? `[…]\n\n${chunks[i]}` : chunks[i]))
    .join("\n\n");
}

/** Creates the document service; `file` keeps a document's chunks (the mind service's fileDocument). */
export function createDocumentReader(deps: {
  file(userId: number, doc: DocumentRecord): Promise<number>;
  ledger: CreditsLedger;
  /** Credits per document read. */
  credits: number;
  maxBytes: number;
  maxPages: number;
  logger: Logger;
}) {
  const charge = createCharge(deps.ledger, deps.credits, "document");
  const refOf = (d: Pick<DocumentFile, "chatId" | "messageId">) => `doc:${d.chatId}:${d.messageId}`;
  const maxBytes = Math.min(deps.maxBytes, BOT_DOWNLOAD_LIMIT);
  const maxMb = Math.round((maxBytes / MB) * 10) / 10;

  return {
    /** Reads one document and files it. Throws only for faults of our own (the database). */
    async read(doc: DocumentFile, log: Logger = deps.logger): Promise<DocumentOutcome> {
      const name = cleanName(doc.fileName);
      if (!doc.kind) return { type: "unsupported", extension: extensionOf(doc.fileName) };
      if ((doc.fileSize ?? 0) > maxBytes) return { type: "too_big", maxMb };
      const ref = refOf(doc);
      const reserved = await charge.reserve(doc.userId, ref);
      if (!reserved.ok) return { type: "no_credits", cost: reserved.cost, balance: reserved.balance };
      const context = { component: "documents", kind: doc.kind, extension: extensionOf(doc.fileName) };
      const started = performance.now();
      let bytes: Uint8Array;
      try {
        bytes = await doc.download();
      } catch (err) {
        const refunded = await charge.release(doc.userId, ref, "download failed");
        if (err instanceof FileTooBigError) return { type: "too_big", maxMb };
        log.warn({ ...context, err: (err as Error).message }, "could not download the document");
        return { type: "failed", refunded };
      }
      if (bytes.length > maxBytes) {
        await charge.release(doc.userId, ref, "file too big");
        return { type: "too_big", maxMb };
      }
      const downloaded = performance.now();
      const read = await readDocumentText(doc.kind, bytes, { maxPages: deps.maxPages });
      const readAt = performance.now();
      if (!read.ok) {
        const refunded = await charge.release(doc.userId, ref, `unreadable: ${read.reason}`);
        log.info({ ...context, bytes: bytes.length, reason: read.reason }, "document not read");
        if (read.reason === "too_many_pages") {
          return { type: "too_many_pages", pages: read.pages, maxPages: deps.maxPages, refunded };
        }
        return { type: read.reason, refunded };
      }
      const all = chunkText(read.text, CHUNK_CHARS);
      const chunks = all.slice(0, MAX_DOCUMENT_CHUNKS);
      const sourceId = ref;
      await deps.file(doc.userId, {
        name,
        chunks,
        speaker: doc.speaker,
        timestamp: Date.now(),
        sourceId,
      });
      const ms = {
        download: Math.round(downloaded - started),
        read: Math.round(readAt - downloaded),
        file: Math.round(performance.now() - readAt),
      };
      log.info(
        {
          ...context,
          bytes: bytes.length,
          pages: read.pages,
          chars: read.text.length,
          chunks: chunks.length,
          ...ms,
        },
        "document read",
      );
      return {
        type: "ok",
        name,
        text: read.text,
        pages: read.pages,
        chunks: chunks.length,
        truncated: all.length > chunks.length,
        sourceId,
        ms,
      };
    },

    /** After the turn: keeps the price when the reply went out, else gives it back. */
    settle: (doc: Pick<DocumentFile, "userId" | "chatId" | "messageId">, ok: boolean): Promise<number> =>
      charge.settle(doc.userId, refOf(doc), ok),
  };
}

export type DocumentReader = ReturnType<typeof createDocumentReader>;
