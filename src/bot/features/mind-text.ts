/**
 * Texts of the mind's commands that the bot and the terminal chat both say: a room's title, a
 * persona's tagline, and why a custom persona was refused, each in the reader's language.
 */
import type { RoomId } from "../../engines/memory-palace/types.ts";
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from "../../engines/personality/index.ts";
import type { Persona } from "../../engines/personality/types.ts";
import type { Translate } from "../../i18n/index.ts";

/** A room's title (`room-<id>`) in the reader's language. */
export const roomTitle = (t: Translate, room: RoomId) => t(`room-${room}`);

/** A built-in persona's tagline is translated; a custom one is the user's own words. */
export const taglineOf = (t: Translate, p: Pick<Persona, "id" | "kind" | "tagline">) =>
  p.kind === "builtin" ? t(`persona-tagline-${p.id}`) : p.tagline;

/**
 * Why a custom persona was refused, in the user's language. The engine explains in English; the
 * length rules are checked again here (they are the engine's exported limits), and anything else
 * it refuses is an attempt to override the rules.
 */
export function customRefusal(t: Translate, description: string): string {
  const length = [...description.trim()].length;
  if (length === 0) return t("persona-custom-empty");
  if (length < DESCRIPTION_MIN) return t("persona-custom-too-short", { min: DESCRIPTION_MIN });
  if (length > DESCRIPTION_MAX) return t("persona-custom-too-long", { max: DESCRIPTION_MAX, length });
  return t("persona-custom-refused");
}
