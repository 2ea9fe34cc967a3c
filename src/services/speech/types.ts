/**
 * Speech-to-text as the voice path sees it: audio bytes in, text out, and one error type that says
 * whether the provider refused the audio or could not be reached, so the user gets the right words
 * and the log the provider's own reason.
 */

/** One recording to transcribe: a Telegram voice note (OGG/Opus) or video note (MP4). */
export interface SpeechAudio {
  bytes: Uint8Array;
  /** The MIME type and file name it is uploaded under; providers pick the decoder by them. */
  contentType: string;
  fileName: string;
}

export interface Transcript {
  text: string;
  /** The language the provider heard, when it says. */
  language?: string;
}

export interface SpeechToText {
  /** "fal" or "openai": for logs and /help-style reports. */
  readonly provider: "fal" | "openai";
  /** The model or endpoint id, for logs. */
  readonly model: string;
  transcribe(audio: SpeechAudio, signal?: AbortSignal): Promise<Transcript>;
}

/**
 * A failed transcription or synthesis. `rejected`: the provider answered and refused this audio or
 * request (a 4xx: unsupported format, too large); `unavailable`: it failed, was unreachable or too slow.
 */
export class SpeechError extends Error {
  constructor(
    readonly kind: "rejected" | "unavailable",
    message: string,
    readonly status?: number,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = "SpeechError";
  }
}

/** The upload name and type for a Telegram note. Voice notes arrive as `.oga`, a name several
 * OpenAI-compatible servers refuse though they take the same bytes as `.ogg`. */
export function audioFor(kind: "voice" | "video_note", bytes: Uint8Array): SpeechAudio {
  return kind === "voice"
    ? { bytes, contentType: "audio/ogg", fileName: "voice.ogg" }
    : { bytes, contentType: "video/mp4", fileName: "video.mp4" };
}
