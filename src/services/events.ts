/**
 * Events on the bus. The bot, the generation jobs and the WebSocket server never call each other;
 * they publish and subscribe here (in-process, or Redis pub/sub across instances).
 *
 * Every event type and its payload is listed once, in EventPayloads: publishers, the WebSocket
 * routing and the Telegram notifier all name types through it, so renaming or reshaping an event
 * is a type error wherever it is used. The wire format is the same for every type: JSON with id,
 * type, ts, userId?, chatId?, cid? and payload.
 */
import { randomBytes } from "node:crypto";
import type { CacheBus } from "../cache/types.ts";
import type { GenerationKind, GenerationOutput } from "../engines/generation/catalog.ts";
import { currentCorrelationId } from "../observability/correlation.ts";
import type { EntryKind } from "./credits/ledger.ts";

export const EVENTS_CHANNEL = "events";

/**
 * What every generation event says about its job: enough for the Telegram notifier to redraw the
 * status message without reading the database.
 */
export interface GenerationJobPayload {
  jobId: string;
  /** Catalogue key. */
  model: string;
  /** Display name of the model. */
  modelName: string;
  kind: GenerationKind;
  prompt: string;
  cost: number;
  /** The Telegram message that shows the job's progress. */
  statusMessageId?: number;
}

export type GenerationStage = "submitted" | "queued" | "running";

/** Payload by event type. To add an event, add its line here. */
export interface EventPayloads {
  "conversation.message": { role: "assistant"; text: string; ok: boolean; stopped?: boolean };
  "credits.updated": { balance: number; delta: number; kind: EntryKind };
  "generation.queued": GenerationJobPayload & { requestId: string };
  "generation.progress": GenerationJobPayload & { stage: GenerationStage; queuePosition?: number };
  "generation.completed": GenerationJobPayload & {
    url: string;
    charged: number;
    output: GenerationOutput;
    /** Sent again by the instance that took the job over: the first sender may have died. */
    redelivery?: boolean;
  };
  "generation.failed": GenerationJobPayload & {
    reason: string;
    refunded: number;
    /** The explanation shown to the user. */
    text: string;
    redelivery?: boolean;
  };
  announcement: { text: string; source: "telegram" | "ws" };
  "bot.status": { status: "online" | "offline"; instance: string; version: string };
  /** Stop the reply a chat is writing (the one named, if any); `instance` is the sender's turn control. */
  "turn.cancel": { turnId?: string; draftId?: number; instance: string };
}

export type BusEventType = keyof EventPayloads;

interface Envelope {
  /** Sortable and unique across instances: time, a sequence, then the publishing instance. */
  id: string;
  ts: string;
  userId?: number;
  chatId?: number;
  /** Correlation id of the update or request that produced it (src/observability/correlation.ts). */
  cid?: string;
}

/** An event of type T (of any of them, discriminated by `type`, when T is a union). */
export type EventOf<T extends BusEventType> = T extends BusEventType
  ? Envelope & { type: T; payload: EventPayloads[T] }
  : never;

/** Every event the code publishes. */
export type BusEvent = EventOf<BusEventType>;

/** An event as handed to publishEvent: id and ts are filled in when missing. */
export type NewEvent = Unstamped<BusEvent>;
type Unstamped<E> = E extends BusEvent ? Omit<E, "id" | "ts"> & Partial<Pick<Envelope, "id" | "ts">> : never;

let seq = 0;
const instance = randomBytes(3).toString("hex");

/** Makes a new event id: millisecond time, a per-process sequence and an instance tag. */
export function newEventId(now = Date.now()): string {
  seq = (seq + 1) % 1_000_000;
  return `${now.toString(36).padStart(9, "0")}-${seq.toString(36).padStart(4, "0")}-${instance}`;
}

/** True when this process published the event (its id ends with this process's instance tag). */
export function publishedHere(event: Pick<Envelope, "id">): boolean {
  return event.id.endsWith(`-${instance}`);
}

/** Publishes an event; bus failures are the caller's to log, never to crash a chat turn. */
export async function publishEvent(bus: CacheBus, event: NewEvent): Promise<BusEvent> {
  const cid = event.cid ?? currentCorrelationId();
  const full = {
    id: event.id ?? newEventId(),
    ts: event.ts ?? new Date().toISOString(),
    ...event,
    ...(cid ? { cid } : {}),
  } as BusEvent;
  await bus.publish(EVENTS_CHANNEL, JSON.stringify(full));
  return full;
}
