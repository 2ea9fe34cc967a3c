/**
 * Live status inside the whole app, through the real grammY stack and the fake Bot API: /token,
 * /broadcast, conversation events, the Mini App token exchange and the live page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInitData } from "../../src/ws/init-data.ts";
import { command, privateText } from "../fakes/updates.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { type Harness, startHarness } from "../helpers/harness.ts";
import { connectReady } from "./client.ts";

const ADMIN = 880_001;
let h: Harness;
let base: string;
beforeAll(async () => {
  h = await startHarness({
    mode: "polling",
    env: { JWT_SECRET: "app-test-secret-0123456789-0123456789", ADMIN_IDS: String(ADMIN) },
  });
  base = `http://127.0.0.1:${h.app.port}`;
});
afterAll(async () => {
  await h?.stop();
  await dropFreshDatabases();
});

async function tokenFor(userId: number): Promise<{ token: string; text: string }> {
  const before = h.tg.calls.length;
  await h.send(command("token", undefined, { userId }));
  const text = String((await h.nextCall("sendMessage", userId, before)).payload.text);
  const token = /\b([\w-]{10,}\.[\w-]{10,}\.[\w-]{10,})\b/.exec(text)?.[1];
  if (!token) throw new Error(`no token in: ${text}`);
  return { token, text };
}

describe("live status in the app", () => {
  it("/token gives a token and the URLs to use it; the token opens /ws", async () => {
    const { token, text } = await tokenFor(801);
    expect(text).toContain(`ws://127.0.0.1:${h.app.port}/ws`);
    expect(text).toContain(`http://127.0.0.1:${h.app.port}/live-status#token=${token}`);
    const c = await connectReady(`ws://127.0.0.1:${h.app.port}/ws?token=${token}`);
    expect(c.frames[0]).toMatchObject({ user_id: 801, admin: false });
    await c.close();
  });

  it("/token refuses to print a token in a group", async () => {
    const before = h.tg.calls.length;
    await h.send(command("token", undefined, { userId: 802, chatId: -100_555 }));
    const text = String((await h.nextCall("sendMessage", -100_555, before)).payload.text);
    expect(text).toMatch(/private chat/);
    expect(text).not.toMatch(/[\w-]{10,}\.[\w-]{10,}\.[\w-]{10,}/);
  });

  it("streams the bot's replies to the user's socket as conversation.message", async () => {
    const { token } = await tokenFor(803);
    const c = await connectReady(`ws://127.0.0.1:${h.app.port}/ws?token=${token}`);
    const before = h.tg.calls.length;
    await h.send(privateText("Hello! I just adopted a cat named Pixel", { userId: 803 }));
    const reply = await h.nextCall("sendMessage", 803, before);
    const event = await c.waitForEvent("conversation.message", undefined, 10_000);
    expect(event).toMatchObject({ userId: 803, chatId: 803, payload: { role: "assistant", ok: true } });
    expect(String(reply.payload.text)).toContain(String(event.payload.text).slice(0, 20));
    await c.close();
  });

  it("/broadcast from an admin reaches every client; anyone else is refused", async () => {
    const { token } = await tokenFor(804);
    const c = await connectReady(`ws://127.0.0.1:${h.app.port}/ws?token=${token}`);
    let before = h.tg.calls.length;
    await h.send(command("broadcast", "new models tonight", { userId: 805 }));
    expect(String((await h.nextCall("sendMessage", 805, before)).payload.text)).toMatch(/Only admins/);
    before = h.tg.calls.length;
    await h.send(command("broadcast", "new models tonight", { userId: ADMIN }));
    expect(String((await h.nextCall("sendMessage", ADMIN, before)).payload.text)).toMatch(
      /Announcement sent/,
    );
    const event = await c.waitForEvent("announcement");
    expect(event.payload).toEqual({ text: "new models tonight", source: "telegram" });
    expect(c.events().filter((e) => e.type === "announcement")).toHaveLength(1);
    await c.close();
  });

  it("/help lists /token", async () => {
    const before = h.tg.calls.length;
    await h.send(command("help", undefined, { userId: 806 }));
    expect(String((await h.nextCall("sendMessage", 806, before)).payload.text)).toContain("/token");
  });

  it("exchanges valid Mini App initData for a token and refuses bad requests", async () => {
    const post = (body: string) =>
      fetch(`${base}/api/auth/telegram`, {
        method: "POST",
        body,
        headers: { "content-type": "application/json" },
      });
    const initData = signInitData(
      {
        auth_date: String(Math.floor(Date.now() / 1000)),
        user: JSON.stringify({ id: 807, first_name: "Mia" }),
      },
      h.env.BOT_TOKEN!,
    );
    const ok = await post(JSON.stringify({ initData }));
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { token: string; expires_at: string; ws_url: string };
    expect(body.ws_url).toBe(`ws://127.0.0.1:${h.app.port}/ws`);
    expect(Date.parse(body.expires_at)).toBeGreaterThan(Date.now());
    const c = await connectReady(`${body.ws_url}?token=${body.token}`);
    expect(c.frames[0]).toMatchObject({ user_id: 807 });
    await c.close();

    const forged = await post(JSON.stringify({ initData: initData.replace("807", "808") }));
    expect(forged.status).toBe(401);
    expect(await forged.json()).toEqual({ error: "initData signature does not match", code: "forged" });
    expect((await post("{nope")).status).toBe(400);
    expect((await post(JSON.stringify({ init: 1 }))).status).toBe(400);
    expect((await post(JSON.stringify({ initData: "x".repeat(20_000) }))).status).toBe(413);
    expect((await fetch(`${base}/live`)).status).toBe(200);
  });

  it("serves the live page", async () => {
    const res = await fetch(`${base}/live-status`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(await res.text()).toContain("new WebSocket(");
  });
});
