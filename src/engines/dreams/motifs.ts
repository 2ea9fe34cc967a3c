/**
 * The dream images the offline composer builds around, grouped by the mood they suit. Each has a
 * sentence and a title in every locale (`dream-motif-<id>` and `dream-motif-<id>-title` in
 * locales/<locale>/engines.ftl) and an English description for image prompts.
 */

export type MoodBand = "low" | "mid" | "high";

export interface Motif {
  id: string;
  band: MoodBand;
  /** What an image model is asked to paint. */
  image: string;
}

export const MOTIFS: readonly Motif[] = [
  { id: "late-train", band: "low", image: "a night train pulling away from an empty platform" },
  { id: "rain-house", band: "low", image: "soft rain falling inside a quiet house" },
  { id: "fog-bridge", band: "low", image: "a long bridge fading into fog" },
  { id: "extra-rooms", band: "mid", image: "a familiar house with doors to rooms that were never there" },
  { id: "library-sea", band: "mid", image: "a library whose shelves open onto the sea" },
  { id: "slow-clocks", band: "mid", image: "a street of clocks running slowly backwards" },
  { id: "flying", band: "high", image: "flying low over rooftops at dawn" },
  { id: "lanterns", band: "high", image: "a festival of paper lanterns rising over water" },
  { id: "sky-garden", band: "high", image: "a staircase growing into a garden in the sky" },
];

/** The band a mood falls in: low below -0.15 valence, high above 0.15, mid between. */
export function moodBand(valence: number): MoodBand {
  return valence <= -0.15 ? "low" : valence >= 0.15 ? "high" : "mid";
}

export const motifById = (id: string): Motif | undefined => MOTIFS.find((m) => m.id === id);
