/**
 * Conversation over the WebSocket (protocol version 2), in the whole app against the fake Bot API
 * and the fake LLM: a chat frame is a turn of the user's private chat, streamed as chat.delta and
 * ended by chat.done; it shares the conversation with Telegram both ways; it can be cancelled (also
 * by /cancel in Telegram); it obeys the per-user message limit; a retry of the same message gets
 * the same reply; and nothing of one user's turn ever reaches another user's socket.
 */
import { describe, expect, it } from "vitest";
import { signInitData } from "../../src/ws/init-data.ts";
import type { FakeLlm } from "../fakes/llm-server.ts";
import { command, privateText } from "../fakes/updates.ts";
import { eventually, type Harness } from "../helpers/harness.ts";
import { useLlmHarness } from "../helpers/llm-harness.ts";
import { connectReady, type Frame, type TestClient } from "./client.ts";

let h: Harness;
let llm: FakeLlm;
useLlmHarness(
  { RATE_LIMIT_PER_MINUTE: "6", JWT_SECRET: "chat-test-secret-0123456789-0123456789" },
  (stack) => {
    ({ h, llm } = stack);
  },
);

/** Signs in through the Mini App's exchange (which registers the user) and opens a socket. */
async function signIn(userId: number, name = "Ada"): Promise<TestClient> {
  const initData = signInitData(
    {
      auth_date: String(Math.floor(Date.now() / 1000)),
      user: JSON.stringify({ id: userId, first_name: name, language_code: "en" }),
    },
    h.env.BOT_TOKEN!,
  );
  const res = await fetch(`${h.base}/api/auth/telegram`, {
    method: "POST",
    body: JSON.stringify({ initData }),
    headers: { "content-type": "application/json" },
  });
  const { token, ws_url } = (await res.json()) as { token: string; ws_url: string };
  return connectReady(`${ws_url}?token=${token}`);
}

const framesOf = (c: TestClient, req: string | number, type?: string) =>
  c.frames.filter((f) => f.req === req && (type === undefined || f.type === type));
const done = (c: TestClient, req: string | number, timeoutMs = 10_000) =>
  c.waitFor((f) => f.req === req && (f.type === "chat.done" || f.type === "error"), timeoutMs);
/** The last user message the fake LLM was sent. */
const lastPrompt = () => JSON.stringify(llm.requests.at(-1)?.body.messages ?? []);

describe("chat over the WebSocket", () => {
  it("streams the reply as deltas of the text so far, then chat.done with the stored message", async () => {
    const c = await signIn(9101);
    expect(c.frames[0]).toMatchObject({ type: "ready", protocol: 2 });
    llm.script({
      reply: "Porto sounds lovely — how long have you lived there?",
      chunkSize: 6,
      chunkDelayMs: 30,
    });
    c.send({ type: "chat", text: "I live in Porto", req: "m-9101-first" });
    const end = await done(c, "m-9101-first");
    expect(end).toMatchObject({
      type: "chat.done",
      text: "Porto sounds lovely — how long have you lived there?",
    });
    expect(end.message_id).toMatch(/^\d+$/);
    const deltas = framesOf(c, "m-9101-first", "chat.delta").map((f) => String(f.text));
    expect(deltas.length).toBeGreaterThan(1);
    for (let i = 1; i < deltas.length; i++) expect(deltas[i]!.startsWith(deltas[i - 1]!)).toBe(true);
    expect(end.text.startsWith(deltas.at(-1)!)).toBe(true);
    // Nothing was sent to the Telegram chat: the app's turn answers in the app.
    await h.idle();
    expect(h.sentTexts(9101)).toEqual([]);
    await c.close();
  });

  it("is the same conversation as the Telegram private chat, both ways", async () => {
    const c = await signIn(9102);
    c.send({ type: "chat", text: "My cat is called Pixel", req: "m-9102-cat" });
    expect((await done(c, "m-9102-cat")).type).toBe("chat.done");
    // The Telegram turn's prompt holds the app's turn …
    const before = h.tg.calls.length;
    await h.send(privateText("What did I tell you about my cat?", { userId: 9102 }));
    await h.nextCall("sendMessage", 9102, before);
    expect(lastPrompt()).toContain("My cat is called Pixel");
    // … and the app's next turn holds the Telegram one.
    c.send({ type: "chat", text: "And what else?", req: "m-9102-else" });
    await done(c, "m-9102-else");
    expect(lastPrompt()).toContain("What did I tell you about my cat?");
    await c.close();
  });

  it("stops on chat.cancel, and on /cancel in Telegram, keeping what was written", async () => {
    const c = await signIn(9103);
    const long = "One two three four five six seven eight nine ten. ".repeat(20);
    llm.script({ reply: long, chunkSize: 4, chunkDelayMs: 40 });
    c.send({ type: "chat", text: "Count for me", req: "m-9103-count" });
    await c.waitFor((f) => f.req === "m-9103-count" && f.type === "chat.delta");
    c.send({ type: "chat.cancel", req: "m-9103-count" });
    const stopped = await done(c, "m-9103-count");
    expect(stopped).toMatchObject({ type: "chat.done", stopped: true });
    expect(String(stopped.text)).toMatch(/⏹/);
    expect(String(stopped.text).length).toBeLessThan(long.length);

    llm.script({ reply: long, chunkSize: 4, chunkDelayMs: 40 });
    c.send({ type: "chat", text: "Count again", req: "m-9103-again" });
    await c.waitFor((f) => f.req === "m-9103-again" && f.type === "chat.delta");
    await h.send(command("cancel", undefined, { userId: 9103 }));
    expect(await done(c, "m-9103-again")).toMatchObject({ type: "chat.done", stopped: true });

    // Nothing left to cancel.
    c.send({ type: "chat.cancel", req: "m-9103-again" });
    expect(await c.waitFor((f) => f.type === "error" && f.code === "not_found")).toMatchObject({
      req: "m-9103-again",
    });
    await c.close();
  });

  it("answers one message at a time per connection, and a retry of the same message with its reply", async () => {
    const c = await signIn(9104);
    llm.script({ reply: "Slowly but surely, here is my answer.", chunkSize: 4, chunkDelayMs: 30 });
    c.send({ type: "chat", text: "Tell me something", req: "m-9104-one" });
    c.send({ type: "chat", text: "And another thing", req: "m-9104-two" });
    expect(await done(c, "m-9104-two")).toMatchObject({ type: "error", code: "busy" });
    const first = await done(c, "m-9104-one");
    const requests = llm.requests.length;
    // The client lost the socket and sends the same frame again: the stored reply comes back.
    await c.close();
    const again = await signIn(9104);
    again.send({ type: "chat", text: "Tell me something", req: "m-9104-one" });
    expect(await done(again, "m-9104-one")).toMatchObject({
      type: "chat.done",
      text: first.text,
      message_id: first.message_id,
      repeated: true,
    });
    expect(llm.requests.length).toBe(requests);
    // Counters restart with each page: a numeric req is always a new message.
    again.send({ type: "chat", text: "Tell me something", req: 1 });
    expect(await done(again, 1)).toMatchObject({ type: "chat.done" });
    expect(llm.requests.length).toBe(requests + 1);
    await again.close();
  });

  it("obeys the per-user message limit it shares with Telegram", async () => {
    const c = await signIn(9105);
    await h.send(privateText("hello from Telegram", { userId: 9105 }));
    const replies: Frame[] = [];
    for (let i = 0; i < 6; i++) {
      c.send({ type: "chat", text: `message ${i}`, req: i });
      replies.push(await done(c, i));
    }
    const limited = replies.filter((f) => f.type === "error");
    expect(limited.length).toBeGreaterThanOrEqual(1);
    expect(limited[0]).toMatchObject({ code: "rate_limited" });
    expect(limited[0]!.retry_after_ms).toBeGreaterThan(0);
    await c.close();
  });

  it("never lets one user's turn reach, or be stopped by, another user's socket", async () => {
    const a = await signIn(9106, "Ann");
    const b = await signIn(9107, "Bob");
    llm.script({ reply: "A secret reply for Ann only, written slowly.", chunkSize: 4, chunkDelayMs: 30 });
    a.send({ type: "chat", text: "Ann's secret: the code is 4521", req: "m-9106-secret" });
    await a.waitFor((f) => f.req === "m-9106-secret" && f.type === "chat.delta");
    b.send({ type: "chat.cancel", req: "m-9106-secret" });
    expect(await b.waitFor((f) => f.type === "error")).toMatchObject({ code: "not_found" });
    expect(await done(a, "m-9106-secret")).toMatchObject({
      type: "chat.done",
      text: "A secret reply for Ann only, written slowly.",
    });
    b.send({ type: "chat", text: "What is the code?", req: "m-9107-code" });
    await done(b, "m-9107-code");
    // Bob's turn was prompted without Ann's conversation; Bob's socket saw none of Ann's frames.
    expect(lastPrompt()).not.toContain("4521");
    expect(JSON.stringify(b.frames)).not.toMatch(/Ann only|4521/);
    expect(b.events().every((e) => e.userId === undefined || e.userId === 9107)).toBe(true);
    await a.close();
    await b.close();
  });

  it("refuses malformed chat frames and users the bot has never met", async () => {
    const c = await signIn(9108);
    c.send({ type: "chat", text: "   ", req: "m-9108-empty" });
    c.send({ type: "chat", text: "x".repeat(4097), req: "m-9108-long" });
    await eventually(() => c.frames.filter((f) => f.code === "invalid_frame").length === 2, 5_000);
    await c.close();
    const stranger = await connectReady(
      `ws://127.0.0.1:${h.app.port}/ws?token=${h.app.live.tokens.issue(9199).token}`,
    );
    stranger.send({ type: "chat", text: "hi", req: "m-9199-hi" });
    expect(await done(stranger, "m-9199-hi")).toMatchObject({ type: "error", code: "not_registered" });
    await stranger.close();
  });
});
