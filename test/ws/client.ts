/** A real `ws` client for tests that records every frame and how the connection ended. */
import { WebSocket } from "ws";

// biome-ignore lint/suspicious/noExplicitAny: frames are arbitrary JSON under test
export type Frame = Record<string, any>;

export interface TestClient {
  ws: WebSocket;
  frames: Frame[];
  /** Events received, in order. */
  events(): Frame[];
  /** Resolves once the socket is open (rejects if it fails to open). */
  opened: Promise<void>;
  /** Resolves with the close code and reason. */
  closed: Promise<{ code: number; reason: string }>;
  /** The first frame (already received or future) matching `match`. */
  waitFor(match: (f: Frame) => boolean, timeoutMs?: number): Promise<Frame>;
  /** The first event of `type` (optionally also matching `extra`). */
  waitForEvent(type: string, extra?: (e: Frame) => boolean, timeoutMs?: number): Promise<Frame>;
  send(frame: unknown): void;
  close(): Promise<void>;
}

/** Opens a client; `ready` waits for the server's ready frame. */
export function connect(url: string, options: { headers?: Record<string, string> } = {}): TestClient {
  const ws = new WebSocket(url, { headers: options.headers });
  const frames: Frame[] = [];
  const waiters = new Set<() => void>();
  ws.on("message", (data) => {
    frames.push(JSON.parse(data.toString()));
    for (const w of waiters) w();
  });
  const opened = new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  opened.catch(() => {});
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once("close", (code, reason) => {
      resolve({ code, reason: reason.toString() });
      for (const w of waiters) w();
    }),
  );
  const waitFor = (match: (f: Frame) => boolean, timeoutMs = 5_000) =>
    new Promise<Frame>((resolve, reject) => {
      const check = () => {
        const found = frames.find(match);
        if (found) {
          cleanup();
          resolve(found);
        } else if (ws.readyState === WebSocket.CLOSED) {
          cleanup();
          reject(new Error(`socket closed before the frame arrived; got ${JSON.stringify(frames)}`));
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`frame not received in ${timeoutMs} ms; got ${JSON.stringify(frames)}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        waiters.delete(check);
      };
      waiters.add(check);
      check();
    });
  return {
    ws,
    frames,
    events: () => frames.filter((f) => f.type === "event").map((f) => f.event),
    opened,
    closed,
    waitFor,
    waitForEvent: (type, extra = () => true, timeoutMs) =>
      waitFor((f) => f.type === "event" && f.event.type === type && extra(f.event), timeoutMs).then(
        (f) => f.event,
      ),
    send: (frame) => ws.send(typeof frame === "string" ? frame : JSON.stringify(frame)),
    async close() {
      if (ws.readyState !== WebSocket.CLOSED) {
        ws.close();
        await closed;
      }
    },
  };
}

/** Connects and waits for the ready frame. */
export async function connectReady(url: string, options: { headers?: Record<string, string> } = {}) {
  const client = connect(url, options);
  await client.waitFor((f) => f.type === "ready");
  return client;
}
