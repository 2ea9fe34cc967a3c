/**
 * Proves the fake Bot API speaks the protocol grammY expects (envelope and errors, getUpdates, limits, media, drafts) by driving it with the
 * real grammY stack: Bot/Api over HTTP, long polling, auto-retry and multipart uploads.
 */
import { autoRetry } from "@grammyjs/auto-retry";
import { run } from "@grammyjs/runner";
import { Bot, GrammyError, InputFile } from "grammy";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FakeTelegram, startFakeTelegram, TG_ERRORS } from "../fakes/telegram-server.ts";
import { command, DEFAULT_GROUP_ID, DEFAULT_USER_ID, groupText, privateText } from "../fakes/updates.ts";

let fake: FakeTelegram;
const newBot = (token = fake.token) =>
  new Bot(token, { botInfo: fake.botInfo, client: { apiRoot: fake.apiRoot } });

/** Run an API call that must fail and return grammY's error. */
async function apiError(p: Promise<unknown>): Promise<GrammyError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(GrammyError);
  return err as GrammyError;
}

beforeAll(async () => {
  fake = await startFakeTelegram();
});
afterAll(() => fake.close());
afterEach(() => fake.reset());

describe("transport and sendMessage", () => {
  it("sends a message and returns a realistic Message", async () => {
    const bot = newBot();
    const m1 = await bot.api.sendMessage(DEFAULT_USER_ID, "<b>Hi</b> there", { parse_mode: "HTML" });
    const m2 = await bot.api.sendMessage(DEFAULT_USER_ID, "second");
    expect(m1.text).toBe("Hi there");
    expect(m1.entities).toEqual([{ type: "bold", offset: 0, length: 2 }]);
    expect(m1.from).toMatchObject({ id: fake.botInfo.id, is_bot: true, username: fake.botInfo.username });
    expect(m1.chat).toMatchObject({ id: DEFAULT_USER_ID, type: "private" });
    expect(m2.message_id).toBe(m1.message_id + 1);
    expect(fake.messages(DEFAULT_USER_ID).map((m) => m.text)).toEqual(["Hi there", "second"]);
    expect(fake.callsOf("sendmessage")).toHaveLength(2);
  });

  it("rejects too long and empty text, counting after markup is stripped", async () => {
    const bot = newBot();
    const tooLong = await apiError(bot.api.sendMessage(1, "x".repeat(4097)));
    expect(tooLong.error_code).toBe(400);
    expect(tooLong.description).toBe(TG_ERRORS.textTooLong);
    // 4096 visible chars plus markup is fine: the limit applies after entity parsing.
    await bot.api.sendMessage(1, `<b>${"y".repeat(4096)}</b>`, { parse_mode: "HTML" });
    const empty = await apiError(bot.api.sendMessage(1, "<i> </i>", { parse_mode: "HTML" }));
    expect(empty.description).toBe(TG_ERRORS.textEmpty);
    expect(fake.calls.filter((c) => !c.ok).map((c) => c.error?.error_code)).toEqual([400, 400]);
  });

  it("reports HTML and MarkdownV2 parse errors like Telegram", async () => {
    const bot = newBot();
    const html = await apiError(bot.api.sendMessage(1, "a <foo>b</foo>", { parse_mode: "HTML" }));
    expect(html.description).toBe(
      `Bad Request: can't parse entities: Unsupported start tag "foo" at byte offset 2`,
    );
    const unclosed = await apiError(bot.api.sendMessage(1, "<b>bold", { parse_mode: "HTML" }));
    expect(unclosed.description).toBe(
      `Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"`,
    );
    const md = await apiError(bot.api.sendMessage(1, "Hello world.", { parse_mode: "MarkdownV2" }));
    expect(md.description).toBe(
      "Bad Request: can't parse entities: Character '.' is reserved and must be escaped with the preceding '\\'",
    );
    const ok = await bot.api.sendMessage(1, "Hello *world*\\.", { parse_mode: "MarkdownV2" });
    expect(ok.text).toBe("Hello world.");
  });

  it("edits messages and refuses an identical edit", async () => {
    const bot = newBot();
    const m = await bot.api.sendMessage(5, "draft");
    const edited = await bot.api.editMessageText(5, m.message_id, "final");
    expect(edited).toMatchObject({ text: "final", message_id: m.message_id });
    const same = await apiError(bot.api.editMessageText(5, m.message_id, "final"));
    expect(same.description).toBe(TG_ERRORS.notModified);
    const missing = await apiError(bot.api.editMessageText(5, 999, "x"));
    expect(missing.description).toBe(TG_ERRORS.editNotFound);
    await bot.api.deleteMessage(5, m.message_id);
    const again = await apiError(bot.api.deleteMessage(5, m.message_id));
    expect(again.description).toBe(TG_ERRORS.deleteNotFound);
    expect(fake.messages(5)).toEqual([]);
  });

  it("validates callback_data as 1..64 UTF-8 bytes", async () => {
    const bot = newBot();
    const kb = (data: string) => ({
      reply_markup: { inline_keyboard: [[{ text: "b", callback_data: data }]] },
    });
    await bot.api.sendMessage(1, "ok", kb("я".repeat(32))); // 64 bytes
    const err = await apiError(bot.api.sendMessage(1, "bad", kb("я".repeat(33)))); // 66 bytes
    expect(err.description).toBe(TG_ERRORS.buttonDataInvalid);
  });

  it("answers 401 for a wrong token and 404 for an unknown method", async () => {
    const wrong = await apiError(newBot("123:wrong").api.getMe());
    expect([wrong.error_code, wrong.description]).toEqual([401, "Unauthorized"]);
    const res = await fetch(`${fake.apiRoot}/bot${fake.token}/noSuchMethod`, { method: "POST" });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      ok: false,
      error_code: 404,
      description: "Not Found: method not found",
    });
    const me = await fetch(`${fake.apiRoot}/bot${fake.token}/GETME`).then((r) => r.json());
    expect(me).toEqual({ ok: true, result: fake.botInfo });
  });
});

describe("bot and chat methods", () => {
  it("stores commands per scope and knows chats from updates", async () => {
    const bot = newBot();
    await bot.api.setMyCommands([{ command: "start", description: "Start" }]);
    await bot.api.setMyCommands([{ command: "hilfe", description: "Hilfe" }], { language_code: "de" });
    expect(await bot.api.getMyCommands()).toEqual([{ command: "start", description: "Start" }]);
    const bad = await apiError(bot.api.setMyCommands([{ command: "Bad-Cmd", description: "x" }]));
    expect(bad.description).toBe("Bad Request: BOT_COMMAND_INVALID");
    await bot.api.deleteMyCommands();
    expect(await bot.api.getMyCommands()).toEqual([]);
    fake.pushUpdate(groupText("hello", { chatId: DEFAULT_GROUP_ID, title: "Velro fans" }));
    expect(await bot.api.getChat(DEFAULT_GROUP_ID)).toMatchObject({
      type: "supergroup",
      title: "Velro fans",
    });
    expect((await apiError(bot.api.getChat(-42))).description).toBe(TG_ERRORS.chatNotFound);
    await bot.api.leaveChat(DEFAULT_GROUP_ID);
    const gone = await apiError(bot.api.sendMessage(DEFAULT_GROUP_ID, "still here?"));
    expect([gone.error_code, gone.description]).toEqual([
      403,
      "Forbidden: bot is not a member of the supergroup chat",
    ]);
  });
});

describe("message ids", () => {
  it("keeps ids unique per chat when a pushed message reuses a bot message id", async () => {
    const bot = newBot();
    fake.pushUpdate(privateText("a"));
    const sent = await bot.api.sendMessage(DEFAULT_USER_ID, "reply");
    const clash = privateText("b");
    clash.message!.message_id = sent.message_id;
    const stored = fake.pushUpdate(clash);
    expect(stored.message!.message_id).toBe(sent.message_id + 1);
    expect(fake.messages(DEFAULT_USER_ID).map((m) => m.text)).toEqual(["reply"]);
    // The same message pushed again (a redelivery) keeps its id.
    expect(fake.pushUpdate(stored).message!.message_id).toBe(stored.message!.message_id);
  });

  it("is strict only about messages of chats it has seen", async () => {
    const bot = newBot();
    // Unseen chat (tests using bot.handleUpdate directly): incoming ids are unknown, so accept.
    expect(await bot.api.deleteMessage(777, 5000)).toBe(true);
    fake.pushUpdate(privateText("x", { userId: 778 }));
    const missing = await apiError(bot.api.deleteMessage(778, 999_999));
    expect(missing.description).toBe(TG_ERRORS.deleteNotFound);
  });
});

describe("files", () => {
  it("accepts a multipart sendPhoto with InputFile(Buffer) and serves it back via getFile", async () => {
    const bot = newBot();
    const bytes = Buffer.from(
      "\x89PNG\r\n\x1a\n0000IHDR\x00\x00\x02\x00\x00\x00\x01\x00rest-of-png",
      "latin1",
    );
    const msg = await bot.api.sendPhoto(DEFAULT_USER_ID, new InputFile(bytes, "cat.png"), {
      caption: "<i>cat</i>",
      parse_mode: "HTML",
    });
    expect(msg.caption).toBe("cat");
    const big = msg.photo!.at(-1)!;
    expect(big).toMatchObject({ width: 512, height: 256, file_size: bytes.length });
    const call = fake.callsOf("sendPhoto")[0]!;
    expect(call.payload.photo).toMatchObject({ kind: "upload", filename: "cat.png", size: bytes.length });
    const file = await bot.api.getFile(big.file_id);
    const download = await fetch(`${fake.apiRoot}/file/bot${fake.token}/${file.file_path}`);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);
    const long = await apiError(bot.api.sendPhoto(1, big.file_id, { caption: "c".repeat(1025) }));
    expect(long.description).toBe(TG_ERRORS.captionTooLong);
    const unknown = await apiError(bot.api.sendDocument(1, "nope"));
    expect(unknown.description).toBe(TG_ERRORS.wrongFileId);
  });

  it("serves registered files", async () => {
    const id = fake.registerFile(new Uint8Array([1, 2, 3]), "application/pdf");
    const file = await newBot().api.getFile(id);
    expect(file.file_size).toBe(3);
    const res = await fetch(`${fake.apiRoot}/file/bot${fake.token}/${file.file_path}`);
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([1, 2, 3]);
  });
});

describe("drafts (sendMessageDraft)", () => {
  it("accepts drafts in private chats and rejects groups", async () => {
    const bot = newBot();
    await bot.api.sendMessageDraft(DEFAULT_USER_ID, 7, "Thinking");
    await bot.api.sendMessageDraft(DEFAULT_USER_ID, 7, "Thinking harder");
    expect(fake.drafts(DEFAULT_USER_ID).map((d) => [d.draft_id, d.text])).toEqual([
      [7, "Thinking"],
      [7, "Thinking harder"],
    ]);
    expect(fake.currentDraft(DEFAULT_USER_ID)?.text).toBe("Thinking harder");
    await bot.api.sendMessage(DEFAULT_USER_ID, "Done");
    expect(fake.currentDraft(DEFAULT_USER_ID)).toBeUndefined();
    const group = await apiError(bot.api.sendMessageDraft(DEFAULT_GROUP_ID, 7, "x"));
    expect(group.description).toBe(TG_ERRORS.draftPeerInvalid);
  });
});

describe("long polling", () => {
  it("delivers a pushed update to bot.start() and confirms the offset", async () => {
    const bot = newBot();
    bot.on("message:text", (ctx) => ctx.reply(`got ${ctx.message.text}`));
    const started = bot.start({ timeout: 1 });
    const pushed = fake.pushUpdate(privateText("hello"));
    const reply = await fake.waitFor((c) => c.method === "sendMessage" && c.ok);
    expect(reply.payload).toMatchObject({ chat_id: DEFAULT_USER_ID, text: "got hello" });
    await bot.stop();
    await started;
    const polls = fake.callsOf("getUpdates");
    expect(polls.at(-1)?.payload).toMatchObject({ offset: pushed.update_id + 1, limit: 1 });
    expect(fake.pendingUpdates()).toEqual([]);
    expect(fake.callsOf("deleteWebhook")).toHaveLength(1);
  });

  it("serves @grammyjs/runner's long polling and its abort on stop", async () => {
    const bot = newBot();
    bot.on("message:text", (ctx) => ctx.reply(`r:${ctx.message.text}`));
    const handle = run(bot);
    fake.pushUpdate(privateText("via runner"));
    const reply = await fake.waitFor((c) => c.method === "sendMessage" && c.ok);
    expect(reply.payload.text).toBe("r:via runner");
    await handle.stop();
    expect(fake.callsOf("getUpdates")[0]?.payload).toMatchObject({ timeout: 30 });
  });

  it("returns queued updates honouring offset, limit and negative offsets", async () => {
    const bot = newBot();
    const ids = [privateText("a"), groupText("b"), command("start")].map((u) => fake.pushUpdate(u).update_id);
    expect((await bot.api.getUpdates({ limit: 2 })).map((u) => u.update_id)).toEqual(ids.slice(0, 2));
    expect((await bot.api.getUpdates({ offset: ids[1]! })).map((u) => u.update_id)).toEqual(ids.slice(1));
    expect((await bot.api.getUpdates({ offset: -1 })).map((u) => u.update_id)).toEqual([ids[2]]);
  });

  it("wakes a waiting long poll, and 409s overlapping pollers and polling under a webhook", async () => {
    const bot = newBot();
    const first = bot.api.getUpdates({ timeout: 5 }).catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 100)); // let the first poll reach the server and wait
    const second = bot.api.getUpdates({ timeout: 5 });
    const conflict = (await first) as GrammyError;
    expect([conflict.error_code, conflict.description]).toEqual([409, TG_ERRORS.pollConflict]);
    const u = fake.pushUpdate(privateText("wake"));
    expect((await second).map((x) => x.update_id)).toEqual([u.update_id]);
    await bot.api.setWebhook("http://127.0.0.1:9/hook");
    const blocked = await apiError(bot.api.getUpdates());
    expect(blocked.description).toBe(TG_ERRORS.webhookActive);
  });
});

describe("flood control", () => {
  it("auto-retry waits retry_after after an injected 429", async () => {
    const bot = newBot();
    bot.api.config.use(autoRetry());
    fake.rateLimitNext(1, 1, "sendMessage");
    const t0 = Date.now();
    const msg = await bot.api.sendMessage(1, "eventually");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(msg.text).toBe("eventually");
    const calls = fake.callsOf("sendMessage");
    expect(calls.map((c) => c.ok)).toEqual([false, true]);
    expect(calls[0]!.error).toEqual({
      error_code: 429,
      description: "Too Many Requests: retry after 1",
      parameters: { retry_after: 1 },
    });
  });

  it("injects arbitrary failures and enforces an opt-in flood model", async () => {
    const bot = newBot();
    fake.failNext(1, 403, TG_ERRORS.blocked);
    expect((await apiError(bot.api.sendMessage(1, "x"))).error_code).toBe(403);
    fake.setFloodLimits({ perChatPerSecond: 1 });
    await bot.api.sendMessage(2, "one");
    const flood = await apiError(bot.api.sendMessage(2, "two"));
    expect(flood.error_code).toBe(429);
    expect(flood.parameters.retry_after).toBe(1);
  });
});
