/**
 * Voice and video notes through the real grammY stack: the fake Bot API serves the note through
 * getFile, the fake FAL transcribes it, and the transcript becomes an ordinary chat turn answered
 * by the fake LLM.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeFal, startFakeFal } from "../fakes/fal-server.ts";
import { type FakeLlm, startFakeLlm } from "../fakes/llm-server.ts";
import { groupText, privateText } from "../fakes/updates.ts";
import { chatRequests, lastUserContent, MB, noteUpdate, OGG } from "../fixtures/voice-notes.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually, type Harness, startHarness } from "../helpers/harness.ts";
import { addedLatency, median } from "../helpers/latency.ts";

describe("voice notes through FAL", () => {
  let fal: FakeFal;
  let llm: FakeLlm;
  let h: Harness;
  const say = (transcript: string) => fal.setScript(() => ({ transcript }));

  beforeAll(async () => {
    fal = await startFakeFal();
    llm = await startFakeLlm();
    h = await startHarness({
      recordLogs: true,
      env: {
        ...fal.env,
        LLM_BASE_URL: llm.baseUrl,
        LLM_MODEL: "fake-gpt",
        LLM_FACT_EXTRACTION: "off",
        STT_CREDITS: "2",
        VOICE_MAX_SECONDS: "120",
      },
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

  it("a voice note becomes a chat turn: the LLM gets the transcript, the palace keeps it, 2 credits are charged", async () => {
    const userId = 7001;
    say("My sister Maria just moved to Lisbon for a new job as an architect");
    llm.script({ reply: "Lisbon! That's a big step for Maria." });
    const before = h.tg.calls.length;
    await h.send(noteUpdate(h.tg, { userId }));
    const sent = await h.nextCall("sendMessage", userId, before);
    expect(sent.payload.text).toBe("Lisbon! That's a big step for Maria.");
    expect(lastUserContent(llm)).toBe("My sister Maria just moved to Lisbon for a new job as an architect");
    // Typing was shown while the note was transcribed.
    const typing = h.tg.calls.slice(before).find((c) => c.method === "sendChatAction");
    expect(typing?.payload.action).toBe("typing");
    // FAL got the audio through its own storage as OGG, never by a Telegram URL.
    const job = [...fal.jobs.values()].at(-1)!;
    expect(job.endpoint).toBe("fal-ai/elevenlabs/speech-to-text");
    expect(job.input).toMatchObject({ tag_audio_events: false, diarize: false });
    const audioUrl = String(job.input.audio_url);
    expect(audioUrl.startsWith(`${fal.base}/files/`)).toBe(true);
    expect(audioUrl).not.toContain(h.tg.token);
    const stored = fal.files.get(audioUrl.slice(fal.base.length + 7))!;
    expect(stored.contentType).toBe("audio/ogg");
    expect(stored.bytes.equals(OGG)).toBe(true);
    const memory = await eventually(() =>
      h.app.db.prisma.memory.findFirst({ where: { userId: BigInt(userId), text: { contains: "Lisbon" } } }),
    );
    expect(memory.text).toContain("Maria");
    const entries = await h.app.runtime.credits.entries(userId);
    expect(entries.map((e) => [e.kind, e.amount])).toEqual(
      expect.arrayContaining([
        ["reserve", -2],
        ["capture", 0],
      ]),
    );
    expect(await h.app.runtime.credits.balance(userId)).toBe(98);
  });

  it("/transcripts on quotes what was heard above the reply; off stops it", async () => {
    const userId = 7002;
    let before = h.tg.calls.length;
    await h.send(privateText("/transcripts on", { userId }));
    expect(String((await h.nextCall("sendMessage", userId, before)).payload.text)).toMatch(/Transcripts on/);
    say("What should I cook tonight?");
    llm.script({ reply: "How about a **risotto**?" });
    before = h.tg.calls.length;
    await h.send(noteUpdate(h.tg, { userId }));
    const sent = await h.nextCall("sendMessage", userId, before);
    expect(sent.payload.text).toBe(
      "<blockquote>🎙 What should I cook tonight?</blockquote>\n\nHow about a <b>risotto</b>?",
    );
    // History keeps the reply alone: the quote is presentation.
    await eventually(async () => {
      const rows = await h.app.db.prisma.message.findMany({
        where: { conversation: { chatId: BigInt(userId) } },
        orderBy: { id: "asc" },
      });
      expect(rows.map((r) => r.content)).toEqual(["What should I cook tonight?", "How about a **risotto**?"]);
      return true;
    });

    before = h.tg.calls.length;
    await h.send(privateText("/transcripts off", { userId }));
    await h.nextCall("sendMessage", userId, before);
    llm.script({ reply: "Plain reply." });
    before = h.tg.calls.length;
    await h.send(noteUpdate(h.tg, { userId }));
    expect((await h.nextCall("sendMessage", userId, before)).payload.text).toBe("Plain reply.");
  });

  it("a video note is transcribed the same way (uploaded as MP4)", async () => {
    const userId = 7003;
    say("Look at my new bike");
    const before = h.tg.calls.length;
    await h.send(noteUpdate(h.tg, { userId }, { kind: "video_note", bytes: Buffer.alloc(4096, 7) }));
    await h.nextCall("sendMessage", userId, before);
    expect(lastUserContent(llm)).toBe("Look at my new bike");
    const url = String([...fal.jobs.values()].at(-1)!.input.audio_url);
    expect(fal.files.get(url.slice(fal.base.length + 7))!.contentType).toBe("video/mp4");
  });

  it("a note over the maximum length is refused before anything is downloaded or charged", async () => {
    const userId = 7004;
    const jobs = fal.jobs.size;
    const before = h.tg.calls.length;
    await h.send(noteUpdate(h.tg, { userId, languageCode: "de" }, { duration: 245 }));
    const sent = await h.nextCall("sendMessage", userId, before);
    expect(sent.payload.text).toBe(
      "Diese Nachricht ist 4:05 lang — ich kann Nachrichten bis 2:00 anhören. Magst du sie aufteilen oder mir das Wichtigste schreiben?",
    );
    expect(h.tg.calls.slice(before).some((c) => c.method === "getFile")).toBe(false);
    expect(fal.jobs.size).toBe(jobs);
    expect(await h.app.runtime.credits.balance(userId)).toBe(100);
    expect(chatRequests(llm)).toHaveLength(0);
  });

  it("a file over Telegram's 20 MB: refused from file_size, and when getFile refuses it (credits returned)", async () => {
    const userId = 7005;
    const big = Buffer.alloc(21 * MB);
    let before = h.tg.calls.length;
    await h.send(noteUpdate(h.tg, { userId }, { bytes: big, duration: 60 }));
    expect(String((await h.nextCall("sendMessage", userId, before)).payload.text)).toMatch(/too large/);
    expect(h.tg.calls.slice(before).some((c) => c.method === "getFile")).toBe(false);
    // Without file_size in the update, the Bot API's own refusal is understood.
    before = h.tg.calls.length;
    await h.send(noteUpdate(h.tg, { userId }, { bytes: big, duration: 60, fileSize: null }));
    expect(String((await h.nextCall("sendMessage", userId, before)).payload.text)).toMatch(/too large/);
    const getFile = h.tg.calls.slice(before).find((c) => c.method === "getFile");
    expect(getFile?.error?.description).toBe("Bad Request: file is too big");
    expect(await h.app.runtime.credits.balance(userId)).toBe(100);
    expect(chatRequests(llm)).toHaveLength(0);
  });

  it("silence (an empty transcript) is answered clearly and refunded", async () => {
    const userId = 7006;
    say("");
    const before = h.tg.calls.length;
    await h.send(noteUpdate(h.tg, { userId }));
    const text = String((await h.nextCall("sendMessage", userId, before)).payload.text);
    expect(text).toMatch(/couldn't make out any words/);
    expect(text).toMatch(/2 credits were returned/);
    expect(await h.app.runtime.credits.balance(userId)).toBe(100);
    expect(chatRequests(llm)).toHaveLength(0);
  });

  it("an STT failure tells the user, logs why, refunds and keeps nothing", async () => {
    const userId = 7007;
    fal.setScript(() => ({
      outcome: {
        type: "error",
        status: 422,
        body: {
          detail: [{ loc: ["body", "audio_url"], msg: "Unsupported audio format", type: "value_error" }],
        },
      },
    }));
    const before = h.tg.calls.length;
    await h.send(noteUpdate(h.tg, { userId, languageCode: "ru" }));
    const text = String((await h.nextCall("sendMessage", userId, before)).payload.text);
    expect(text).toMatch(/^⚠️ Не получилось прослушать это сообщение/);
    expect(text).toMatch(/2 кредита возвращены на твой баланс/);
    expect(await h.app.runtime.credits.balance(userId)).toBe(100);
    const line = h.lines
      .map((l) => JSON.parse(l))
      .find((l) => l.msg === "transcription failed" && l.status === 422);
    expect(line).toMatchObject({ provider: "fal", model: "fal-ai/elevenlabs/speech-to-text", kind: "voice" });
    expect(JSON.stringify(line.detail)).toContain("Unsupported audio format");
    expect(chatRequests(llm)).toHaveLength(0);
  });

  it("in groups: ignored unless it replies to the bot or its caption mentions it", async () => {
    const group = -100_777;
    const userId = 7008;
    const jobs = fal.jobs.size;
    let before = h.tg.calls.length;
    await h.send(noteUpdate(h.tg, { userId, group }));
    // Updates of one chat are worked in order: once this is answered, the note was seen.
    await h.send(groupText("hello", { chatId: group, userId, mention: h.tg.botInfo.username }));
    await h.nextCall("sendMessage", group, before);
    const toGroup = h.tg.calls.slice(before).filter((c) => Number(c.payload.chat_id) === group);
    expect(toGroup.filter((c) => c.method === "sendMessage")).toHaveLength(1);
    expect(h.tg.calls.slice(before).some((c) => c.method === "getFile")).toBe(false);
    expect(fal.jobs.size).toBe(jobs);

    say("Who won the match yesterday?");
    before = h.tg.calls.length;
    await h.send(noteUpdate(h.tg, { userId, group, replyToBot: true }));
    await h.nextCall("sendMessage", group, before);
    // Group turns carry the speaker's name.
    expect(lastUserContent(llm)).toBe("Dana: Who won the match yesterday?");

    say("Is this a good idea?");
    before = h.tg.calls.length;
    await h.send(noteUpdate(h.tg, { userId, group, caption: `@${h.tg.botInfo.username} be honest` }));
    await h.nextCall("sendMessage", group, before);
    expect(lastUserContent(llm)).toBe("Dana: Is this a good idea?\n\nbe honest");
  });

  it("measures the latency a voice note adds to a turn", async () => {
    const userId = 7010;
    const phrase = "Tell me something nice about autumn";
    say(phrase);
    const t = await addedLatency(
      h,
      userId,
      () => privateText(phrase, { userId }),
      () => noteUpdate(h.tg, { userId }),
    );
    const stages = h.lines
      .map((l) => JSON.parse(l))
      .filter((l) => l.msg === "voice note transcribed")
      .slice(-5);
    console.log(
      `voice latency (FAL fake, 2 queue polls): text turn median ${t.text.toFixed(0)} ms, voice turn ${t.media.toFixed(0)} ms, added ${t.added.toFixed(0)} ms; download ${median(stages.map((s) => s.download))} ms, transcribe ${median(stages.map((s) => s.transcribe))} ms`,
    );
    expect(t.added).toBeGreaterThan(0);
    expect(t.added).toBeLessThan(5_000);
  });
});
