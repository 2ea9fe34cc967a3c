/**
 * Synesthesia as a use case: a text's senses (the emotion engine's reading, the user's mood in the
 * chat) and its palette card as a PNG. The card is drawn by resvg, a native addon loaded on the
 * first card (so start-up never pays for it), rendering on its own thread.
 */
import type { EmotionEngine } from "../engines/emotion/index.ts";
import { paletteCardSvg, type Synesthesia, synesthesia } from "../engines/synesthesia/index.ts";
import type { MindService } from "./mind-service.ts";

export interface SynesthesiaServiceDeps {
  emotion: EmotionEngine;
  /** The user's mood tints the palette; without it the text alone decides. */
  mind?: Pick<MindService, "moodReport">;
}

/** Longest text read (characters); a card is about a feeling, not a document. */
export const SYNESTHESIA_MAX_CHARS = 1000;

let resvg: Promise<typeof import("@resvg/resvg-js")> | undefined;

/** The PNG of an SVG document, drawn by resvg on a worker thread. */
export async function svgToPng(svg: string): Promise<Uint8Array> {
  resvg ??= import("@resvg/resvg-js");
  const { renderAsync } = await resvg;
  const image = await renderAsync(svg, { font: { loadSystemFonts: false } });
  return image.asPng();
}

/** Creates the service. */
export function createSynesthesiaService(deps: SynesthesiaServiceDeps) {
  return {
    /** The senses of `text` for this user in this chat (their mood there tints it). */
    async read(
      text: string,
      who?: { userId: number; chatId: number; languageCode?: string },
    ): Promise<Synesthesia> {
      const clipped = text.slice(0, SYNESTHESIA_MAX_CHARS);
      const analysis = deps.emotion.analyze(clipped);
      const report = who && deps.mind ? await deps.mind.moodReport(who.userId, who.chatId) : null;
      return synesthesia({
        text: clipped,
        emotion: analysis,
        mood: report ? { valence: report.valence, arousal: report.arousal } : null,
      });
    },

    /** The palette card as a PNG (960×540). */
    card(s: Synesthesia): Promise<Uint8Array> {
      return svgToPng(paletteCardSvg(s));
    },
  };
}

export type SynesthesiaService = ReturnType<typeof createSynesthesiaService>;
