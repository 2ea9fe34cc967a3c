/**
 * bench:tts — what a voice reply adds to a turn on this machine, without the provider's own time:
 * converting the provider's audio into an Ogg/Opus voice note (WAV as Kokoro returns it, MP3 as
 * MiniMax and ElevenLabs do; Ogg/Opus from OpenAI or Gemini passes through), for replies of a few
 * lengths, and the longest the event loop was held meanwhile (other chats wait that long).
 * The first conversion also pays for compiling the codecs' WASM, reported apart. `--json` prints
 * one JSON object.
 */
import { execFileSync } from "node:child_process";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { toOggOpus } from "../src/services/speech/ogg-opus.ts";
import { TTS_MP3, TTS_OGG, toneWav } from "../test/fakes/tts-audio.ts";

const json = process.argv.includes("--json");
// Speech runs ~15 characters a second: 10 s ≈ a 150-character reply, 60 s ≈ 900, 180 s ≈ 2,700.
const SECONDS = [3, 10, 60, 180];
const RUNS = 3;

/** An MP3 of `seconds`: the fixture (espeak-ng speech) repeated, frames being self-contained. */
const mp3Of = (seconds: number) =>
  Buffer.concat(Array.from({ length: Math.ceil(seconds / 2.8) }, () => TTS_MP3));

async function measure(make: () => Uint8Array, runs = RUNS) {
  const times: number[] = [];
  // Inputs are made first: building a long test WAV would hold the loop itself.
  const inputs = Array.from({ length: runs }, make);
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  for (const input of inputs) {
    const t = performance.now();
    await toOggOpus(input);
    times.push(performance.now() - t);
  }
  histogram.disable();
  times.sort((a, b) => a - b);
  return {
    median_ms: Math.round(times[Math.floor(times.length / 2)]!),
    max_ms: Math.round(times.at(-1)!),
    loop_block_max_ms: Math.round(histogram.max / 1e6),
  };
}

const cold = performance.now();
await toOggOpus(toneWav(1));
const coldWav = Math.round(performance.now() - cold);
const coldMp3Start = performance.now();
await toOggOpus(TTS_MP3);
const coldMp3 = Math.round(performance.now() - coldMp3Start);

const rows: Record<string, unknown>[] = [];
for (const seconds of SECONDS) {
  rows.push({ format: "wav 24 kHz", seconds, ...(await measure(() => toneWav(seconds, 24_000))) });
  rows.push({ format: "wav 44.1 kHz", seconds, ...(await measure(() => toneWav(seconds, 44_100))) });
  rows.push({ format: "mp3 32 kHz", seconds, ...(await measure(() => mp3Of(seconds))) });
}
rows.push({ format: "ogg/opus (pass-through)", seconds: 4, ...(await measure(() => TTS_OGG)) });

let cpu = "";
try {
  cpu = execFileSync("sh", ["-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"]).toString().trim();
} catch {}
const result = {
  cpu,
  cores: (await import("node:os")).cpus().length,
  first_use_ms: { wav: coldWav, mp3: coldMp3 },
  rows,
};
if (json) console.log(JSON.stringify(result));
else {
  console.log(`Voice-note conversion on ${cpu || "this machine"} (${result.cores} cores), ${RUNS} runs each`);
  console.log(`first use (codec WASM compiled): WAV ${coldWav} ms, MP3 ${coldMp3} ms`);
  console.log("format                   audio s   median ms   max ms   longest loop block ms");
  for (const r of rows) {
    const cells = [
      String(r.format).padEnd(24),
      String(r.seconds).padStart(7),
      String(r.median_ms).padStart(11),
    ];
    console.log([...cells, String(r.max_ms).padStart(8), String(r.loop_block_max_ms).padStart(23)].join(" "));
  }
}
