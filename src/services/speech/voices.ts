/**
 * Each persona speaks in its own voice. Voice names belong to a provider's catalogue (OpenAI's
 * "coral" means nothing to MiniMax), so the defaults are kept per family; TTS_VOICES overrides
 * them for whatever provider the deployment uses. Custom personas speak with Velro's voice unless
 * TTS_VOICES names one for `custom`.
 */
import type { VoiceFamily } from "./tts-types.ts";

type PersonaVoices = Readonly<Record<"velro" | "kit" | "sage" | "spark" | "atlas", string>>;

/**
 * Chosen to match each character: Velro warm, Kit dry and quick, Sage calm and low, Spark bright,
 * Atlas even and clear. Names from each provider's published voice list.
 */
export const DEFAULT_VOICES: Readonly<Record<Exclude<VoiceFamily, "other">, PersonaVoices>> = {
  openai: { velro: "coral", kit: "ash", sage: "sage", spark: "shimmer", atlas: "onyx" },
  kokoro: { velro: "af_heart", kit: "am_puck", sage: "am_michael", spark: "af_bella", atlas: "am_onyx" },
  elevenlabs: { velro: "Aria", kit: "Charlie", sage: "George", spark: "Jessica", atlas: "Brian" },
  minimax: {
    velro: "Friendly_Person",
    kit: "Casual_Guy",
    sage: "Wise_Woman",
    spark: "Lively_Girl",
    atlas: "Elegant_Man",
  },
  gemini: { velro: "Aoede", kit: "Fenrir", sage: "Charon", spark: "Puck", atlas: "Kore" },
};

/** Persona ids TTS_VOICES may name. */
export const VOICE_KEYS = ["velro", "kit", "sage", "spark", "atlas", "custom"] as const;

/**
 * The voice a persona speaks with. `overrides` is TTS_VOICES; a family without defaults (an
 * endpoint this code does not know) uses the overrides or, failing those, the endpoint's own default
 * (an empty name, which the provider input leaves out).
 */
export function voiceFor(family: VoiceFamily, personaId: string, overrides: Record<string, string> = {}) {
  const key = personaId in DEFAULT_VOICES.openai ? personaId : "custom";
  const own = overrides[key] ?? (key === "custom" ? overrides.velro : undefined);
  if (own) return own;
  if (family === "other") return "";
  const voices = DEFAULT_VOICES[family];
  return voices[key as keyof PersonaVoices] ?? voices.velro;
}
