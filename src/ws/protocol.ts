/**
 * The wire protocol of /ws, in one place: inbound frames (validated with zod), outbound frames and
 * close codes. README.md ("Live status over WebSocket") documents the same thing for clients.
 */
import { z } from "zod";

/** Close codes: 4xxx mirror the HTTP status a client would recognise. */
export const CLOSE = {
  /** Missing, malformed, wrongly signed or expired token. */
  unauthorized: 4401,
  /** No token arrived within the auth timeout. */
  authTimeout: 4408,
  /** The client kept sending after being told to slow down. */
  rateLimited: 4429,
  /** The client read too slowly; its unsent backlog passed the limit. */
  slowConsumer: 4413,
  /** The instance is shutting down; reconnect (with last_event_id) to another one. */
  goingAway: 1001,
} as const;

/** Streams a connection can subscribe to; `system` and `all` are for admins only. */
export const STREAMS = ["user", "system", "all"] as const;
export type Stream = (typeof STREAMS)[number];

/** Event ids are short and printable; anything else is refused before it reaches Redis. */
const eventId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\w.:-]+$/, "not an event id");
const reqId = z.union([z.string().max(64), z.number()]);
const req = reqId.optional();

/** Longest message a chat frame may carry (Telegram's own limit for a text message). */
export const CHAT_MAX_CHARS = 4096;

export const inboundFrame = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("auth"),
    token: z.string().min(1).max(2048),
    last_event_id: eventId.optional(),
    req,
  }),
  z.object({ type: z.literal("ping"), req }),
  z.object({ type: z.literal("subscribe"), streams: z.array(z.enum(STREAMS)).min(1).max(3), req }),
  z.object({ type: z.literal("resume"), last_event_id: eventId, req }),
  z.object({ type: z.literal("broadcast"), text: z.string().trim().min(1).max(2000), req }),
  // Protocol version 2: a conversation turn, answered with chat.delta … chat.done (or error).
  z.object({ type: z.literal("chat"), text: z.string().trim().min(1).max(CHAT_MAX_CHARS), req: reqId }),
  z.object({ type: z.literal("chat.cancel"), req }),
]);
export type InboundFrame = z.infer<typeof inboundFrame>;

export { eventId as eventIdSchema };

/** Error codes carried by `{"type":"error"}` frames. */
export type ErrorCode =
  | "invalid_frame"
  | "rate_limited"
  | "forbidden"
  | "already_authenticated"
  | "internal"
  // Chat turns (protocol version 2):
  | "busy"
  | "in_progress"
  | "not_found"
  | "not_registered"
  | "reply_failed";

/** The protocol version the server speaks (announced in `ready`). */
export const PROTOCOL_VERSION = 2;

/** Parses one inbound text frame; a problem comes back as a human-readable message, never a throw. */
export function parseFrame(data: string): { ok: true; frame: InboundFrame } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(data);
  } catch {
    return { ok: false, message: "frame is not JSON" };
  }
  const parsed = inboundFrame.safeParse(raw);
  if (parsed.success) return { ok: true, frame: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length ? `${issue.path.join(".")}: ` : "";
  return { ok: false, message: `${where}${issue.message}` };
}

/** Serialises an outbound control frame. */
export function frame(type: string, fields: Record<string, unknown> = {}): string {
  return JSON.stringify({ type, ...fields });
}

/** Wraps a bus message (already JSON) in an event frame without parsing and re-serialising it. */
export function eventFrame(rawEvent: string): string {
  return `{"type":"event","event":${rawEvent}}`;
}
