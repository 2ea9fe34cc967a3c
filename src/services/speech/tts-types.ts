/**
 * Text-to-speech as the voice-reply path sees it: text and a voice name in, audio bytes out.
 * Failures are SpeechErrors (types.ts), as transcription's are: the provider refused the request,
 * or could not be reached.
 */

/** Audio as the provider returned it (any format; ogg-opus.ts makes a voice note of it). */
export interface SpeechAudioOut {
  bytes: Uint8Array;
  /** As the provider labelled it; only for logs (the bytes decide the format). */
  contentType?: string;
}

/** Which voice catalogue a provider's voice names come from. */
export type VoiceFamily = "openai" | "kokoro" | "elevenlabs" | "minimax" | "gemini" | "other";

export interface TextToSpeech {
  readonly provider: "fal" | "openai";
  /** The model or endpoint id, for logs. */
  readonly model: string;
  readonly family: VoiceFamily;
  /** The most characters one request may carry. */
  readonly maxChars: number;
  synthesize(text: string, voice: string, signal?: AbortSignal): Promise<SpeechAudioOut>;
}
