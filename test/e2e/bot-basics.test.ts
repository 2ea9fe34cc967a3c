/** The first complete user experience through the real grammY stack and the fake Bot API. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  callbackQuery,
  command,
  editedText,
  groupText,
  photo,
  privateText,
  sticker,
  voice,
} from "../fakes/updates.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually, type Harness, startHarness } from "../helpers/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ mode: "polling" });
});
afterAll(async () => {
  await h?.stop();
  await dropFreshDatabases();
});

describe("bot basics (long polling, offline responder)", () => {
  it("registers a user on /start exactly once and welcomes them back afterwards", async () => {
    const before = h.tg.calls.length;
    await h.send(command("start", undefined, { userId: 501, firstName: "Ann" }));
    const first = await h.nextCall("sendMessage", 501, before);
    expect(String(first.payload.text)).toMatch(/Hi Ann/);
    const mid = h.tg.calls.length;
    await h.send(command("start", undefined, { userId: 501, firstName: "Ann" }));
    const second = await h.nextCall("sendMessage", 501, mid);
    expect(String(second.payload.text)).toMatch(/Welcome back, Ann/);
    expect(await h.app.db.prisma.user.count({ where: { id: 501n } })).toBe(1);
  });

  it("registers its command menu with Telegram at start-up", async () => {
    const menu = await eventually(() => h.tg.callsOf("setMyCommands").find((c) => c.ok), 5_000);
    const names = (menu.payload.commands as { command: string }[]).map((c) => c.command);
    for (const c of ["start", "help", "reset", "persona", "memory", "forget", "imagine", "balance", "export"])
      expect(names).toContain(c);
  });

  it("/help lists every command and labels the offline responder", async () => {
    const before = h.tg.calls.length;
    await h.send(command("help", undefined, { userId: 502 }));
    const text = String((await h.nextCall("sendMessage", 502, before)).payload.text);
    for (const c of ["/start", "/help", "/reset"]) expect(text).toContain(c);
    expect(text).toMatch(/offline mode/i);
  });

  it("answers plain text in a private chat with a real message (no draft for an instant reply), and stores both turns", async () => {
    const before = h.tg.calls.length;
    await h.send(
      privateText("Hello there! I have been learning to play the guitar", { userId: 503, firstName: "Bo" }),
    );
    const reply = await h.nextCall("sendMessage", 503, before);
    expect(String(reply.payload.text).length).toBeGreaterThan(0);
    // The offline responder's reply is complete at once: a draft replaced at once would show nothing.
    // (A streaming model's reply gets drafts: see bot-llm.test.ts.)
    expect(h.tg.drafts(503)).toEqual([]);
    const rows = await eventually(async () => {
      const found = await h.app.db.prisma.message.findMany({
        where: { conversation: { chatId: 503n } },
        orderBy: { id: "asc" },
      });
      return found.length === 2 && found;
    });
    expect(rows.map((r) => r.role)).toEqual(["user", "assistant"]);

    expect(rows[0]!.content).toContain("guitar");
  });

  it("in groups answers only when mentioned or replied to", async () => {
    const chatId = -100_777;
    const before = h.tg.calls.length;
    await h.send(groupText("just chatting among ourselves", { chatId, userId: 504 }));
    await h.send(
      groupText(`@${h.tg.botInfo.username} what do you think about rain?`, { chatId, userId: 504 }),
    );
    const reply = await h.nextCall("sendMessage", chatId, before);
    expect(reply.payload.reply_parameters).toBeDefined();
    // Once both updates are finished: only the mention got an answer, and no draft was used.
    await h.idle();
    expect(h.sentTexts(chatId)).toHaveLength(1);
    expect(h.tg.drafts(chatId)).toHaveLength(0);
    const stored = await h.app.db.prisma.message.findMany({
      where: { conversation: { chatId: BigInt(chatId) } },
    });
    expect(stored.map((m) => m.content)).not.toContain("just chatting among ourselves");
  });

  it("/reset starts a fresh conversation and keeps the old one in the database", async () => {
    await h.send(privateText("remember the blue door", { userId: 505 }));
    await h.nextCall("sendMessage", 505);
    await eventually(
      async () => (await h.app.db.prisma.message.count({ where: { conversation: { chatId: 505n } } })) === 2,
    );
    const before = h.tg.calls.length;
    await h.send(command("reset", undefined, { userId: 505 }));
    expect(String((await h.nextCall("sendMessage", 505, before)).payload.text)).toMatch(/fresh start/i);
    const conversations = await h.app.db.prisma.conversation.findMany({ where: { chatId: 505n } });
    expect(conversations).toHaveLength(1);
    expect(conversations[0]!.endedAt).not.toBeNull();
    expect(await h.app.db.prisma.message.count({ where: { conversation: { chatId: 505n } } })).toBe(2);
  });

  it("answers stickers, photos and voice kindly, ignores edits, and acknowledges unknown buttons", async () => {
    const userId = 506;
    let before = h.tg.calls.length;
    await h.send(sticker({ userId }));
    expect(String((await h.nextCall("sendMessage", userId, before)).payload.text)).toMatch(/sticker/i);
    before = h.tg.calls.length;
    await h.send(photo({ userId }));
    expect(String((await h.nextCall("sendMessage", userId, before)).payload.text)).toMatch(/photo/i);
    before = h.tg.calls.length;
    await h.send(voice({ userId }));
    expect(String((await h.nextCall("sendMessage", userId, before)).payload.text)).toMatch(/voice/i);
    before = h.tg.calls.length;
    await h.send(editedText("changed my mind", { userId }));
    await h.send(callbackQuery("stale:button", { userId }));
    const answer = await h.tg.waitFor("answerCallbackQuery", 5_000, before);
    expect(String(answer.payload.text)).toMatch(/no longer active/);
    expect(h.tg.calls.slice(before).filter((c) => c.method === "sendMessage")).toHaveLength(0);
  });

  it("without a FAL key, /imagine says creation is not set up, charges nothing, and 'draw me' is conversation", async () => {
    const before = h.tg.calls.length;
    await h.send(command("imagine", "a fox in the snow", { userId: 512 }));
    const reply = await h.nextCall("sendMessage", 512, before);
    expect(String(reply.payload.text)).toMatch(/isn't set up on this bot/);
    expect(reply.payload.reply_markup).toBeUndefined();
    expect(await h.app.db.prisma.generationJob.count({ where: { userId: 512n } })).toBe(0);
    expect(await h.app.db.prisma.creditEntry.count({ where: { userId: 512n, kind: { not: "grant" } } })).toBe(
      0,
    );
    const mid = h.tg.calls.length;
    await h.send(privateText("draw me a fox in the snow", { userId: 512 }));
    const chat = await h.nextCall("sendMessage", 512, mid);
    expect(String(chat.payload.text)).not.toMatch(/Want me to create that/);
  });

  it("unknown commands get a hint", async () => {
    const before = h.tg.calls.length;
    await h.send(command("frobnicate", undefined, { userId: 507 }));
    expect(String((await h.nextCall("sendMessage", 507, before)).payload.text)).toMatch(/\/help/);
  });

  it("serves /live, /ready, /health and /metrics", async () => {
    const base = `http://127.0.0.1:${h.app.port}`;
    expect((await fetch(`${base}/live`)).status).toBe(200);
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    const health = (await (await fetch(`${base}/health`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ status: "ok", mode: "polling", version: "test" });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/velro_updates_received_total\{type="message"\} \d+/);
    expect(metrics).toContain("velro_update_handler_seconds_bucket");
    expect(metrics).toContain("process_cpu_user_seconds_total");
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});
