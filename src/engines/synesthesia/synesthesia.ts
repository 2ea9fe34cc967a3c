/**
 * Text → senses: the emotion engine's reading of a text, its imagery words and the user's mood
 * become five colours, textures, sounds and an English image prompt. Deterministic: nothing here
 * draws a random number; the only variety (which texture of several) comes from a hash of the text.
 */
import { fnv1a } from "../../util/hash.ts";
import { EKMAN_LABELS } from "../emotion/labels.ts";
import { colourName } from "./colour.ts";
import { findImagery } from "./imagery.ts";
import { derivePalette } from "./palette.ts";
import { SOUNDS, sensesOf, TEXTURES } from "./senses.ts";
import type { Synesthesia, SynesthesiaInput } from "./types.ts";

const FEELING_EN: Record<string, string> = {
  anger: "anger",
  disgust: "disgust",
  fear: "fear",
  joy: "joy",
  sadness: "sadness",
  surprise: "surprise",
  neutral: "calm",
};

/** The senses of a text (see the module comment). */
export function synesthesia(input: SynesthesiaInput): Synesthesia {
  const text = input.text.slice(0, 4000);
  const seed = fnv1a(text);
  const imagery = findImagery(text).slice(0, 4);
  const { palette, stats, valence, arousal } = derivePalette(input, imagery);
  const ranked = EKMAN_LABELS.map((label) => ({ label, score: input.emotion.scores[label] ?? 0 }))
    .filter((r) => r.label !== "neutral" || input.emotion.dominant === "neutral")
    .sort((a, b) => b.score - a.score);
  const { textures, sounds } = sensesOf(ranked, imagery, seed);
  const names = [...new Set(palette.slice(0, 4).map(colourName))];
  const intensity = arousal >= 0.6 ? "intense" : arousal <= 0.3 ? "quiet" : "gentle";
  const scenery =
    imagery.filter((i) => !i.texture && !i.sound && i.s >= 0.2).length === imagery.length
      ? ""
      : `, with hints of ${imagery
          .filter((i) => i.texture || i.sound)
          .map((i) => i.en)
          .join(" and ")}`;
  const imagePrompt =
    `Abstract synesthetic painting of ${intensity} ${FEELING_EN[input.emotion.dominant] ?? "feeling"}` +
    `: swirling fields of ${names.join(", ")}${scenery}; the texture of ${textures.map((t) => TEXTURES[t]).join(" and ")}, ` +
    `as if you could hear ${sounds.map((s) => SOUNDS[s]).join(" and ")}. Soft gradients, painterly, no text, no words, no people.`;
  return {
    palette,
    stats,
    textures,
    sounds,
    imagery: imagery.map((i) => i.id),
    dominant: input.emotion.dominant,
    valence,
    arousal,
    imagePrompt,
    seed,
  };
}
