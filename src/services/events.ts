/**
 * Events on the bus. The bot, the generation jobs and the WebSocket server never call each other;
 * they publish and subscribe here (in-process, or Redis pub/sub across instances).
 */
import { randomBytes } from "node:crypto";
import type { CacheBus } from "../cache/types.ts";
import { currentCorrelationId } from "../observability/correlation.ts";

export const EVENTS_CHANNEL = "events";

export interface BusEvent {
  /** Sortable and unique across instances: time, then a random suffix. */
  id: string;
  type: string;
  ts: string;
  userId?: number;
  chatId?: number;
  /** Correlation id of the update or request that produced it (src/observability/correlation.ts). */
  cid?: string;
  payload: Record<string, unknown>;
}

let seq = 0;
const instance = randomBytes(3).toString("hex");

/** Makes a new event id: millisecond time, a per-process sequence and an instance tag. */
export function newEventId(now = Date.now()): string {
  seq = (seq + 1) % 1_000_000;
  return `${now.toString(36).padStart(9, "0")}-${seq.toString(36).padStart(4, "0")}-${instance}`;
}

/** Publishes an event; bus failures are the caller's to log, never to crash a chat turn. */
export async function publishEvent(
  bus: CacheBus,
  event: Omit<BusEvent, "id" | "ts"> & Partial<Pick<BusEvent, "id" | "ts">>,
): Promise<BusEvent> {
  const cid = event.cid ?? currentCorrelationId();
  const full: BusEvent = {
    id: event.id ?? newEventId(),
    ts: event.ts ?? new Date().toISOString(),
    ...event,
    ...(cid ? { cid } : {}),
  } as BusEvent;
  await bus.publish(EVENTS_CHANNEL, JSON.stringify(full));
  return full;
}
