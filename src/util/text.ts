/** Small text helpers shared by the engines, services and the bot; all pure. */

/**
 * `text` cut to at most `max` characters, the last of them an ellipsis when anything was cut.
 * Counts code points, so an emoji or other character outside the Basic Multilingual Plane is
 * never cut in half (half a surrogate pair shows as a broken glyph, and Telegram rejects it).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, Math.max(0, max - 1)).join("")}…` : text;
}
