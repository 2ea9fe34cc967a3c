/**
 * Voice replies through the real grammY stack: /voice switches them on, the reply is spoken by the
 * fake FAL (MiniMax's MP3, re-encoded) or the fake OpenAI-compatible /audio/speech, and goes out
 * with sendVoice, which the fake Bot API accepts as a voice note only when it is real Ogg/Opus.
 */
import type { InlineKeyboardMarkup, Message } from "grammy/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeFal, startFakeFal } from "../fakes/fal-server.ts";
import { type FakeLlm, startFakeLlm } from "../fakes/llm-server.ts";
import type { UploadedFile } from "../fakes/telegram-http.ts";
import type { RecordedCall } from "../fakes/telegram-server.ts";
import { checkOggOpus } from "../fakes/telegram-voice.ts";
import { callbackQuery, privateText } from "../fakes/updates.ts";
import { noteUpdate } from "../fixtures/voice-notes.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { type Harness, startHarness } from "../helpers/harness.ts";
import { median } from "../helpers/latency.ts";

const TTS_ENDPOINT = "fal-ai/minimax/speech-02-turbo";
const asMessage = (call: RecordedCall) => call.result as Message;
const buttons = (call: RecordedCall) =>
  ((call.payload.reply_markup as InlineKeyboardMarkup | undefined)?.inline_keyboard ?? []).flat();

/** Presses the button with `data` under the message a call sent. */
async function press(h: Harness, userId: number, call: RecordedCall, data: string): Promise<void> {
  const button = buttons(call).find((b) => "callback_data" in b && b.callback_data === data);
  expect(button, `no ${data} button`).toBeDefined();
  await h.send(callbackQuery(data, { userId, message: asMessage(call) }));
}

/** The voice note a sendVoice uploaded, checked the way a player reads it. */
function expectVoiceNote(call: RecordedCall) {
  const upload = call.payload.voice as UploadedFile;
  expect(upload.kind).toBe("upload");
  const check = checkOggOpus(upload.bytes);
  expect(check).toMatchObject({ ok: true, channels: 1 });
  const sent = asMessage(call);
  expect(sent.voice?.mime_type).toBe("audio/ogg");
  expect(sent.document).toBeUndefined();
  return { sent, check };
}

describe("voice replies through FAL", () => {
  let fal: FakeFal;
  let llm: FakeLlm;
  let h: Harness;

  beforeAll(async () => {
    fal = await startFakeFal();
    llm = await startFakeLlm();
    h = await startHarness({
      recordLogs: true,
      env: { ...fal.env, LLM_BASE_URL: llm.baseUrl, LLM_MODEL: "fake-gpt", LLM_FACT_EXTRACTION: "off" },
    });
  });
  beforeEach(() => {
    llm.reset();
    fal.setScript(() => ({}));
  });
  afterAll(async () => {
    await h?.stop();
    await llm?.close();
    await fal?.close();
    await dropFreshDatabases();
  });

  const ttsJobs = () => [...fal.jobs.values()].filter((j) => j.endpoint === TTS_ENDPOINT);

  it("/voice turns them on; a reply then arrives as an Ogg/Opus voice note with its words as the caption, for 1 credit", async () => {
    const userId = 7101;
    let before = h.tg.calls.length;
    await h.send(privateText("/voice", { userId }));
    const panel = await h.nextCall("sendMessage", userId, before);
    expect(String(panel.payload.text)).toMatch(/Voice replies: off/);
    expect(String(panel.payload.text)).toMatch(/1 credit for every 500 characters started/);
    before = h.tg.calls.length;
    await press(h, userId, panel, "voice:replies:on");
    const edited = await h.nextCall("editMessageText", userId, before);
    expect(String(edited.payload.text)).toMatch(/Voice replies: on/);

    llm.script({ reply: "Lisbon sounds **wonderful** 🌞" });
    before = h.tg.calls.length;
    await h.send(privateText("I'm moving to Lisbon next month", { userId }));
    const voice = await h.nextCall("sendVoice", userId, before);
    const { sent, check } = expectVoiceNote(voice);
    expect(check.ok && check.seconds).toBeGreaterThan(1);
    expect(voice.payload.caption).toBe("Lisbon sounds <b>wonderful</b> 🌞");
    expect(sent.caption).toBe("Lisbon sounds wonderful 🌞");
    expect(sent.voice?.duration).toBeGreaterThanOrEqual(2);
    // Recording shows while it is made, uploading while it goes out; no text was sent.
    const actions = h.tg.calls
      .slice(before)
      .filter((c) => c.method === "sendChatAction")
      .map((c) => c.payload.action);
    expect(actions).toContain("record_voice");
    expect(actions.indexOf("upload_voice")).toBeGreaterThan(actions.indexOf("record_voice"));
    expect(h.tg.calls.slice(before).filter((c) => c.method === "sendMessage")).toHaveLength(0);
    // MiniMax got plain words (no markdown, no emoji) in Velro's voice, asked for a URL.
    expect(ttsJobs().at(-1)!.input).toMatchObject({
      text: "Lisbon sounds wonderful",
      voice_setting: { voice_id: "Friendly_Person" },
      output_format: "url",
    });
    await h.idle();
    const entries = await h.app.runtime.credits.entries(userId);
    expect(entries.filter((e) => e.ref.startsWith("tts:")).map((e) => [e.kind, e.amount])).toEqual([
      ["capture", 0],
      ["reserve", -1],
    ]);
    expect(await h.app.runtime.credits.balance(userId)).toBe(99);
    // History keeps the reply under the voice note's message id.
    const row = await h.app.db.prisma.message.findFirst({
      where: { role: "assistant", conversation: { chatId: BigInt(userId) } },
      orderBy: { id: "desc" },
    });
    expect(row?.telegramMessageId).toBe(sent.message_id);
  });

  it("/models names the price of a voice reply", async () => {
    const userId = 7108;
    const before = h.tg.calls.length;
    await h.send(privateText("/models", { userId }));
    const text = String((await h.nextCall("sendMessage", userId, before)).payload.text);
    expect(text).toMatch(
      /Answering with a voice note \(\/voice\) — 1 credit for every 500 characters started/,
    );
  });

  it("a reply too long for a caption gets a show-text button; pressing it sends the words once; 3 credits for 1,200 characters", async () => {
    const userId = 7102;
    await h.app.runtime.credits.balance(userId);
    await h.send(privateText("/voice on", { userId }));
    await h.tg.waitFor((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === userId);
    const long = `${"I remember the summer we spent by the sea. ".repeat(28)}`.trim();
    expect(long.length).toBeGreaterThan(1024);
    llm.script({ reply: long });
    let before = h.tg.calls.length;
    await h.send(privateText("Tell me a long story", { userId }));
    const voice = await h.nextCall("sendVoice", userId, before);
    expectVoiceNote(voice);
    expect(voice.payload.caption).toBeUndefined();
    expect(buttons(voice).map((b) => ("callback_data" in b ? b.callback_data : ""))).toEqual(["vtext"]);
    expect(await h.app.runtime.credits.balance(userId)).toBe(100 - Math.ceil(long.length / 500));

    before = h.tg.calls.length;
    await press(h, userId, voice, "vtext");
    const text = await h.nextCall("sendMessage", userId, before);
    expect(text.payload.text).toBe(long);
    expect((text.payload.reply_parameters as { message_id: number }).message_id).toBe(
      asMessage(voice).message_id,
    );
    // The button goes; a second press (an old client) is told the text is there, nothing resent.
    await h.tg.waitFor((c) => c.method === "editMessageReplyMarkup" && c.ok, 5_000, before);
    before = h.tg.calls.length;
    await h.send(callbackQuery("vtext", { userId, message: asMessage(voice) }));
    const toast = await h.tg.waitFor((c) => c.method === "answerCallbackQuery" && c.ok, 5_000, before);
    expect(toast.payload.text).toBe("The text is already right under the voice note.");
    await h.idle();
    expect(h.tg.calls.slice(before).filter((c) => c.method === "sendMessage")).toHaveLength(0);
  });

  it("when the speech fails the reply goes out as text, the user is told and the credit is returned", async () => {
    const userId = 7103;
    await h.send(privateText("/voice on", { userId, languageCode: "de" }));
    await h.tg.waitFor((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === userId);
    fal.setScript((job) =>
      job.endpoint === TTS_ENDPOINT
        ? { outcome: { type: "error", status: 500, body: { detail: "Runner crashed" } } }
        : {},
    );
    llm.script({ reply: "Klingt nach einem guten Plan." });
    const before = h.tg.calls.length;
    await h.send(privateText("Ich gehe heute wandern", { userId, languageCode: "de" }));
    const reply = await h.nextCall("sendMessage", userId, before);
    expect(reply.payload.text).toBe("Klingt nach einem guten Plan.");
    const note = await h.nextCall("sendMessage", userId, h.tg.calls.indexOf(reply) + 1);
    expect(note.payload.text).toBe(
      "⚠️ Diesmal konnte ich keine Sprachnachricht aufnehmen, meine Antwort steht deshalb oben als Text.\n1 Credit wurde deinem Guthaben wieder gutgeschrieben.",
    );
    expect(h.tg.calls.slice(before).some((c) => c.method === "sendVoice")).toBe(false);
    expect(await h.app.runtime.credits.balance(userId)).toBe(100);
    const entries = await h.app.runtime.credits.entries(userId);
    expect(entries.filter((e) => e.ref.startsWith("tts:")).map((e) => [e.kind, e.amount])).toEqual([
      ["release", 1],
      ["reserve", -1],
    ]);
    const line = h.lines.map((l) => JSON.parse(l)).find((l) => l.msg === "voice reply failed; sending text");
    expect(line).toMatchObject({ provider: "fal", model: TTS_ENDPOINT, stage: "synthesize", status: 500 });
  });

  it("without credits the reply is text with a short note, and nothing is charged", async () => {
    const userId = 7104;
    await h.send(privateText("/voice on", { userId }));
    await h.tg.waitFor((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === userId);
    await h.app.runtime.credits.apply({ userId, kind: "adjust", amount: -100, ref: `drain:${userId}` });
    llm.script({ reply: "Here you go." });
    const jobs = ttsJobs().length;
    const before = h.tg.calls.length;
    await h.send(privateText("Say something", { userId }));
    const reply = await h.nextCall("sendMessage", userId, before);
    expect(reply.payload.text).toBe("Here you go.");
    const note = await h.nextCall("sendMessage", userId, h.tg.calls.indexOf(reply) + 1);
    expect(note.payload.text).toMatch(/would cost 1 credit and you have 0/);
    expect(ttsJobs()).toHaveLength(jobs);
    expect(await h.app.runtime.credits.balance(userId)).toBe(0);
  });

  it("voice for voice: with only that option on, a voice note is answered by voice and typed text by text", async () => {
    const userId = 7105;
    let before = h.tg.calls.length;
    await h.send(privateText("/voice", { userId }));
    const panel = await h.nextCall("sendMessage", userId, before);
    before = h.tg.calls.length;
    await press(h, userId, panel, "voice:auto:on");
    const edited = await h.nextCall("editMessageText", userId, before);
    expect(String(edited.payload.text)).toMatch(/Voice replies: off/);
    expect(String(edited.payload.text)).toMatch(/Voice for voice: on/);

    fal.setScript(() => ({ transcript: "How was your day?" }));
    llm.script({ reply: "Lovely, thank you for asking." });
    before = h.tg.calls.length;
    await h.send(noteUpdate(h.tg, { userId }));
    const voice = await h.nextCall("sendVoice", userId, before);
    expectVoiceNote(voice);
    expect(voice.payload.caption).toBe("Lovely, thank you for asking.");

    llm.script({ reply: "Typed back." });
    before = h.tg.calls.length;
    await h.send(privateText("And in writing?", { userId }));
    expect((await h.nextCall("sendMessage", userId, before)).payload.text).toBe("Typed back.");
    await h.idle();
    expect(h.tg.calls.slice(before).some((c) => c.method === "sendVoice")).toBe(false);
  });

  it("a user whose privacy settings refuse voice messages gets the text, a note why, and the credit back", async () => {
    const userId = 7106;
    await h.send(privateText("/voice on", { userId }));
    await h.tg.waitFor((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === userId);
    h.tg.failNextInChat(userId, 1, 400, "Bad Request: VOICE_MESSAGES_FORBIDDEN", "sendVoice");
    llm.script({ reply: "Still here for you." });
    const before = h.tg.calls.length;
    await h.send(privateText("Hello", { userId }));
    const reply = await h.nextCall("sendMessage", userId, before);
    expect(reply.payload.text).toBe("Still here for you.");
    const note = await h.nextCall("sendMessage", userId, h.tg.calls.indexOf(reply) + 1);
    expect(note.payload.text).toMatch(/privacy settings don't let me send you voice messages/);
    expect(await h.app.runtime.credits.balance(userId)).toBe(100);
  });

  it("/deletedata erases the voice choices and every voice reply's record", async () => {
    const userId = 7109;
    await h.send(privateText("/voice on", { userId }));
    await h.tg.waitFor((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === userId);
    llm.script({ reply: "Noted." });
    let before = h.tg.calls.length;
    await h.send(privateText("Remember this", { userId }));
    await h.nextCall("sendVoice", userId, before);
    await h.idle();
    expect(await h.app.db.prisma.voiceReply.count({ where: { userId: BigInt(userId) } })).toBe(1);
    before = h.tg.calls.length;
    await h.send(privateText("/deletedata", { userId }));
    const prompt = await h.nextCall("sendMessage", userId, before);
    before = h.tg.calls.length;
    await press(h, userId, prompt, `privacy:del:${userId}`);
    await h.nextCall("editMessageText", userId, before);
    expect(await h.app.db.prisma.voiceReply.count({ where: { userId: BigInt(userId) } })).toBe(0);
    // Back after erasing: replies are text again (the cached choice went with the data).
    llm.script({ reply: "Hello again." });
    before = h.tg.calls.length;
    await h.send(privateText("Hi", { userId }));
    expect((await h.nextCall("sendMessage", userId, before)).payload.text).toBe("Hello again.");
  });

  it("measures the latency a voice reply adds to a turn (MiniMax MP3 re-encoded)", async () => {
    const [typed, spoken] = [7110, 7111];
    await h.send(privateText("/voice on", { userId: spoken }));
    await h.tg.waitFor((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === spoken);
    const reply = "Autumn is the season of warm light and long walks under golden trees.";
    llm.setHandler(() => ({ reply }));
    const timeOne = async (userId: number, method: string) => {
      const before = h.tg.calls.length;
      const started = performance.now();
      await h.send(privateText("Tell me something nice about autumn", { userId }));
      await h.nextCall(method, userId, before);
      return performance.now() - started;
    };
    const text: number[] = [];
    const voice: number[] = [];
    for (let i = 0; i < 3; i++) {
      text.push(await timeOne(typed, "sendMessage"));
      voice.push(await timeOne(spoken, "sendVoice"));
    }
    await h.idle();
    const stages = h.lines
      .map((l) => JSON.parse(l))
      .filter((l) => l.msg === "voice reply sent" && l.chars === reply.length)
      .slice(-3);
    const [t, v] = [median(text), median(voice)];
    console.log(
      `voice reply latency (FAL fake, 2 queue polls, ${reply.length} chars): text turn median ${t.toFixed(0)} ms, voice turn ${v.toFixed(0)} ms, added ${(v - t).toFixed(0)} ms; synthesize ${median(stages.map((s) => s.synthesize))} ms, convert MP3→Opus ${median(stages.map((s) => s.convert))} ms, upload ${median(stages.map((s) => s.upload))} ms`,
    );
    expect(stages).toHaveLength(3);
    expect(v).toBeGreaterThan(t);
  });
});
