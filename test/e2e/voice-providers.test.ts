/**
 * Voice notes on the other set-ups: an OpenAI-compatible `/audio/transcriptions` (no FAL), no
 * transcriber at all, and a FAL endpoint chosen through FAL_MODELS; plus the fake servers'
 * transcription protocol itself.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createConfig } from "../../src/config/config.ts";
import { createCatalog } from "../../src/engines/generation/catalog.ts";
import { createSpeechToText, SpeechError } from "../../src/services/speech/index.ts";
import { startFakeFal } from "../fakes/fal-server.ts";
import {
  type FakeLlm,
  type OpenAiError,
  startFakeLlm,
  TRANSCRIPTION_MAX_BYTES,
} from "../fakes/llm-server.ts";
import { chatRequests, lastUserContent, noteUpdate, OGG } from "../fixtures/voice-notes.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { type Harness, startHarness } from "../helpers/harness.ts";

afterAll(() => dropFreshDatabases());

describe("voice notes through an OpenAI-compatible server", () => {
  let llm: FakeLlm;
  let h: Harness;
  beforeAll(async () => {
    llm = await startFakeLlm({ apiKey: "sk-voice" });
    h = await startHarness({
      env: {
        LLM_BASE_URL: llm.baseUrl,
        LLM_API_KEY: "sk-voice",
        LLM_MODEL: "fake-gpt",
        LLM_FACT_EXTRACTION: "off",
        STT_MODEL: "gpt-4o-mini-transcribe",
      },
    });
  });
  beforeEach(() => llm.reset());
  afterAll(async () => {
    await h?.stop();
    await llm?.close();
  });

  it("uploads the note as voice.ogg (audio/ogg) and answers the transcript, free by default", async () => {
    const userId = 7101;
    llm.scriptTranscriptions({ text: "Remind me what we talked about yesterday" });
    llm.script({ reply: "We talked about your trip to Porto." });
    const before = h.tg.calls.length;
    await h.send(noteUpdate(h.tg, { userId }));
    expect((await h.nextCall("sendMessage", userId, before)).payload.text).toBe(
      "We talked about your trip to Porto.",
    );
    expect(lastUserContent(llm)).toBe("Remind me what we talked about yesterday");
    const [req] = llm.transcriptions;
    expect(req!.status).toBe(200);
    expect(req!.headers.authorization).toBe("Bearer sk-voice");
    expect(req!.fields).toMatchObject({ model: "gpt-4o-mini-transcribe", response_format: "json" });
    expect(req!.file).toMatchObject({ name: "voice.ogg", type: "audio/ogg" });
    expect(req!.file!.bytes.equals(OGG)).toBe(true);
    // No price was set: the ledger never heard of this note.
    const entries = await h.app.runtime.credits.entries(userId);
    expect(entries.some((e) => e.ref.startsWith("voice:"))).toBe(false);
  });

  it("a server error is told to the user in their language, and no turn is run", async () => {
    const userId = 7102;
    llm.scriptTranscriptions({
      status: 500,
      error: { message: "The server had an error while processing your request.", type: "server_error" },
    });
    const before = h.tg.calls.length;
    await h.send(noteUpdate(h.tg, { userId, languageCode: "es" }));
    expect((await h.nextCall("sendMessage", userId, before)).payload.text).toBe(
      "⚠️ No pude escuchar esa nota ahora mismo. Inténtalo de nuevo en un momento o escríbemelo.",
    );
    expect(chatRequests(llm)).toHaveLength(0);
  });
});

describe("voice notes with no transcriber", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  it("says voice isn't set up, in the user's language, without downloading anything", async () => {
    const userId = 7201;
    let before = h.tg.calls.length;
    await h.send(noteUpdate(h.tg, { userId }));
    expect((await h.nextCall("sendMessage", userId, before)).payload.text).toBe(
      "Voice isn't set up on this bot yet 🎧 — could you type it for me?",
    );
    before = h.tg.calls.length;
    await h.send(noteUpdate(h.tg, { userId: 7202, languageCode: "fr" }, { kind: "video_note" }));
    expect((await h.nextCall("sendMessage", 7202, before)).payload.text).toBe(
      "Les messages vocaux ne sont pas encore configurés sur ce bot 🎧 Tu peux me l'écrire ?",
    );
    expect(h.tg.calls.some((c) => c.method === "getFile")).toBe(false);
  });
});

describe("a FAL endpoint chosen with FAL_MODELS", () => {
  it("Wizper gets language null (auto-detect); its 422 for OGG is a rejection with FAL's detail", async () => {
    const fal = await startFakeFal();
    try {
      const config = createConfig({ ...fal.env, FAL_MODELS: '{"stt":"fal-ai/wizper"}' }, "test", {
        requireBotToken: false,
      });
      const catalog = createCatalog(config.generation.modelOverrides);
      expect(catalog.unknownOverrides).toEqual([]);
      const stt = createSpeechToText(config, catalog.stt)!;
      expect(stt).toMatchObject({ provider: "fal", model: "fal-ai/wizper" });
      const audio = { bytes: OGG, contentType: "audio/ogg", fileName: "voice.ogg" };

      fal.setScript(() => ({ transcript: "Hola, ¿qué tal?", polls: 0 }));
      expect(await stt.transcribe(audio)).toEqual({ text: " Hola, ¿qué tal?", language: "en" });
      expect([...fal.jobs.values()].at(-1)!.input).toMatchObject({ task: "transcribe", language: null });

      fal.sttRejectsOgg(true);
      const err = await stt.transcribe(audio).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SpeechError);
      expect(err).toMatchObject({ kind: "rejected", status: 422 });
      expect(JSON.stringify((err as SpeechError).detail)).toContain("Unsupported audio format");
    } finally {
      await fal.close();
    }
  });
});

describe("the fake OpenAI-compatible /audio/transcriptions", () => {
  let llm: FakeLlm;
  beforeAll(async () => {
    llm = await startFakeLlm();
  });
  afterAll(() => llm.close());

  const post = (fields: Record<string, string>, file?: { name: string; bytes: Uint8Array }) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    if (file) form.append("file", new Blob([file.bytes], { type: "audio/ogg" }), file.name);
    return fetch(`${llm.baseUrl}/audio/transcriptions`, { method: "POST", body: form });
  };
  const ogg = (name: string) => ({ name, bytes: OGG });
  const errorOf = async (res: Response) => ((await res.json()) as { error: OpenAiError }).error;

  it("requires file and model, and refuses .oga for the gpt-4o transcribers only", async () => {
    let res = await post({ model: "whisper-1" });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).param).toBe("file");
    res = await post({}, ogg("voice.ogg"));
    expect((await errorOf(res)).param).toBe("model");
    res = await post({ model: "gpt-4o-mini-transcribe" }, ogg("file_7.oga"));
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({
      message: "Unsupported file format oga",
      type: "invalid_request_error",
      param: "file",
      code: "unsupported_value",
    });
    llm.scriptTranscriptions({ text: "fine" });
    res = await post({ model: "whisper-1" }, ogg("file_7.oga"));
    expect(await res.json()).toMatchObject({ text: "fine", usage: { type: "duration" } });
  });

  it("answers json, text and verbose_json; 413 over 25 MB", async () => {
    llm.scriptTranscriptions({ text: "one" }, { text: "two" }, { text: "three" });
    let res = await post({ model: "gpt-4o-transcribe" }, ogg("voice.ogg"));
    expect(await res.json()).toMatchObject({ text: "one", usage: { type: "tokens" } });
    res = await post({ model: "whisper-1", response_format: "text" }, ogg("voice.ogg"));
    expect(res.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await res.text()).toBe("two\n");
    res = await post({ model: "whisper-1", response_format: "verbose_json" }, ogg("voice.ogg"));
    expect(await res.json()).toMatchObject({ task: "transcribe", text: "three", segments: [{ id: 0 }] });
    res = await post(
      { model: "whisper-1" },
      { name: "big.ogg", bytes: new Uint8Array(TRANSCRIPTION_MAX_BYTES + 1) },
    );
    expect(res.status).toBe(413);
  });
});
