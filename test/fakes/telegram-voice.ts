/**
 * sendVoice in the fake Bot API, with Telegram's rules for what becomes a voice note: an upload
 * is one when it is OGG/Opus (or MP3 / M4A, which the docs also accept); a URL must point at
 * audio/ogg of at most 1 MB, and 1–20 MB by URL arrives as a file. A voice upload is checked like
 * a player would read it — Ogg pages with valid CRCs, an OpusHead, OpusTags, a last page — so a
 * bot that sends WAV or a broken Ogg gets a document, not a voice note, and its test fails.
 * What Telegram does with other uploaded formats is UNVERIFIED; a document is the documented
 * "other formats may be sent as Audio or Document".
 */
import type { Message } from "grammy/types";
import { badRequest, isUpload, type Payload, TG_ERRORS, TgError } from "./telegram-http.ts";
import { captionedSend } from "./telegram-media.ts";
import { baseMessage, type Handler } from "./telegram-methods.ts";
import type { StoredFile, TelegramState } from "./telegram-state.ts";

const MB = 1024 * 1024;

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let r = i << 24;
    for (let j = 0; j < 8; j++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
    t[i] = r >>> 0;
  }
  return t;
})();

function pageCrc(page: Buffer): number {
  let crc = 0;
  for (let i = 0; i < page.length; i++) {
    const b = i >= 22 && i < 26 ? 0 : page[i]!; // the CRC field counts as zero
    crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ b) & 0xff]!) >>> 0;
  }
  return crc;
}

export type OggOpusCheck =
  | { ok: true; seconds: number; channels: number; inputRate: number; pages: number }
  | { ok: false; why: string };

/** Reads an Ogg/Opus file page by page (RFC 3533 framing, RFC 7845 headers) and says what is wrong. */
export function checkOggOpus(bytes: Buffer): OggOpusCheck {
  const packets: Buffer[] = [];
  let partial: Buffer[] = [];
  let at = 0;
  let pages = 0;
  let lastGranule = 0n;
  let sawEos = false;
  while (at < bytes.length) {
    if (bytes.toString("latin1", at, at + 4) !== "OggS")
      return { ok: false, why: `no OggS capture at ${at}` };
    if (at + 27 > bytes.length) return { ok: false, why: "truncated page header" };
    if (bytes[at + 4] !== 0) return { ok: false, why: "unknown Ogg version" };
    const type = bytes[at + 5]!;
    if (pages === 0 && !(type & 2)) return { ok: false, why: "first page lacks beginning-of-stream" };
    const segments = bytes[at + 26]!;
    const lacing = bytes.subarray(at + 27, at + 27 + segments);
    const bodySize = lacing.reduce((s, n) => s + n, 0);
    const end = at + 27 + segments + bodySize;
    if (end > bytes.length) return { ok: false, why: "truncated page body" };
    const page = bytes.subarray(at, end);
    if (page.readUInt32LE(22) !== pageCrc(page)) return { ok: false, why: `bad CRC on page ${pages}` };
    let offset = at + 27 + segments;
    for (const n of lacing) {
      partial.push(bytes.subarray(offset, offset + n));
      offset += n;
      if (n < 255) {
        packets.push(Buffer.concat(partial));
        partial = [];
      }
    }
    lastGranule = page.readBigInt64LE(6);
    sawEos = (type & 4) !== 0;
    pages++;
    at = end;
  }
  const head = packets[0];
  if (head?.toString("latin1", 0, 8) !== "OpusHead") return { ok: false, why: "no OpusHead packet" };
  if (head.length < 19 || head[8] !== 1) return { ok: false, why: "bad OpusHead" };
  if (packets[1]?.toString("latin1", 0, 8) !== "OpusTags") return { ok: false, why: "no OpusTags packet" };
  if (packets.length < 3) return { ok: false, why: "no audio packets" };
  if (!sawEos) return { ok: false, why: "last page lacks end-of-stream" };
  const preSkip = head.readUInt16LE(10);
  const seconds = Math.max(0, Number(lastGranule) - preSkip) / 48_000;
  return { ok: true, seconds, channels: head[9]!, inputRate: head.readUInt32LE(12), pages };
}

/** What a voice upload is, by its bytes: the three formats sendVoice documents, or neither. */
function voiceFormat(bytes: Buffer): { mime: string; seconds?: number } | null {
  if (bytes.toString("latin1", 0, 4) === "OggS") {
    const check = checkOggOpus(bytes);
    return check.ok ? { mime: "audio/ogg", seconds: check.seconds } : null;
  }
  if (bytes.toString("latin1", 0, 3) === "ID3" || (bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0))
    return { mime: "audio/mpeg" };
  if (bytes.toString("latin1", 4, 8) === "ftyp") return { mime: "audio/mp4" };
  return null;
}

async function sendVoice(s: TelegramState, p: Payload, signal: AbortSignal): Promise<Message> {
  const { chatId, caption, markup } = captionedSend(s, p);
  const v = p.voice;
  let file: StoredFile;
  let format: { mime: string; seconds?: number } | null;
  if (isUpload(v)) {
    format = voiceFormat(v.bytes);
    file = s.registerFile(v.bytes, format?.mime ?? (v.contentType || "application/octet-stream"));
  } else if (typeof v === "string" && /^https?:\/\//i.test(v)) {
    // By URL: audio/ogg up to 1 MB is a voice note, 1–20 MB arrives as a file.
    const res = await fetch(v, { signal: AbortSignal.any([signal, AbortSignal.timeout(10_000)]) }).catch(
      () => null,
    );
    if (!res?.ok) throw badRequest("failed to get HTTP URL content");
    const bytes = Buffer.from(await res.arrayBuffer());
    if (bytes.length > 20 * MB) throw badRequest("failed to get HTTP URL content");
    const ogg = (res.headers.get("content-type") ?? "").startsWith("audio/ogg");
    format = ogg && bytes.length <= MB ? voiceFormat(bytes) : null;
    file = s.registerFile(bytes, format?.mime ?? "application/octet-stream");
  } else if (typeof v === "string" && v !== "") {
    const known = s.files.get(v);
    if (!known) throw new TgError(400, TG_ERRORS.wrongFileId);
    file = known;
    format = known.bytes ? voiceFormat(known.bytes) : { mime: known.mime };
  } else throw badRequest("there is no voice in the request");
  s.checkFlood(chatId);
  const msg = baseMessage(s, chatId, p);
  const ids = { file_id: file.file_id, file_unique_id: file.file_unique_id, file_size: file.size };
  if (format) {
    const duration = Number(p.duration) || Math.ceil(format.seconds ?? 1);
    msg.voice = { ...ids, duration, mime_type: format.mime };
  } else {
    msg.document = { ...ids, mime_type: file.mime, file_name: isUpload(v) ? v.filename : "file" };
  }
  if (caption.text) msg.caption = caption.text;
  if (caption.entities.length) msg.caption_entities = caption.entities;
  if (markup) msg.reply_markup = markup;
  s.storeMessage(msg);
  return msg;
}

/** Voice handlers, keyed by canonical method name. */
export const voiceMethods: Record<string, Handler> = {
  sendVoice: (s, p, ctx) => sendVoice(s, p, ctx.signal),
};
