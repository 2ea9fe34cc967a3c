/**
 * Media, file and Telegram Stars payment methods of the fake Bot API, with Telegram's file
 * rules, size limits and payment steps. Uploads arrive already decoded from multipart with `attach://` resolved.
 */
import { randomBytes } from "node:crypto";
import type { Message, PhotoSize } from "grammy/types";
import { formatText } from "./telegram-formatting.ts";
import { badRequest, isUpload, type Payload, TG_ERRORS, TgError } from "./telegram-http.ts";
import { baseMessage, type Handler, reqInt, reqString, validateReplyMarkup } from "./telegram-methods.ts";
import type { InvoiceRecord, StoredFile, TelegramState } from "./telegram-state.ts";

const MB = 1024 * 1024;
type Kind = "photo" | "video" | "document";

const MIME_BY_EXT: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  mp4: "video/mp4",
  pdf: "application/pdf",
  txt: "text/plain",
  ogg: "audio/ogg",
};
const DEFAULT_MIME: Record<Kind, string> = {
  photo: "image/jpeg",
  video: "video/mp4",
  document: "application/octet-stream",
};

function mimeFor(name: string, kind: Kind): string {
  const ext = /\.([A-Za-z0-9]+)(?:[?#].*)?$/.exec(name)?.[1]?.toLowerCase() ?? "";
  return MIME_BY_EXT[ext] ?? DEFAULT_MIME[kind];
}

/** Only loopback URLs are fetched: the sandbox has no other network (other URLs are accepted as-is). */
function isLoopback(url: URL): boolean {
  return ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname) || url.hostname.startsWith("127.");
}

async function fetchUrl(url: string, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  // Telegram reports both unreachable and oversized URLs this way (oversized: UNVERIFIED).
  const failed = () => badRequest("failed to get HTTP URL content");
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(10_000)]) });
  } catch {
    throw failed();
  }
  if (!res.ok || Number(res.headers.get("content-length") ?? 0) > maxBytes) throw failed();
  const bytes = Buffer.from(await res.arrayBuffer());
  if (bytes.length > maxBytes) throw failed();
  return bytes;
}

/** Resolve a media parameter: multipart upload, http(s) URL or a known file_id (Telegram's three ways to send a file). */
async function resolveMedia(
  s: TelegramState,
  v: unknown,
  kind: Kind,
  signal: AbortSignal,
): Promise<StoredFile> {
  if (isUpload(v)) {
    if (kind === "photo" && v.size > 10 * MB) throw badRequest("PHOTO_SAVE_FILE_INVALID"); // UNVERIFIED text
    const mime = v.contentType !== "application/octet-stream" ? v.contentType : mimeFor(v.filename, kind);
    return s.registerFile(v.bytes, mime);
  }
  if (typeof v === "string" && /^https?:\/\//i.test(v)) {
    const url = new URL(v);
    // By URL Telegram downloads photos ≤5 MB and other files ≤20 MB itself.
    const bytes = isLoopback(url)
      ? await fetchUrl(v, kind === "photo" ? 5 * MB : 20 * MB, signal)
      : undefined;
    return s.registerFile(bytes, mimeFor(url.pathname, kind));
  }
  if (typeof v === "string" && v !== "") {
    const f = s.files.get(v);
    if (!f) throw new TgError(400, TG_ERRORS.wrongFileId);
    return f;
  }
  throw badRequest(`there is no ${kind} in the request`);
}

/** Width/height from a PNG header or a JPEG frame header; other formats get a plausible default. */
function imageSize(bytes: Buffer | undefined): { width: number; height: number } {
  if (bytes && bytes.length >= 24 && bytes.toString("latin1", 1, 4) === "PNG") {
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  // JPEG: walk the segments to the first start-of-frame (SOF0–SOF3).
  for (let i = 2; bytes && bytes[0] === 0xff && bytes[1] === 0xd8 && i + 9 < bytes.length; ) {
    const marker = bytes[i + 1]!;
    if (marker >= 0xc0 && marker <= 0xc3)
      return { width: bytes.readUInt16BE(i + 7), height: bytes.readUInt16BE(i + 5) };
    i += 2 + bytes.readUInt16BE(i + 2);
  }
  return { width: 1280, height: 720 };
}

/**
 * The sizes Telegram keeps of a photo a user sends, smallest first: a 90 px thumbnail, a 320 px
 * preview and the photo itself, each a file getFile serves. The smaller two hold stand-in bytes
 * that are no image, so a bot that hands a model the wrong size is caught.
 */
export function registerPhotoSizes(s: TelegramState, bytes: Buffer): PhotoSize[] {
  const { width, height } = imageSize(bytes);
  return [90, 320, Math.max(width, height)].map((side, i, all) => {
    const last = i === all.length - 1;
    const scale = Math.min(1, side / Math.max(width, height));
    const f = s.registerFile(last ? bytes : Buffer.from(`stand-in for the ${side} px size`), "image/jpeg", {
      prefix: "AgAC",
    });
    return {
      file_id: f.file_id,
      file_unique_id: f.file_unique_id,
      file_size: f.size,
      width: Math.max(1, Math.round(width * scale)),
      height: Math.max(1, Math.round(height * scale)),
    };
  });
}

/** What every send with a caption checks first: the chat takes messages, the caption fits, the buttons are valid. */
export function captionedSend(s: TelegramState, p: Payload) {
  const chatId = s.resolveChatId(p.chat_id);
  s.assertCanSend(chatId);
  const caption = formatText(
    p.caption === undefined ? "" : String(p.caption),
    p.parse_mode,
    p.caption_entities,
  );
  if (caption.text.length > 1024) throw new TgError(400, TG_ERRORS.captionTooLong);
  const markup = validateReplyMarkup(p.reply_markup);
  return { chatId, caption, markup };
}

async function sendMedia(s: TelegramState, p: Payload, kind: Kind, signal: AbortSignal): Promise<Message> {
  const { chatId, caption, markup } = captionedSend(s, p);
  const file = await resolveMedia(s, p[kind], kind, signal);
  s.checkFlood(chatId);
  const msg = baseMessage(s, chatId, p);
  const ids = { file_id: file.file_id, file_unique_id: file.file_unique_id, file_size: file.size };
  if (kind === "photo") {
    const { width, height } = imageSize(file.bytes);
    const scale = Math.min(1, 90 / Math.max(width, height));
    const thumb = s.registerFile(Buffer.alloc(256), "image/jpeg", { prefix: "AgAC" });
    msg.photo = [
      {
        file_id: thumb.file_id,
        file_unique_id: thumb.file_unique_id,
        file_size: thumb.size,
        width: Math.max(1, Math.round(width * scale)),
        height: Math.max(1, Math.round(height * scale)),
      },
      { ...ids, width, height },
    ];
  } else if (kind === "video") {
    const [width, height, duration] = [
      Number(p.width) || 1280,
      Number(p.height) || 720,
      Number(p.duration) || 1,
    ];
    msg.video = { ...ids, width, height, duration, mime_type: file.mime };
  } else {
    const name = isUpload(p.document) ? p.document.filename : file.file_path.split("/").pop();
    msg.document = { ...ids, mime_type: file.mime, file_name: name };
  }
  if (caption.text) msg.caption = caption.text;
  if (caption.entities.length) msg.caption_entities = caption.entities;
  if (markup) msg.reply_markup = markup;
  s.storeMessage(msg);
  return msg;
}

/** Validate invoice fields against Telegram's limits for Stars invoices; error texts other than STARS_INVOICE_INVALID are UNVERIFIED. */
function validateInvoice(p: Payload): InvoiceRecord {
  const title = reqString(p, "title");
  const description = reqString(p, "description");
  const payload = reqString(p, "payload");
  const currency = reqString(p, "currency");
  if (title.length < 1 || title.length > 32) throw badRequest("INVOICE_TITLE_INVALID");
  if (description.length < 1 || description.length > 255) throw badRequest("INVOICE_DESCRIPTION_INVALID");
  const payloadBytes = Buffer.byteLength(payload, "utf8");
  if (payloadBytes < 1 || payloadBytes > 128) throw badRequest("INVOICE_PAYLOAD_INVALID");
  const prices = p.prices;
  if (!Array.isArray(prices) || prices.length === 0) throw badRequest("can't parse prices JSON object");
  for (const price of prices as { label?: unknown; amount?: unknown }[]) {
    if (typeof price?.label !== "string" || !Number.isInteger(price.amount)) {
      throw badRequest("can't parse prices JSON object");
    }
  }
  const amount = (prices as { amount: number }[]).reduce((sum, x) => sum + x.amount, 0);
  if (currency === "XTR") {
    // Stars: exactly one price, no provider token, no tips (fiat-only features).
    const tips = p.max_tip_amount !== undefined || p.suggested_tip_amounts !== undefined;
    const token = p.provider_token !== undefined && p.provider_token !== "";
    if (prices.length !== 1 || tips || token) throw badRequest("STARS_INVOICE_INVALID");
  } else if (!p.provider_token) throw badRequest("PAYMENT_PROVIDER_INVALID");
  if (amount <= 0) throw badRequest("CURRENCY_TOTAL_AMOUNT_INVALID");
  if (p.subscription_period !== undefined && (p.subscription_period !== 2_592_000 || currency !== "XTR")) {
    throw badRequest("SUBSCRIPTION_PERIOD_INVALID");
  }
  return { title, description, payload, currency, amount };
}

/** Handlers for media, files and payments, keyed by canonical method name. */
export const mediaMethods: Record<string, Handler> = {
  sendPhoto: (s, p, ctx) => sendMedia(s, p, "photo", ctx.signal),
  sendVideo: (s, p, ctx) => sendMedia(s, p, "video", ctx.signal),
  sendDocument: (s, p, ctx) => sendMedia(s, p, "document", ctx.signal),

  getFile(s, p) {
    const f = s.files.get(reqString(p, "file_id"));
    if (!f) throw badRequest("invalid file_id");
    if (f.size > 20 * MB) throw new TgError(400, TG_ERRORS.fileTooBig); // bots may download files of at most 20 MB
    return {
      file_id: f.file_id,
      file_unique_id: f.file_unique_id,
      file_size: f.size,
      file_path: f.file_path,
    };
  },

  sendInvoice(s, p) {
    const chatId = s.resolveChatId(p.chat_id);
    s.assertCanSend(chatId);
    const inv = validateInvoice(p);
    const markup = validateReplyMarkup(p.reply_markup);
    const msg = baseMessage(s, chatId, p);
    msg.invoice = {
      title: inv.title,
      description: inv.description,
      start_parameter: typeof p.start_parameter === "string" ? p.start_parameter : "",
      currency: inv.currency,
      total_amount: inv.amount,
    };
    if (markup) msg.reply_markup = markup;
    s.invoices.push({ ...inv, chat_id: chatId });
    s.storeMessage(msg);
    return msg;
  },

  createInvoiceLink(s, p) {
    const inv = validateInvoice(p);
    const link = `https://t.me/$${randomBytes(12).toString("base64url")}`;
    s.invoices.push({ ...inv, link });
    return link;
  },

  answerPreCheckoutQuery(s, p) {
    const id = reqString(p, "pre_checkout_query_id");
    if (typeof p.ok !== "boolean") throw badRequest('parameter "ok" is required');
    if (!p.ok && !p.error_message) throw badRequest("ERROR_MESSAGE_EMPTY"); // UNVERIFIED text
    const q = s.preCheckouts.get(id) ?? { answered: false, expired: false };
    // After 10 s (or a first answer) Telegram has already cancelled the checkout.
    if (q.answered || q.expired) throw new TgError(400, TG_ERRORS.queryTooOld);
    q.answered = true;
    q.answer = {
      ok: p.ok,
      error_message: p.error_message === undefined ? undefined : String(p.error_message),
    };
    s.preCheckouts.set(id, q);
    q.notify?.();
    return true;
  },

  refundStarPayment(s, p) {
    const userId = reqInt(p, "user_id");
    const charge = s.charges.get(reqString(p, "telegram_payment_charge_id"));
    if (!charge || charge.user_id !== userId) throw badRequest("CHARGE_NOT_FOUND"); // UNVERIFIED text
    if (charge.refunded) throw new TgError(400, TG_ERRORS.chargeAlreadyRefunded);
    charge.refunded = true;
    return true;
  },
};
