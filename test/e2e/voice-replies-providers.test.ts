/**
 * Voice replies without FAL: an OpenAI-compatible `/audio/speech` (TTS_MODEL) asked for Opus —
 * passed through as it comes — and servers that answer MP3 or WAV anyway (re-encoded); a group
 * reply; and a bot with no speaker at all, which says so in the user's language.
 */
import type { Message } from "grammy/types";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeLlm, startFakeLlm } from "../fakes/llm-server.ts";
import type { UploadedFile } from "../fakes/telegram-http.ts";
import { checkOggOpus } from "../fakes/telegram-voice.ts";
import { TTS_OGG } from "../fakes/tts-audio.ts";
import { groupText, privateText } from "../fakes/updates.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { type Harness, startHarness } from "../helpers/harness.ts";

describe("voice replies through an OpenAI-compatible /audio/speech", () => {
  let llm: FakeLlm;
  let h: Harness;

  beforeAll(async () => {
    llm = await startFakeLlm({ apiKey: "sk-test" });
    h = await startHarness({
      env: {
        LLM_BASE_URL: llm.baseUrl,
        LLM_API_KEY: "sk-test",
        LLM_MODEL: "fake-gpt",
        LLM_FACT_EXTRACTION: "off",
        TTS_MODEL: "gpt-4o-mini-tts",
        TTS_CREDITS: "2",
        TTS_VOICES: '{"sage":"ballad"}',
      },
    });
  });
  beforeEach(() => llm.reset());
  afterAll(async () => {
    await h?.stop();
    await llm?.close();
    await dropFreshDatabases();
  });

  /** Turns voice replies on for a user and waits for the panel. */
  async function voiceOn(userId: number, languageCode?: string) {
    const before = h.tg.calls.length;
    await h.send(privateText("/voice on", { userId, languageCode }));
    return h.nextCall("sendMessage", userId, before);
  }

  it("asks for Opus in the persona's voice and sends what comes back untouched; 2 credits a started 500 characters", async () => {
    const userId = 7201;
    expect(String((await voiceOn(userId)).payload.text)).toMatch(/2 credits for every 500 characters/);
    llm.script({ reply: "Good morning! Did you sleep well?" });
    const before = h.tg.calls.length;
    await h.send(privateText("Morning", { userId }));
    const voice = await h.nextCall("sendVoice", userId, before);
    const speech = llm.speeches.at(-1)!;
    expect(speech.body).toEqual({
      model: "gpt-4o-mini-tts",
      input: "Good morning! Did you sleep well?",
      voice: "coral",
      response_format: "opus",
    });
    expect(speech.headers.authorization).toBe("Bearer sk-test");
    const upload = voice.payload.voice as UploadedFile;
    expect(upload.bytes.equals(TTS_OGG)).toBe(true);
    expect((voice.result as Message).voice?.mime_type).toBe("audio/ogg");
    await h.idle();
    expect(await h.app.runtime.credits.balance(userId)).toBe(98);
  });

  for (const format of ["mp3", "wav"] as const) {
    it(`a server that answers ${format.toUpperCase()} instead gets its audio re-encoded as Ogg/Opus`, async () => {
      const userId = format === "mp3" ? 7202 : 7203;
      await voiceOn(userId);
      llm.scriptSpeech({ format });
      llm.script({ reply: "Here is a thought for you." });
      const before = h.tg.calls.length;
      await h.send(privateText("A thought?", { userId }));
      const voice = await h.nextCall("sendVoice", userId, before);
      const upload = voice.payload.voice as UploadedFile;
      expect(upload.bytes.subarray(0, 4).toString("latin1")).toBe("OggS");
      expect(checkOggOpus(upload.bytes)).toMatchObject({
        ok: true,
        inputRate: format === "mp3" ? 32_000 : 24_000,
      });
      expect((voice.result as Message).voice?.mime_type).toBe("audio/ogg");
    });
  }

  it("audio that cannot be made a voice note (headerless PCM) sends the text, logs why and refunds", async () => {
    const userId = 7207;
    await voiceOn(userId);
    llm.scriptSpeech({ format: "pcm" });
    llm.script({ reply: "Raw sound is no voice note." });
    const before = h.tg.calls.length;
    await h.send(privateText("Try it", { userId }));
    const reply = await h.nextCall("sendMessage", userId, before);
    expect(reply.payload.text).toBe("Raw sound is no voice note.");
    const note = await h.nextCall("sendMessage", userId, h.tg.calls.indexOf(reply) + 1);
    expect(note.payload.text).toMatch(/couldn't record a voice note[\s\S]*2 credits were returned/);
    await h.idle();
    expect(h.tg.calls.slice(before).some((c) => c.method === "sendVoice")).toBe(false);
    expect(await h.app.runtime.credits.balance(userId)).toBe(100);
  });

  it("each persona speaks in its own voice (TTS_VOICES overrides one)", async () => {
    const userId = 7204;
    await voiceOn(userId);
    await h.app.runtime.mind.choosePersona(userId, userId, "sage");
    llm.script({ reply: "Let us think it through." });
    let before = h.tg.calls.length;
    await h.send(privateText("I can't decide", { userId }));
    await h.nextCall("sendVoice", userId, before);
    expect(llm.speeches.at(-1)!.body.voice).toBe("ballad");
    await h.app.runtime.mind.choosePersona(userId, userId, "atlas");
    llm.script({ reply: "Option two." });
    before = h.tg.calls.length;
    await h.send(privateText("Which one?", { userId }));
    await h.nextCall("sendVoice", userId, before);
    expect(llm.speeches.at(-1)!.body.voice).toBe("onyx");
  });

  it("a refusal from the speech server: text reply, the note in the user's language, credits back", async () => {
    const userId = 7205;
    await voiceOn(userId, "ru");
    llm.scriptSpeech({ status: 400, error: { message: "Unsupported voice", type: "invalid_request_error" } });
    llm.script({ reply: "Держись, всё получится." });
    const before = h.tg.calls.length;
    // Typed in English: a Russian message would first be read for emotion by the LLM.
    await h.send(privateText("I feel anxious today", { userId, languageCode: "ru" }));
    const reply = await h.nextCall("sendMessage", userId, before);
    expect(reply.payload.text).toBe("Держись, всё получится.");
    const note = await h.nextCall("sendMessage", userId, h.tg.calls.indexOf(reply) + 1);
    expect(note.payload.text).toBe(
      "⚠️ В этот раз не получилось записать голосовое, поэтому мой ответ выше — текстом.\n2 кредита возвращены на твой баланс.",
    );
    await h.idle();
    expect(await h.app.runtime.credits.balance(userId)).toBe(100);
  });

  it("in a group the voice note replies to the message that asked", async () => {
    const userId = 7206;
    const group = -100_7206;
    await voiceOn(userId);
    llm.script({ reply: "Hello, everyone!" });
    const update = groupText("say hi to the group", { userId, chatId: group, mention: true });
    const before = h.tg.calls.length;
    await h.send(update);
    const voice = await h.nextCall("sendVoice", group, before);
    expect((voice.payload.reply_parameters as { message_id: number }).message_id).toBe(
      update.message!.message_id,
    );
    expect(voice.payload.caption).toBe("Hello, everyone!");
  });
});

describe("voice replies with no speaker configured", () => {
  let llm: FakeLlm;
  let h: Harness;

  beforeAll(async () => {
    llm = await startFakeLlm();
    h = await startHarness({
      env: { LLM_BASE_URL: llm.baseUrl, LLM_MODEL: "fake-gpt", LLM_FACT_EXTRACTION: "off" },
    });
  });
  afterAll(async () => {
    await h?.stop();
    await llm?.close();
    await dropFreshDatabases();
  });

  it("/voice says voice replies aren't set up, in the user's language, and replies stay text", async () => {
    const userId = 7301;
    let before = h.tg.calls.length;
    await h.send(privateText("/voice on", { userId, languageCode: "es" }));
    expect((await h.nextCall("sendMessage", userId, before)).payload.text).toBe(
      "Las respuestas de voz todavía no están configuradas en este bot 🔇 — seguiré respondiéndote por escrito.",
    );
    llm.script({ reply: "¡Hola!" });
    before = h.tg.calls.length;
    await h.send(privateText("Hola", { userId, languageCode: "es" }));
    expect((await h.nextCall("sendMessage", userId, before)).payload.text).toBe("¡Hola!");
    await h.idle();
    expect(h.tg.calls.slice(before).some((c) => c.method === "sendVoice")).toBe(false);
  });
});
