/**
 * Text-to-speech on FAL: the catalogue's `tts` endpoint through the queue (submit, poll, result),
 * then the audio file it names is downloaded. FAL's speech models disagree on nearly everything —
 * the text field (`text` or `prompt`), how a voice is chosen, the format they return (Kokoro WAV,
 * MiniMax and ElevenLabs MP3, Gemini whatever is asked) — so the input is built per family.
 */
import { FalCallError, type FalGateway } from "../generation/fal-gateway.ts";
import { subscribe } from "../generation/fal-subscribe.ts";
import type { TextToSpeech, VoiceFamily } from "./tts-types.ts";
import { SpeechError } from "./types.ts";

/** Which model family an endpoint id belongs to (decides input fields and voice names). */
export function falVoiceFamily(endpoint: string): VoiceFamily {
  if (/kokoro/.test(endpoint)) return "kokoro";
  if (/elevenlabs/.test(endpoint)) return "elevenlabs";
  if (/minimax/.test(endpoint)) return "minimax";
  if (/gemini/.test(endpoint)) return "gemini";
  return "other";
}

/** The endpoint's input for one text in one voice, following its schema. */
export function ttsInput(endpoint: string, text: string, voice: string): Record<string, unknown> {
  switch (falVoiceFamily(endpoint)) {
    case "kokoro":
      return { prompt: text, voice };
    case "elevenlabs":
      return { text, voice };
    case "minimax": {
      // Speech-02 takes `text`; the 2.x models renamed it `prompt`. The audio is asked for as a
      // URL: the default is hex in the JSON.
      const field = /speech-02/.test(endpoint) ? "text" : "prompt";
      return {
        [field]: text,
        voice_setting: { voice_id: voice },
        language_boost: "auto",
        output_format: "url",
      };
    }
    case "gemini":
      // Gemini can answer in Ogg/Opus itself: nothing to convert.
      return { prompt: text, voice, output_format: "ogg_opus" };
    default:
      // An endpoint this code does not know: its own default voice unless TTS_VOICES names one.
      return voice ? { text, voice } : { text };
  }
}

/** Most characters per request: MiniMax documents 5000; the others are kept to OpenAI's 4096. */
const maxCharsOf = (endpoint: string) => (falVoiceFamily(endpoint) === "minimax" ? 5_000 : 4_096);

/** The audio file out of a TTS output (`{audio: File}`), or null. */
export function audioFileOf(data: unknown): { url: string; contentType?: string } | null {
  const audio = (data as { audio?: { url?: unknown; content_type?: unknown } } | null)?.audio;
  if (!audio || typeof audio.url !== "string" || audio.url === "") return null;
  return {
    url: audio.url,
    contentType: typeof audio.content_type === "string" ? audio.content_type : undefined,
  };
}

export function createFalTextToSpeech(deps: {
  gateway: FalGateway;
  endpoint: string;
  /** Deadline for queue, result and download together. */
  timeoutMs: number;
  fetch?: typeof fetch;
}): TextToSpeech {
  const { gateway, endpoint } = deps;
  const doFetch = deps.fetch ?? globalThis.fetch;

  async function run(text: string, voice: string, signal: AbortSignal) {
    const file = audioFileOf(await subscribe(gateway, endpoint, ttsInput(endpoint, text, voice), signal));
    if (!file) throw new SpeechError("unavailable", "the TTS output names no audio file");
    const res = await doFetch(file.url, { signal });
    if (!res.ok)
      throw new SpeechError("unavailable", `audio download answered HTTP ${res.status}`, res.status);
    const bytes = new Uint8Array(await res.arrayBuffer());
    if (bytes.length === 0) throw new SpeechError("unavailable", "empty audio file");
    return { bytes, contentType: file.contentType ?? res.headers.get("content-type") ?? undefined };
  }

  return {
    provider: "fal",
    model: endpoint,
    family: falVoiceFamily(endpoint),
    maxChars: maxCharsOf(endpoint),
    async synthesize(text, voice, outer) {
      const deadline = AbortSignal.timeout(deps.timeoutMs);
      const signal = outer ? AbortSignal.any([deadline, outer]) : deadline;
      try {
        return await run(text, voice, signal);
      } catch (err) {
        if (err instanceof SpeechError) throw err;
        if (deadline.aborted) throw new SpeechError("unavailable", `no speech within ${deps.timeoutMs} ms`);
        if (err instanceof FalCallError) {
          const refused =
            err.status !== undefined && err.status >= 400 && err.status < 500 && err.status !== 429;
          throw new SpeechError(refused ? "rejected" : "unavailable", err.message, err.status, err.body);
        }
        throw new SpeechError("unavailable", (err as Error)?.message ?? String(err));
      }
    },
  };
}
