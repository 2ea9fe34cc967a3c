/**
 * Texts of the synesthesia, dreams and perspectives commands that the bot and the terminal chat
 * both say, in the reader's language: a palette's caption and a dream's message.
 */

import type { Synesthesia } from "../../engines/synesthesia/index.ts";
import type { Translate } from "../../i18n/index.ts";
import type { DreamResult } from "../../services/dreams.ts";

/** The caption of a palette card: the feeling, its textures and sounds, the five colours. */
export function synesthesiaCaption(t: Translate, s: Synesthesia): string {
  return t("syn-caption", {
    feeling: t(`syn-feeling-${s.dominant}`),
    textures: s.textures.map((id) => t(`syn-texture-${id}`)).join(", "),
    sounds: s.sounds.map((id) => t(`syn-sound-${id}`)).join(", "),
    colours: s.palette.map((c) => c.hex).join(" "),
  });
}

/** A dream as a message: title, text, the note that it is a dream, and why it is about what it is. */
export function dreamText(t: Translate, dream: DreamResult, topic?: string): string {
  const parts = [t("dream-message", { title: dream.title, text: dream.text })];
  if (dream.elements.topicFound === false && topic) parts.push(t("dream-topic-missing", { topic }));
  else if (dream.elements.empty) parts.push(t("dream-note-new"));
  return parts.join("\n\n");
}

/** "/dream about the sea" → "the sea" ("about" may be left out, or said in English only). */
export function dreamTopic(args: string): string | undefined {
  const topic = args.replace(/^about\s+/i, "").trim();
  return topic ? topic.slice(0, 200) : undefined;
}
