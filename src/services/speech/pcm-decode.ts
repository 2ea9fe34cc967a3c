/**
 * Audio a TTS provider returns, read into mono PCM so it can be encoded as a voice note: WAV
 * (parsed here: it is a header and samples) and MP3 (libmpg123 compiled to WASM, from the
 * `mpg123-decoder` package, loaded on first use). What the bytes are is decided by their magic
 * numbers, never by the Content-Type a server claims: servers asked for Opus sometimes answer MP3.
 */

export type AudioFormat = "ogg-opus" | "ogg-other" | "wav" | "mp3" | "unknown";

/** Mono samples in [-1, 1] and their rate. */
export interface Pcm {
  samples: Float32Array;
  sampleRate: number;
}

/** Audio this code cannot read (a format it does not know, or a broken file). */
export class AudioFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AudioFormatError";
  }
}

const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));

/** What the bytes are, from their first bytes. */
export function sniffAudio(bytes: Uint8Array): AudioFormat {
  if (bytes.length >= 4 && ascii(bytes, 0, 4) === "OggS") {
    // The first page carries the codec's identification header right after the segment table.
    const headerAt = 27 + (bytes[26] ?? 0);
    return ascii(bytes, headerAt, 8) === "OpusHead" ? "ogg-opus" : "ogg-other";
  }
  if (bytes.length >= 12 && ascii(bytes, 0, 4) === "RIFF" && ascii(bytes, 8, 4) === "WAVE") return "wav";
  if (bytes.length >= 3 && ascii(bytes, 0, 3) === "ID3") return "mp3";
  // An MPEG audio frame header: 11 sync bits, then a layer other than "reserved".
  if (bytes.length >= 2 && bytes[0] === 0xff && (bytes[1]! & 0xe0) === 0xe0 && (bytes[1]! & 0x06) !== 0)
    return "mp3";
  return "unknown";
}

/** Yields to the event loop: decoding and encoding are CPU work done between other chats' turns. */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reads a PCM WAV (8/16/24/32-bit integer or 32/64-bit float, any channel count) into mono. */
export function decodeWav(bytes: Uint8Array): Pcm {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let fmt: { format: number; channels: number; rate: number; bits: number } | undefined;
  let data: { at: number; size: number } | undefined;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = ascii(bytes, at, 4);
    const size = view.getUint32(at + 4, true);
    if (id === "fmt " && at + 24 <= bytes.length) {
      let format = view.getUint16(at + 8, true);
      // WAVE_FORMAT_EXTENSIBLE names the real format in the first two bytes of its sub-format GUID.
      if (format === 0xfffe && size >= 40) format = view.getUint16(at + 32, true);
      fmt = {
        format,
        channels: view.getUint16(at + 10, true),
        rate: view.getUint32(at + 12, true),
        bits: view.getUint16(at + 22, true),
      };
    } else if (id === "data") {
      // Streamed WAVs (some TTS servers) write 0 or 0xFFFFFFFF as the size: take what is there.
      const rest = bytes.length - (at + 8);
      data = { at: at + 8, size: size === 0 || size > rest ? rest : size };
      break;
    }
    at += 8 + size + (size & 1);
  }
  if (!fmt || !data) throw new AudioFormatError("WAV without a fmt or data chunk");
  const { format, channels, rate, bits } = fmt;
  const width = bits / 8;
  const integer = format === 1 && [8, 16, 24, 32].includes(bits);
  const float = format === 3 && (bits === 32 || bits === 64);
  if (!(integer || float) || channels < 1 || rate < 1000)
    throw new AudioFormatError(`WAV format ${format} with ${bits}-bit samples is not supported`);
  const frames = Math.floor(data.size / (width * channels));
  const read = (at: number): number => {
    if (float) return bits === 32 ? view.getFloat32(at, true) : view.getFloat64(at, true);
    if (bits === 8) return (view.getUint8(at) - 128) / 128;
    if (bits === 16) return view.getInt16(at, true) / 32768;
    if (bits === 24) return ((view.getUint8(at + 2) << 24) | (view.getUint16(at, true) << 8)) / 2 ** 31;
    return view.getInt32(at, true) / 2 ** 31;
  };
  const samples = new Float32Array(frames);
  for (let i = 0; i < frames; i++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += read(data.at + (i * channels + c) * width);
    samples[i] = sum / channels;
  }
  return { samples, sampleRate: rate };
}

type MpegDecoder = import("mpg123-decoder").MPEGDecoder;
let mpegDecoder: Promise<MpegDecoder> | undefined;

/** One decoder for the process, created on first use (compiling its WASM takes ~0.2 s). */
async function mpeg(): Promise<MpegDecoder> {
  mpegDecoder ??= import("mpg123-decoder").then(async ({ MPEGDecoder }) => {
    const decoder = new MPEGDecoder();
    await decoder.ready;
    return decoder;
  });
  mpegDecoder.catch(() => {
    mpegDecoder = undefined;
  });
  return mpegDecoder;
}

// The one decoder is shared, and its state spans calls: files are decoded one at a time.
let mpegQueue: Promise<unknown> = Promise.resolve();

/** Decodes an MP3 into mono, 4 KB (about a second of speech) at a time with a yield between pieces. */
export function decodeMp3(bytes: Uint8Array): Promise<Pcm> {
  const run = mpegQueue.then(async () => {
    const decoder = await mpeg();
    await decoder.reset();
    const parts: Float32Array[] = [];
    let sampleRate = 0;
    let errors = 0;
    for (let at = 0; at < bytes.length; at += 4_096) {
      const out = decoder.decode(bytes.subarray(at, at + 4_096));
      errors += out.errors.length;
      if (out.samplesDecoded > 0) {
        sampleRate ||= out.sampleRate;
        const mono = new Float32Array(out.samplesDecoded);
        for (const channel of out.channelData) {
          for (let i = 0; i < mono.length; i++) mono[i]! += channel[i]! / out.channelData.length;
        }
        parts.push(mono);
      }
      await breathe();
    }
    const total = parts.reduce((n, p) => n + p.length, 0);
    if (total === 0 || !sampleRate) throw new AudioFormatError(`MP3 with no audio (${errors} frame errors)`);
    const samples = new Float32Array(total);
    let offset = 0;
    for (const p of parts) {
      samples.set(p, offset);
      offset += p.length;
    }
    return { samples, sampleRate };
  });
  mpegQueue = run.catch(() => {});
  return run;
}

/**
 * The audio at another rate by linear interpolation, read a sample at a time as the encoder goes
 * (a long reply is never copied whole in one go). Only ever used to go up to the next rate Opus
 * accepts (22.05 → 24 kHz, 32 or 44.1 → 48 kHz), where it adds no aliasing.
 */
export function resampled(pcm: Pcm, rate: number): { length: number; at(i: number): number } {
  const { samples } = pcm;
  if (pcm.sampleRate === rate) return { length: samples.length, at: (i) => samples[i] ?? 0 };
  const ratio = pcm.sampleRate / rate;
  return {
    length: Math.floor(samples.length / ratio),
    at(i) {
      const pos = i * ratio;
      const k = Math.floor(pos);
      const a = samples[k] ?? 0;
      return a + ((samples[k + 1] ?? a) - a) * (pos - k);
    },
  };
}
