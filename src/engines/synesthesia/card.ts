/**
 * The palette card as SVG: the ground colour, a soft glow of the feeling and its neighbours, a
 * pattern for the first texture, and the five swatches along the bottom. No text at all, so no
 * font is needed wherever it is rendered; the words go in the message's caption instead.
 * Deterministic: positions come from the synesthesia's seed.
 */
import { mulberry32 } from "../emotion/rng.ts";
import type { Synesthesia } from "./types.ts";

export const CARD_WIDTH = 960;
export const CARD_HEIGHT = 540;

/** How each texture is drawn over the glow. */
const PATTERN: Record<string, "lines" | "dots" | "waves"> = {
  sandpaper: "dots",
  static: "lines",
  rust: "lines",
  embers: "dots",
  bubbles: "dots",
  petals: "dots",
  sand: "dots",
  snow: "dots",
  feathers: "waves",
  glass: "lines",
  tar: "waves",
};

function pattern(kind: "lines" | "dots" | "waves", colour: string, rand: () => number): string {
  const out: string[] = [];
  if (kind === "lines") {
    for (let i = 0; i < 28; i++) {
      const x = Math.round(rand() * CARD_WIDTH);
      const y = Math.round(rand() * 380);
      const len = 30 + Math.round(rand() * 90);
      out.push(
        `<line x1="${x}" y1="${y}" x2="${x + len}" y2="${y - Math.round(len * 0.4)}" stroke="${colour}" stroke-width="2" stroke-opacity="0.35"/>`,
      );
    }
  } else if (kind === "dots") {
    for (let i = 0; i < 70; i++) {
      const r = 2 + Math.round(rand() * 7);
      out.push(
        `<circle cx="${Math.round(rand() * CARD_WIDTH)}" cy="${Math.round(rand() * 390)}" r="${r}" fill="${colour}" fill-opacity="${(0.2 + rand() * 0.35).toFixed(2)}"/>`,
      );
    }
  } else {
    for (let i = 0; i < 7; i++) {
      const y = 40 + i * 50 + Math.round(rand() * 20);
      const a = 10 + Math.round(rand() * 18);
      const d = [`M0 ${y}`];
      for (let x = 0; x < CARD_WIDTH; x += 120) d.push(`q60 ${i % 2 ? a : -a} 120 0`);
      out.push(
        `<path d="${d.join(" ")}" fill="none" stroke="${colour}" stroke-width="3" stroke-opacity="0.25"/>`,
      );
    }
  }
  return out.join("");
}

/** The card of a synesthesia as an SVG document (960×540). */
export function paletteCardSvg(s: Synesthesia): string {
  const rand = mulberry32(s.seed);
  const [feeling, near, far, accent, ground] = s.palette.map((c) => c.hex) as [
    string,
    string,
    string,
    string,
    string,
  ];
  const glows = [feeling, near, far, accent]
    .map((c, i) => {
      // Spread across the card, so neighbouring glows blend at their edges, not into mud.
      const cx = Math.round(130 + i * 230 + rand() * 90);
      const cy = Math.round(90 + rand() * 220);
      const r = Math.round((i === 0 ? 260 : 170) + rand() * 60);
      return `<radialGradient id="g${i}"><stop offset="0" stop-color="${c}" stop-opacity="${i === 0 ? 0.95 : 0.8}"/><stop offset="1" stop-color="${c}" stop-opacity="0"/></radialGradient><circle cx="${cx}" cy="${cy}" r="${r}" fill="url(#g${i})"/>`;
    })
    .join("");
  const texture = s.textures[0] ?? "linen";
  const kind = PATTERN[texture] ?? "waves";
  const swatchW = 168;
  const gap = (CARD_WIDTH - 5 * swatchW) / 6;
  const swatches = s.palette
    .map(
      (c, i) =>
        `<rect x="${Math.round(gap + i * (swatchW + gap))}" y="410" width="${swatchW}" height="100" rx="18" fill="${c.hex}" stroke="${i === 4 ? feeling : ground}" stroke-opacity="0.6" stroke-width="3"/>`,
    )
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">` +
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${ground}"/>` +
    `<defs></defs>${glows}${pattern(kind, s.valence >= 0 ? far : near, rand)}${swatches}</svg>`
  );
}
