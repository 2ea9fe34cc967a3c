/**
 * The WebSocket (protocol version 2): live events (generations, credits, replies in Telegram,
 * announcements) and conversation turns. Each message gets a random `req`; if the connection drops
 * before its chat.done, it is sent again with the same `req` after reconnecting, and the server
 * answers with the reply it already wrote instead of answering twice.
 */
import { token } from "./api.ts";
import { signal } from "./state.ts";

// biome-ignore lint/suspicious/noExplicitAny: frames are JSON from the server
export type Frame = Record<string, any>;
export interface LiveEvent {
  id: string;
  type: string;
  ts: string;
  userId?: number;
  // biome-ignore lint/suspicious/noExplicitAny: each event type has its own payload
  payload: any;
}

export type TurnUpdate =
  | { kind: "delta"; text: string }
  | { kind: "done"; text: string; stopped: boolean; messageId: string | null }
  | { kind: "error"; code: string; message: string; retryAfterMs?: number };

interface Turn {
  text: string;
  onUpdate(u: TurnUpdate): void;
  tries: number;
}

export const connected = signal(false);
const eventListeners = new Set<(e: LiveEvent) => void>();
const turns = new Map<string, Turn>();
let ws: WebSocket | undefined;
let lastEventId = "";
let backoff = 500;
let started = false;

/** Follows live events; returns how to stop. */
export function onEvent(listener: (e: LiveEvent) => void): () => void {
  eventListeners.add(listener);
  return () => eventListeners.delete(listener);
}

function sendChat(req: string, turn: Turn) {
  if (ws?.readyState !== WebSocket.OPEN) return;
  turn.tries += 1;
  ws.send(JSON.stringify({ type: "chat", text: turn.text, req }));
}

function handle(frame: Frame) {
  if (frame.type === "ready") {
    connected.set(true);
    backoff = 500;
    // Messages still waiting for their reply are asked again (the same req: no second answer).
    for (const [req, turn] of turns) sendChat(req, turn);
    return;
  }
  if (frame.type === "event") {
    lastEventId = frame.event.id;
    for (const l of eventListeners) l(frame.event as LiveEvent);
    return;
  }
  const turn = typeof frame.req === "string" ? turns.get(frame.req) : undefined;
  if (!turn) return;
  if (frame.type === "chat.delta") turn.onUpdate({ kind: "delta", text: String(frame.text) });
  else if (frame.type === "chat.done") {
    turns.delete(frame.req);
    turn.onUpdate({
      kind: "done",
      text: String(frame.text),
      stopped: frame.stopped === true,
      messageId: frame.message_id ?? null,
    });
  } else if (frame.type === "error") {
    // Still being answered by a server that lost our connection: ask again in a moment.
    if (frame.code === "in_progress" && turn.tries < 6) {
      setTimeout(() => sendChat(frame.req, turn), 2_000);
      return;
    }
    turns.delete(frame.req);
    turn.onUpdate({
      kind: "error",
      code: frame.code,
      message: frame.message,
      retryAfterMs: frame.retry_after_ms,
    });
  }
}

async function open() {
  let url: string;
  let bearer: string;
  try {
    ({ token: bearer, wsUrl: url } = await token());
  } catch {
    return reconnect();
  }
  const socket = new WebSocket(url);
  ws = socket;
  socket.onopen = () =>
    socket.send(
      JSON.stringify({ type: "auth", token: bearer, ...(lastEventId ? { last_event_id: lastEventId } : {}) }),
    );
  socket.onmessage = (m) => {
    try {
      handle(JSON.parse(String(m.data)) as Frame);
    } catch {
      // A frame we cannot read is skipped.
    }
  };
  socket.onclose = (e) => {
    if (ws !== socket) return;
    connected.set(false);
    // A refused token (4401) gets a fresh one on the next try; anything else just reconnects.
    if (e.code !== 1000) reconnect();
  };
}

function reconnect() {
  setTimeout(open, backoff);
  backoff = Math.min(backoff * 2, 10_000);
}

/** A random id for a message (crypto.randomUUID needs a secure context; this does not). */
function messageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `m-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

/** Connects (once) and stays connected. */
export function connect(): void {
  if (started) return;
  started = true;
  void open();
}

/** Sends a message; `onUpdate` follows its reply. Returns the req (for cancel). */
export function chat(text: string, onUpdate: (u: TurnUpdate) => void): string {
  const req = messageId();
  const turn: Turn = { text, onUpdate, tries: 0 };
  turns.set(req, turn);
  sendChat(req, turn);
  return req;
}

/** Stops the reply to `req`. */
export function cancel(req: string): void {
  ws?.send(JSON.stringify({ type: "chat.cancel", req }));
}
