/**
 * Publishes a bus event of any type and payload, the way another producer (an older or newer
 * instance, a foreign tool) could: for tests of routing and resume, where what the payload holds
 * does not matter. The service itself publishes through publishEvent, whose types list every event.
 */
import type { CacheBus } from "../../src/cache/types.ts";
import { EVENTS_CHANNEL, newEventId } from "../../src/services/events.ts";

export interface AnyEvent {
  id: string;
  type: string;
  ts: string;
  userId?: number;
  chatId?: number;
  payload: Record<string, unknown>;
}

/** Publishes the event with a fresh id and timestamp, and returns it as sent. */
export async function publishAnyEvent(bus: CacheBus, event: Omit<AnyEvent, "id" | "ts">): Promise<AnyEvent> {
  const full = { id: newEventId(), ts: new Date().toISOString(), ...event };
  await bus.publish(EVENTS_CHANNEL, JSON.stringify(full));
  return full;
}
