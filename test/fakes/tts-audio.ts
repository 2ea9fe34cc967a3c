/**
 * Speech the fake providers return, as real audio a decoder can read: WAV made here (a voiced
 * tone at Kokoro's 24 kHz), an MP3 of espeak-ng speech (lame, 32 kHz like MiniMax's default) and
 * the Ogg/Opus voice-note fixture. Plus the two TTS protocols the fakes speak: FAL's TTS
 * endpoints (input fields per family, `{audio: File}` out) and OpenAI's `/audio/speech`.
 */
import fs from "node:fs";
import path from "node:path";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
/** espeak-ng saying a sentence, through lame at 32 kbit/s, 32 kHz mono. */
export const TTS_MP3 = fs.readFileSync(path.join(FIXTURES, "tts-reply.mp3"));
/** A real 4-second Ogg/Opus voice note. */
export const TTS_OGG = fs.readFileSync(path.join(FIXTURES, "voice-note.ogg"));

/** A 16-bit mono PCM WAV: a 180 Hz voiced tone with a slow tremolo, `seconds` long. */
export function toneWav(seconds = 1.5, rate = 24_000): Buffer {
  const n = Math.round(seconds * rate);
  const wav = Buffer.alloc(44 + n * 2);
  wav.write("RIFF", 0, "latin1");
  wav.writeUInt32LE(36 + n * 2, 4);
  wav.write("WAVEfmt ", 8, "latin1");
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(rate, 24);
  wav.writeUInt32LE(rate * 2, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write("data", 36, "latin1");
  wav.writeUInt32LE(n * 2, 40);
  for (let i = 0; i < n; i++) {
    const t = i / rate;
    const s = 0.4 * Math.sin(2 * Math.PI * 180 * t) * (0.6 + 0.4 * Math.sin(2 * Math.PI * 3 * t));
    wav.writeInt16LE(Math.round(s * 32767), 44 + i * 2);
  }
  return wav;
}

export type SpeechFormat = "wav" | "mp3" | "ogg" | "pcm";

export const speechAudio = (format: SpeechFormat): { bytes: Buffer; contentType: string } => {
  switch (format) {
    case "wav":
      return { bytes: toneWav(), contentType: "audio/wav" };
    case "mp3":
      return { bytes: TTS_MP3, contentType: "audio/mpeg" };
    case "ogg":
      return { bytes: TTS_OGG, contentType: "audio/ogg" };
    case "pcm":
      return { bytes: toneWav().subarray(44), contentType: "audio/pcm" };
  }
};

export const isTtsEndpoint = (endpoint: string) =>
  /kokoro|\/tts|minimax\/(preview\/)?speech-|gemini-tts|dia-tts/.test(endpoint);

type Outcome = { type: "ok"; output: unknown } | { type: "error"; status: number; body: unknown };

const missing = (field: string): Outcome => ({
  type: "error",
  status: 422,
  body: { detail: [{ loc: ["body", field], msg: "field required", type: "value_error.missing" }] },
});

/**
 * A FAL TTS job's outcome, validated like the endpoint's schema: Kokoro and Gemini and MiniMax
 * 2.x take `prompt`, ElevenLabs and MiniMax Speech-02 take `text`; MiniMax needs `output_format:
 * "url"` for a URL (its default is hex). Kokoro answers WAV, MiniMax and ElevenLabs MP3 (MiniMax
 * with `duration_ms`), Gemini the `output_format` asked for. `store` serves the file and returns its URL.
 */
export function falTtsOutcome(
  endpoint: string,
  input: Record<string, unknown>,
  store: (name: string, audio: { bytes: Buffer; contentType: string }) => string,
): Outcome {
  const promptField = /kokoro|gemini|minimax\/(preview\/)?speech-2/.test(endpoint) ? "prompt" : "text";
  const text = input[promptField];
  if (typeof text !== "string" || text.trim() === "") return missing(promptField);
  if (/minimax/.test(endpoint) && input.output_format !== "url") {
    // Hex audio in the JSON: a URL-less answer a client expecting a file cannot use.
    return { type: "ok", output: { audio: { url: "", content_type: "audio/mpeg" }, hex: "49443303" } };
  }
  let format: SpeechFormat = /kokoro/.test(endpoint) ? "wav" : "mp3";
  if (/gemini/.test(endpoint)) {
    const asked = input.output_format ?? "mp3";
    format = asked === "ogg_opus" ? "ogg" : asked === "wav" ? "wav" : "mp3";
  }
  const audio = speechAudio(format);
  const ext = format === "ogg" ? "ogg" : format;
  const url = store(`speech-${Date.now()}-${Math.random().toString(36).slice(2)}.${ext}`, audio);
  const file = {
    url,
    content_type: audio.contentType,
    file_name: `output.${ext}`,
    file_size: audio.bytes.length,
  };
  return {
    type: "ok",
    output: /minimax/.test(endpoint) ? { audio: file, duration_ms: 1500 } : { audio: file },
  };
}

/** How the fake answers one `POST /v1/audio/speech`. */
export interface SpeechBehaviour {
  /** Answer in this format whatever was asked (servers that only make MP3 or WAV). */
  format?: SpeechFormat;
  delayMs?: number;
  status?: number;
  error?: { message: string; type: string };
}

/** A recorded `/audio/speech` request. */
export interface SpeechRequest {
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
  status: number;
}

const OPENAI_VOICES = new Set(
  "alloy ash ballad coral echo fable onyx nova sage shimmer verse marin cedar".split(" "),
);
const FORMATS: Record<string, SpeechFormat> = { mp3: "mp3", opus: "ogg", wav: "wav", pcm: "pcm" };

/**
 * The answer to one `/audio/speech` request, following OpenAI's protocol: JSON body with `model`,
 * `input` (≤ 4096 characters) and `voice` (a known name or `{id}`); binary audio in
 * `response_format` (default mp3; opus comes as Ogg/Opus); errors in OpenAI's envelope.
 */
export function speechAnswer(
  body: unknown,
  b: SpeechBehaviour,
): { status: number; contentType: string; bytes: Buffer } {
  const fail = (status: number, message: string, param: string | null = null) => ({
    status,
    contentType: "application/json",
    bytes: Buffer.from(
      JSON.stringify({ error: { message, type: "invalid_request_error", param, code: null } }),
    ),
  });
  const req = (body ?? {}) as Record<string, unknown>;
  if (typeof req.model !== "string" || !req.model)
    return fail(400, "you must provide a model parameter", "model");
  if (typeof req.input !== "string" || !req.input)
    return fail(400, "Missing required parameter: 'input'.", "input");
  if (req.input.length > 4096)
    return fail(400, "string too long. Expected a string with maximum length 4096", "input");
  const voice = req.voice;
  const voiceOk =
    (typeof voice === "string" && OPENAI_VOICES.has(voice)) ||
    (typeof voice === "object" && voice !== null && typeof (voice as { id?: unknown }).id === "string");
  if (!voiceOk) return fail(400, `Invalid value for 'voice': ${JSON.stringify(voice)}`, "voice");
  const asked = String(req.response_format ?? "mp3");
  if (!(asked in FORMATS) && !["aac", "flac"].includes(asked))
    return fail(400, `Invalid value for 'response_format': '${asked}'`, "response_format");
  if (b.status && b.status >= 400) {
    const error = b.error ?? { message: "The server had an error", type: "server_error" };
    return {
      status: b.status,
      contentType: "application/json",
      bytes: Buffer.from(JSON.stringify({ error: { ...error, param: null, code: null } })),
    };
  }
  const audio = speechAudio(b.format ?? FORMATS[asked] ?? "mp3");
  return { status: 200, contentType: audio.contentType, bytes: audio.bytes };
}
