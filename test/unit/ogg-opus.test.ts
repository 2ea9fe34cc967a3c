/**
 * The voice-note converter: what TTS providers return (WAV at any rate and sample format, MP3,
 * Ogg/Opus) becomes Ogg/Opus that a player reads — checked page by page and decoded back with
 * libopus to see the audio survived (its pitch), not just the container.
 */
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { AudioFormatError, oggOpusSeconds, toOggOpus } from "../../src/services/speech/ogg-opus.ts";
import { decodeWav, sniffAudio } from "../../src/services/speech/pcm-decode.ts";
import { checkOggOpus } from "../fakes/telegram-voice.ts";
import { TTS_MP3, TTS_OGG, toneWav } from "../fakes/tts-audio.ts";

const OpusScript = createRequire(import.meta.url)("opusscript") as typeof import("opusscript");

/** A WAV of a pure tone in any layout the decoder claims to read. */
function wav(opts: {
  rate: number;
  seconds: number;
  hz: number;
  bits: 8 | 16 | 24 | 32;
  float?: boolean;
  channels?: number;
}) {
  const channels = opts.channels ?? 1;
  const width = opts.bits / 8;
  const n = Math.round(opts.rate * opts.seconds);
  const buf = Buffer.alloc(44 + n * width * channels);
  buf.write("RIFF", 0, "latin1");
  buf.writeUInt32LE(buf.length - 8, 4);
  buf.write("WAVEfmt ", 8, "latin1");
  buf.writeUInt32LE(16, 16);
  buf.writeUInt16LE(opts.float ? 3 : 1, 20);
  buf.writeUInt16LE(channels, 22);
  buf.writeUInt32LE(opts.rate, 24);
  buf.writeUInt32LE(opts.rate * width * channels, 28);
  buf.writeUInt16LE(width * channels, 32);
  buf.writeUInt16LE(opts.bits, 34);
  buf.write("data", 36, "latin1");
  buf.writeUInt32LE(n * width * channels, 40);
  for (let i = 0; i < n; i++) {
    const s = 0.5 * Math.sin((2 * Math.PI * opts.hz * i) / opts.rate);
    for (let c = 0; c < channels; c++) {
      const at = 44 + (i * channels + c) * width;
      if (opts.float) buf.writeFloatLE(s, at);
      else if (opts.bits === 8) buf.writeUInt8(Math.round(128 + s * 127), at);
      else if (opts.bits === 16) buf.writeInt16LE(Math.round(s * 32767), at);
      else if (opts.bits === 24) buf.writeIntLE(Math.round(s * 8388607), at, 3);
      else buf.writeInt32LE(Math.round(s * 2147483647), at);
    }
  }
  return buf;
}

/** Decodes every audio packet of an Ogg/Opus file with libopus and returns the 48 kHz samples. */
function decodeOgg(bytes: Uint8Array): Int16Array {
  const buf = Buffer.from(bytes);
  const packets: Buffer[] = [];
  let partial: Buffer[] = [];
  for (let at = 0; at < buf.length; ) {
    const segments = buf[at + 26]!;
    let offset = at + 27 + segments;
    for (let i = 0; i < segments; i++) {
      const n = buf[at + 27 + i]!;
      partial.push(buf.subarray(offset, offset + n));
      offset += n;
      if (n < 255) {
        packets.push(Buffer.concat(partial));
        partial = [];
      }
    }
    at = offset;
  }
  const decoder = new OpusScript(48_000, 1);
  const out: number[] = [];
  for (const p of packets.slice(2)) {
    const pcm = decoder.decode(p);
    for (let i = 0; i + 1 < pcm.length; i += 2) out.push(pcm.readInt16LE(i));
  }
  decoder.delete();
  return Int16Array.from(out);
}

/** The dominant frequency of a signal, from its zero crossings (after the encoder's start-up). */
function pitchOf(samples: Int16Array, rate = 48_000): number {
  const body = samples.subarray(rate / 10, samples.length - rate / 10);
  let crossings = 0;
  for (let i = 1; i < body.length; i++) if (body[i - 1]! < 0 !== body[i]! < 0) crossings++;
  return crossings / 2 / (body.length / rate);
}

describe("toOggOpus", () => {
  const layouts = [
    { rate: 24_000, bits: 16 },
    { rate: 22_050, bits: 16 },
    { rate: 16_000, bits: 8 },
    { rate: 44_100, bits: 24, channels: 2 },
    { rate: 48_000, bits: 32, float: true },
    { rate: 32_000, bits: 32 },
  ] as const;
  for (const layout of layouts) {
    it(`re-encodes a ${layout.rate} Hz ${layout.bits}-bit${"float" in layout ? " float" : ""} WAV and keeps its sound`, async () => {
      const note = await toOggOpus(wav({ ...layout, seconds: 1.5, hz: 440 }));
      expect(note).toMatchObject({ source: "wav", converted: true, durationSeconds: 2 });
      const check = checkOggOpus(Buffer.from(note.bytes));
      expect(check).toMatchObject({ ok: true, channels: 1, inputRate: layout.rate });
      expect(check.ok && check.seconds).toBeCloseTo(1.5, 2);
      expect(oggOpusSeconds(note.bytes)).toBeCloseTo(1.5, 2);
      expect(pitchOf(decodeOgg(note.bytes))).toBeGreaterThan(430);
      expect(pitchOf(decodeOgg(note.bytes))).toBeLessThan(450);
    });
  }

  it("re-encodes MP3 (MiniMax's default) to the same length", async () => {
    const note = await toOggOpus(TTS_MP3);
    expect(note).toMatchObject({ source: "mp3", converted: true });
    const check = checkOggOpus(Buffer.from(note.bytes));
    expect(check.ok).toBe(true);
    // 11,376 bytes at 32 kbit/s: about 2.8 s of speech.
    expect(check.ok && check.seconds).toBeGreaterThan(2.5);
    expect(check.ok && check.seconds).toBeLessThan(3.1);
    const samples = decodeOgg(note.bytes);
    const rms = Math.sqrt(samples.reduce((s, x) => s + x * x, 0) / samples.length);
    expect(rms).toBeGreaterThan(300); // speech, not silence
  });

  it("passes Ogg/Opus through untouched", async () => {
    const note = await toOggOpus(TTS_OGG);
    expect(note).toMatchObject({ source: "ogg-opus", converted: false, durationSeconds: 4 });
    expect(Buffer.from(note.bytes).equals(TTS_OGG)).toBe(true);
  });

  it("refuses what it cannot read, with AudioFormatError", async () => {
    const vorbis = Buffer.from(TTS_OGG);
    vorbis.write("\x01vorbis\0", 28, "latin1");
    await expect(toOggOpus(vorbis)).rejects.toBeInstanceOf(AudioFormatError);
    await expect(toOggOpus(Buffer.from("not audio at all"))).rejects.toBeInstanceOf(AudioFormatError);
    await expect(toOggOpus(Buffer.from('{"error":"x"}'))).rejects.toBeInstanceOf(AudioFormatError);
    const empty = toneWav(0);
    await expect(toOggOpus(empty)).rejects.toBeInstanceOf(AudioFormatError);
    const adpcm = wav({ rate: 8_000, bits: 16, seconds: 0.1, hz: 200 });
    adpcm.writeUInt16LE(2, 20); // MS ADPCM
    expect(() => decodeWav(adpcm)).toThrow(AudioFormatError);
  });

  it("tells formats by their bytes, not their names", () => {
    expect(sniffAudio(TTS_OGG)).toBe("ogg-opus");
    expect(sniffAudio(TTS_MP3)).toBe("mp3");
    expect(sniffAudio(toneWav())).toBe("wav");
    expect(sniffAudio(Buffer.from([0xff, 0xfb, 0x90, 0x00]))).toBe("mp3");
    expect(sniffAudio(Buffer.from("fLaC"))).toBe("unknown");
  });

  it("a WAV streamed with an unknown data size still decodes to its samples", () => {
    const streamed = toneWav(0.5, 24_000);
    streamed.writeUInt32LE(0xffffffff, 40);
    expect(decodeWav(streamed).samples.length).toBe(12_000);
  });
});
