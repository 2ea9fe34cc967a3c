/**
 * Speech-to-text on FAL: the audio is uploaded to FAL storage (never a Telegram file URL, which
 * carries the bot token), then the endpoint runs through the queue (submit, poll, result) the way
 * the FAL client's `subscribe` does, with one deadline over the whole call.
 */
import { FalCallError, type FalGateway } from "../generation/fal-gateway.ts";
import { abortion, subscribe } from "../generation/fal-subscribe.ts";
import { SpeechError, type SpeechToText, type Transcript } from "./types.ts";

/**
 * Input fields per endpoint family, beyond `audio_url`. Wizper and Whisper default to English
 * unless `language` is null (auto-detect); ElevenLabs would otherwise write "(laughs)" style
 * audio-event tags and speaker labels into the text.
 */
export function sttInput(endpoint: string, audioUrl: string): Record<string, unknown> {
  if (/wizper|whisper/.test(endpoint)) return { audio_url: audioUrl, task: "transcribe", language: null };
  if (/elevenlabs/.test(endpoint)) return { audio_url: audioUrl, tag_audio_events: false, diarize: false };
  return { audio_url: audioUrl };
}

/** The text and heard language out of any of the STT output shapes (`languages`, `language_code`…). */
export function parseSttOutput(data: unknown): Transcript {
  const d = (data ?? {}) as {
    text?: unknown;
    languages?: unknown;
    language_code?: unknown;
    language?: unknown;
  };
  if (typeof d.text !== "string") throw new SpeechError("unavailable", "the STT output has no text");
  const language = Array.isArray(d.languages) ? d.languages[0] : (d.language_code ?? d.language);
  return { text: d.text, language: typeof language === "string" ? language : undefined };
}

/** Creates the FAL transcriber for one endpoint (the catalogue's `stt`, overridable in FAL_MODELS). */
export function createFalSpeechToText(deps: {
  gateway: FalGateway;
  endpoint: string;
  /** Deadline for upload, queue and result together. */
  timeoutMs: number;
}): SpeechToText {
  const { gateway, endpoint } = deps;

  async function run(audio: Parameters<SpeechToText["transcribe"]>[0], signal: AbortSignal) {
    // Uploads take no signal: the race keeps the deadline anyway.
    const audioUrl = await Promise.race([
      gateway.upload(audio.bytes, audio.contentType, audio.fileName),
      abortion(signal),
    ]);
    return parseSttOutput(await subscribe(gateway, endpoint, sttInput(endpoint, audioUrl), signal));
  }

  return {
    provider: "fal",
    model: endpoint,
    async transcribe(audio, outer) {
      const deadline = AbortSignal.timeout(deps.timeoutMs);
      const signal = outer ? AbortSignal.any([deadline, outer]) : deadline;
      try {
        return await run(audio, signal);
      } catch (err) {
        if (err instanceof SpeechError) throw err;
        if (deadline.aborted)
          throw new SpeechError("unavailable", `no transcript within ${deps.timeoutMs} ms`);
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
