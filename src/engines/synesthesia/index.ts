/**
 * Public surface of the synesthesia engine: the colours, textures and sounds of a text's feeling,
 * an image prompt, and a palette card as SVG. Pure and deterministic: the emotion engine's reading
 * of the text (and the user's mood) in, plain data out; texture and sound come out as ids that the
 * adapters say in the user's language (`syn-texture-<id>`, `syn-sound-<id>`).
 */
export { CARD_HEIGHT, CARD_WIDTH, paletteCardSvg } from "./card.ts";
export { colourName, hsl, hueWarmth, luminance } from "./colour.ts";
export { findImagery, IMAGERY, type ImageryEntry } from "./imagery.ts";
export { derivePalette, EMOTION_COLOUR, paletteStats } from "./palette.ts";
export { EMOTION_SENSES, SOUNDS, TEXTURES } from "./senses.ts";
export { synesthesia } from "./synesthesia.ts";
export type { Colour, PaletteStats, Synesthesia, SynesthesiaInput } from "./types.ts";
