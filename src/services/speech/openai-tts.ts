/**
 * Text-to-speech on an OpenAI-compatible server: `POST {base}/audio/speech` with JSON, binary
 * audio back. Opus is asked for, which OpenAI returns as Ogg/Opus (a voice note as it is); servers
 * that only make MP3 or WAV answer with those, and the caller converts.
 */
import { errorDetail } from "./openai-stt.ts";
import { audioEndpoint, type OpenAiAudioServer } from "./provider.ts";
import type { TextToSpeech } from "./tts-types.ts";
import { SpeechError } from "./types.ts";

/** OpenAI's limit on `input`. */
const MAX_INPUT_CHARS = 4096;

export function createOpenAiTextToSpeech(deps: OpenAiAudioServer): TextToSpeech {
  const endpoint = audioEndpoint(deps, "audio/speech");
  const headers = {
    ...endpoint.headers,
    "content-type": "application/json",
    accept: "application/octet-stream",
  };
  const failure = (status: number, bytes: Uint8Array) => {
    const detail = errorDetail(Buffer.from(bytes).toString("utf8"));
    const refused = status >= 400 && status < 500 && status !== 429;
    return new SpeechError(refused ? "rejected" : "unavailable", detail.message, status, detail);
  };
  return {
    provider: "openai",
    model: deps.model,
    family: "openai",
    maxChars: MAX_INPUT_CHARS,
    async synthesize(text, voice, outer) {
      const deadline = AbortSignal.timeout(deps.timeoutMs);
      const signal = outer ? AbortSignal.any([deadline, outer]) : deadline;
      const body = JSON.stringify({ model: deps.model, input: text, voice, response_format: "opus" });
      let res: Response;
      let bytes: Uint8Array;
      try {
        res = await endpoint.fetch(endpoint.url, { method: "POST", headers, body, signal });
        bytes = new Uint8Array(await res.arrayBuffer());
      } catch (err) {
        const why = deadline.aborted ? `no speech within ${deps.timeoutMs} ms` : (err as Error).message;
        throw new SpeechError("unavailable", why);
      }
      if (!res.ok) throw failure(res.status, bytes);
      const contentType = res.headers.get("content-type") ?? undefined;
      // Audio is never JSON: a 200 with a JSON body is an error a proxy wrapped.
      if (contentType?.includes("json"))
        throw new SpeechError("unavailable", failure(502, bytes).message, res.status);
      if (bytes.length === 0) throw new SpeechError("unavailable", "empty audio", res.status);
      return { bytes, contentType };
    },
  };
}
