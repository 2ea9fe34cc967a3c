/**
 * How the WebSocket server reads bus events: a tolerant parse of the BusEvent JSON (any producer
 * may publish; a malformed message is dropped, never delivered or thrown) and who may see what.
 */
import type { BusEvent } from "../services/events.ts";

/**
 * The routing fields of an event as read off the bus. The type stays a string: an event of a type
 * this build does not know (a newer instance during a rolling deploy) is still routed by its user.
 */
export type WireEvent = Pick<BusEvent, "id" | "userId"> & { type: BusEvent["type"] | (string & {}) };

/** System events every authenticated client receives; other user-less events are admin-only. */
const PUBLIC_TYPES: ReadonlySet<string> = new Set<BusEvent["type"]>(["announcement", "bot.status"]);

/** True for user-less event types that every client may see. */
export function isPublicType(type: string): boolean {
  return PUBLIC_TYPES.has(type);
}

/** Reads the routing fields of a raw bus message, or null when it is not a usable event. */
export function readEvent(raw: string): WireEvent | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const { id, type, userId } = parsed as Record<string, unknown>;
  if (typeof id !== "string" || id.length === 0 || id.length > 64) return null;
  if (typeof type !== "string" || type.length === 0 || type.length > 64) return null;
  if (userId !== undefined && (typeof userId !== "number" || !Number.isSafeInteger(userId))) return null;
  return { id, type, userId: userId as number | undefined };
}
