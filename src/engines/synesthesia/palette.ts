/**
 * The palette of a feeling. Each emotion has a hue (joy gold, sadness blue, anger red, fear
 * violet, disgust olive, surprise magenta; neutral a grey blue with almost no colour); the text's
 * emotion scores mix them, arousal sets the saturation, valence the lightness, the user's mood
 * tints a quarter, and colour or nature words in the text take two of the five places.
 */
import { clamp } from "../../util/math.ts";
import { EKMAN_LABELS } from "../emotion/labels.ts";
import { hsl, hueWarmth, luminance, meanHue } from "./colour.ts";
import type { ImageryEntry } from "./imagery.ts";
import type { Colour, PaletteStats, SynesthesiaInput } from "./types.ts";

/** Hue and how much colour each emotion carries. */
export const EMOTION_COLOUR: Record<string, { h: number; s: number }> = {
  anger: { h: 358, s: 0.95 },
  disgust: { h: 78, s: 0.5 },
  fear: { h: 268, s: 0.6 },
  joy: { h: 44, s: 0.85 },
  sadness: { h: 218, s: 0.5 },
  surprise: { h: 305, s: 0.75 },
  neutral: { h: 205, s: 0.1 },
};

/** The mood's share in valence and arousal. */
const MOOD_SHARE = 0.25;

/** The palette's five colours and how they read. */
export function derivePalette(
  input: SynesthesiaInput,
  imagery: readonly ImageryEntry[],
): { palette: Colour[]; stats: PaletteStats; valence: number; arousal: number } {
  const { emotion, mood } = input;
  const valence = clamp(
    mood ? (1 - MOOD_SHARE) * emotion.valence + MOOD_SHARE * mood.valence : emotion.valence,
    -1,
    1,
  );
  const arousal = clamp(
    mood ? (1 - MOOD_SHARE) * emotion.arousal + MOOD_SHARE * mood.arousal : emotion.arousal,
    0,
    1,
  );
  // Squared scores let the clear winner set the colour (as the emotion engine does for affect).
  const weights = EKMAN_LABELS.map((l) => (emotion.scores[l] ?? 0) ** 2);
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const colours = EKMAN_LABELS.map((l) => EMOTION_COLOUR[l]!);
  let hue = meanHue(
    colours.map((c) => c.h),
    colours.map((c, i) => weights[i]! * c.s),
    EMOTION_COLOUR.neutral!.h,
  );
  const baseSat = colours.reduce((a, c, i) => a + c.s * weights[i]!, 0) / total;
  // Named colours pull the feeling's own hue a little toward them.
  const tinted = imagery.filter((i) => i.s >= 0.2);
  if (tinted.length) hue = meanHue([hue, tinted[0]!.h], [0.8, 0.2], hue);
  // Agitated, unpleasant feelings (anger above all) burn: they add colour of their own.
  const s = clamp(baseSat * (0.55 + 0.7 * arousal) + 0.35 * Math.max(0, -valence) * arousal ** 2, 0.04, 1);
  const l = clamp(0.48 + 0.22 * valence + 0.1 * (arousal - 0.4), 0.18, 0.8);
  const fromImagery = (i: ImageryEntry): Colour => hsl(i.h, (i.s + s) / 2, (i.l + l) / 2);
  const palette: Colour[] = [
    hsl(hue, s, l),
    imagery[0] ? fromImagery(imagery[0]) : hsl(hue + 28, s * 0.9, l + 0.12),
    imagery[1] ? fromImagery(imagery[1]) : hsl(hue - 28, s * 0.85, l - 0.1),
    // The accent sits across the wheel, quieter than the feeling itself.
    hsl(hue + 150, s * 0.6, l + (valence > 0 ? 0.15 : 0.05)),
    // The ground: light under a good feeling, dark under a heavy one.
    hsl(hue, s * 0.25, valence >= 0 ? 0.86 + 0.08 * valence : 0.16 + 0.1 * (1 + valence)),
  ];
  return { palette, stats: paletteStats(palette), valence, arousal };
}

/** Warmth (saturation-weighted), mean luminance and mean saturation of a palette. */
export function paletteStats(palette: readonly Colour[]): PaletteStats {
  let warm = 0;
  let weight = 0;
  let bright = 0;
  let sat = 0;
  for (const c of palette) {
    warm += hueWarmth(c.h) * c.s;
    weight += c.s;
    bright += luminance(c.hex);
    sat += c.s;
  }
  const n = palette.length || 1;
  return {
    warmth: weight > 0 ? warm / weight : 0,
    brightness: bright / n,
    saturation: sat / n,
  };
}
