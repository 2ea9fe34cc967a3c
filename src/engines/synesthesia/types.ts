/** Plain data of the synesthesia engine. */
import type { EmotionAnalysis } from "../emotion/index.ts";

/** A colour as hue (0..360), saturation and lightness (0..1), plus its hex form. */
export interface Colour {
  h: number;
  s: number;
  l: number;
  hex: string;
}

/** What the engine reads: the emotion engine's analysis of the text, the text, and the user's mood. */
export interface SynesthesiaInput {
  text: string;
  emotion: Pick<EmotionAnalysis, "scores" | "valence" | "arousal" | "dominant">;
  /** The user's running mood (valence -1..1, arousal 0..1); it tints the palette a quarter. */
  mood?: { valence: number; arousal: number } | null;
}

/** How the palette reads, for tests and the card: each -1..1 or 0..1. */
export interface PaletteStats {
  /** -1 (cool: blues, violets) .. 1 (warm: reds, golds), weighted by saturation. */
  warmth: number;
  /** Mean relative luminance of the five colours, 0 (black) .. 1 (white). */
  brightness: number;
  /** Mean HSL saturation, 0 (grey) .. 1. */
  saturation: number;
}

/** The senses of one text. Texture and sound are ids: `syn-texture-<id>` / `syn-sound-<id>` in Fluent. */
export interface Synesthesia {
  /** Five colours: the feeling, two neighbours (or the text's own colour words), an accent, a ground. */
  palette: Colour[];
  stats: PaletteStats;
  /** Two or three texture ids. */
  textures: string[];
  /** Two sound ids. */
  sounds: string[];
  /** Imagery ids found in the text (colour and nature words in any of the 12 languages). */
  imagery: string[];
  /** The dominant emotion it was drawn from. */
  dominant: string;
  valence: number;
  arousal: number;
  /** An English prompt for an image model (no words of the user's text). */
  imagePrompt: string;
  /** A 32-bit seed from the text, for the card's layout. */
  seed: number;
}
