/**
 * Turning whatever a TTS provider returns into what Telegram plays as a voice note: Opus in an Ogg
 * container (RFC 7845), uploaded as audio/ogg. Ogg/Opus passes through untouched; WAV and MP3 are
 * decoded to PCM (pcm-decode.ts), encoded with libopus and muxed here.
 *
 * Why libopus as WASM (the `opusscript` package) rather than ffmpeg: the service runs with nothing
 * installed (embedded database, in-process cache), and an ffmpeg binary would be the one thing a
 * deployment must bring from its OS; the npm packages that bundle one download it at install time,
 * which fails offline. opusscript ships libopus 1.4 compiled to WASM inside the package (MIT,
 * ~1 MB, no install step) and is the most used Opus encoder on npm. Encoding is CPU work on the
 * main thread, tens of times faster than real time, so it runs 100 ms of audio at a time with a
 * yield in between: other chats wait a few milliseconds for it, not the whole conversion.
 */
import {
  AudioFormatError,
  breathe,
  decodeMp3,
  decodeWav,
  type Pcm,
  resampled,
  sniffAudio,
} from "./pcm-decode.ts";

export { AudioFormatError } from "./pcm-decode.ts";

/** A voice note ready for sendVoice. */
export interface OggOpus {
  bytes: Uint8Array;
  /** Whole seconds, rounded up (sendVoice's `duration`). */
  durationSeconds: number;
  /** What the provider's audio was, and whether it had to be re-encoded. */
  source: ReturnType<typeof sniffAudio>;
  converted: boolean;
}

/** Rates libopus encodes at; audio is brought up to the nearest one. */
const OPUS_RATES = [8_000, 12_000, 16_000, 24_000, 48_000] as const;
const FRAME_MS = 20;
/**
 * libopus's encoder delay (2.5 ms look-ahead + 4 ms delay compensation), in 48 kHz samples at
 * every rate: the decoder drops this much from the start (OpusHead pre-skip).
 */
const PRE_SKIP = 312;
const FRAMES_PER_PAGE = 50;
// A yield every 100 ms of audio: the loop is held a few milliseconds at a time.
const FRAMES_PER_BREATH = 5;
const OPUS_SET_SIGNAL = 4024;
const OPUS_SIGNAL_VOICE = 3001;
const OPUS_SET_COMPLEXITY = 4010;
/** Half libopus's default effort: about half the CPU, and no audible difference for speech at 24–32 kbit/s. */
const COMPLEXITY = 5;

type OpusEncoderClass = typeof import("opusscript");
let opusModule: Promise<OpusEncoderClass> | undefined;

/** The encoder class, loaded on first use (its WASM compiles in ~60 ms). */
function opus(): Promise<OpusEncoderClass> {
  // A CommonJS module: its class is the default export.
  opusModule ??= import("opusscript").then((m) => m.default);
  opusModule.catch(() => {
    opusModule = undefined;
  });
  return opusModule;
}

/** Loads the WASM codecs ahead of the first voice reply, so it does not pay for it. */
export async function warmUpCodecs(): Promise<void> {
  await opus();
}

// Ogg's CRC-32: polynomial 0x04C11DB7, not reflected, zero initial value.
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let r = i << 24;
    for (let j = 0; j < 8; j++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
    table[i] = r >>> 0;
  }
  return table;
})();

function oggCrc(bytes: Uint8Array): number {
  let crc = 0;
  for (const b of bytes) crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ b) & 0xff]!) >>> 0;
  return crc;
}

/** One Ogg page holding whole packets (header type: 2 = first page, 4 = last page). */
function oggPage(packets: Uint8Array[], granule: number, seq: number, serial: number, type: number) {
  const lacing: number[] = [];
  for (const p of packets) {
    let n = p.length;
    for (; n >= 255; n -= 255) lacing.push(255);
    lacing.push(n);
  }
  const bodySize = packets.reduce((s, p) => s + p.length, 0);
  const page = Buffer.alloc(27 + lacing.length + bodySize);
  page.write("OggS", 0, "latin1");
  page[5] = type;
  page.writeBigInt64LE(BigInt(granule), 6);
  page.writeUInt32LE(serial, 14);
  page.writeUInt32LE(seq, 18);
  page[26] = lacing.length;
  page.set(lacing, 27);
  let at = 27 + lacing.length;
  for (const p of packets) {
    page.set(p, at);
    at += p.length;
  }
  page.writeUInt32LE(oggCrc(page), 22);
  return page;
}

function opusHead(inputRate: number): Buffer {
  const head = Buffer.alloc(19);
  head.write("OpusHead", 0, "latin1");
  head[8] = 1; // version
  head[9] = 1; // mono
  head.writeUInt16LE(PRE_SKIP, 10);
  head.writeUInt32LE(inputRate, 12);
  head.writeInt16LE(0, 16); // output gain
  head[18] = 0; // channel mapping family 0: mono or stereo, no table
  return head;
}

function opusTags(): Buffer {
  const vendor = Buffer.from("velro (libopus 1.4)");
  const tags = Buffer.alloc(8 + 4 + vendor.length + 4);
  tags.write("OpusTags", 0, "latin1");
  tags.writeUInt32LE(vendor.length, 8);
  vendor.copy(tags, 12);
  tags.writeUInt32LE(0, 12 + vendor.length); // no user comments
  return tags;
}

/** Encodes mono PCM as an Ogg/Opus voice note. */
export async function encodeOggOpus(pcm: Pcm): Promise<OggOpus> {
  const rate = OPUS_RATES.find((r) => r >= pcm.sampleRate) ?? 48_000;
  const samples = resampled(pcm, rate);
  const OpusScript = await opus();
  const encoder = new OpusScript(rate as 48000, 1, OpusScript.Application.VOIP);
  try {
    encoder.setBitrate(rate >= 48_000 ? 32_000 : 24_000);
    encoder.encoderCTL(OPUS_SET_SIGNAL, OPUS_SIGNAL_VOICE);
    encoder.encoderCTL(OPUS_SET_COMPLEXITY, COMPLEXITY);
    const frame = (rate * FRAME_MS) / 1000;
    const perFrame48k = (48_000 * FRAME_MS) / 1000;
    const serial = (Math.random() * 2 ** 32) >>> 0;
    const pages: Buffer[] = [oggPage([opusHead(pcm.sampleRate)], 0, 0, serial, 2)];
    pages.push(oggPage([opusTags()], 0, 1, serial, 0));
    // Enough frames to push the look-ahead's worth of real audio out of the encoder too.
    const frames = Math.max(1, Math.ceil((samples.length + (PRE_SKIP * rate) / 48_000) / frame));
    const pcm16 = Buffer.alloc(frame * 2);
    let pending: Buffer[] = [];
    for (let f = 0; f < frames; f++) {
      pcm16.fill(0);
      const start = f * frame;
      const end = Math.min(samples.length, start + frame);
      for (let i = start; i < end; i++) {
        const s = Math.max(-1, Math.min(1, samples.at(i)));
        pcm16.writeInt16LE(Math.round(s * 32767), (i - start) * 2);
      }
      pending.push(encoder.encode(pcm16, frame));
      const last = f === frames - 1;
      if (pending.length === FRAMES_PER_PAGE || last) {
        // The last page's granule marks where the audio ends, so players trim the padding.
        // Granules count 48 kHz samples including the pre-skip.
        const granule = last
          ? PRE_SKIP + Math.round((samples.length * 48_000) / rate)
          : (f + 1) * perFrame48k;
        pages.push(oggPage(pending, granule, pages.length, serial, last ? 4 : 0));
        pending = [];
      }
      if (f % FRAMES_PER_BREATH === FRAMES_PER_BREATH - 1) await breathe();
    }
    const bytes = Buffer.concat(pages);
    return {
      bytes,
      durationSeconds: Math.max(1, Math.ceil(samples.length / rate)),
      source: "unknown",
      converted: true,
    };
  } finally {
    encoder.delete();
  }
}

/** The playing time of an Ogg/Opus file, from its last page's granule position; null if unreadable. */
export function oggOpusSeconds(bytes: Uint8Array): number | null {
  if (sniffAudio(bytes) !== "ogg-opus") return null;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headAt = 27 + buf[26]!;
  const preSkip = buf.readUInt16LE(headAt + 10);
  // The last page starts at the last "OggS" capture pattern.
  const last = buf.lastIndexOf("OggS", undefined, "latin1");
  if (last < 0 || last + 14 > buf.length) return null;
  const granule = Number(buf.readBigInt64LE(last + 6));
  return granule > preSkip ? (granule - preSkip) / 48_000 : 0;
}

/**
 * The provider's audio as an Ogg/Opus voice note: passed through when it already is one,
 * re-encoded from WAV or MP3. Throws AudioFormatError for anything else.
 */
export async function toOggOpus(bytes: Uint8Array): Promise<OggOpus> {
  const source = sniffAudio(bytes);
  if (source === "ogg-opus") {
    const seconds = oggOpusSeconds(bytes);
    return { bytes, durationSeconds: Math.max(1, Math.ceil(seconds ?? 1)), source, converted: false };
  }
  let pcm: Pcm;
  if (source === "wav") pcm = decodeWav(bytes);
  else if (source === "mp3") pcm = await decodeMp3(bytes);
  else
    throw new AudioFormatError(`cannot convert ${source === "ogg-other" ? "Ogg (not Opus)" : "this audio"}`);
  if (pcm.samples.length === 0) throw new AudioFormatError(`${source} with no samples`);
  return { ...(await encodeOggOpus(pcm)), source };
}
