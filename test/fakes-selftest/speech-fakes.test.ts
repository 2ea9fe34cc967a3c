/**
 * The fakes' speech protocols, driven by real clients: sendVoice on the fake Bot API through
 * grammY (what becomes a voice note, what a file), `/audio/speech` on the fake OpenAI server
 * through fetch as the OpenAI SDK sends it, and FAL's TTS endpoints through the real FAL client.
 */
import { Bot, type GrammyError, InputFile } from "grammy";
import type { Message } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFalGateway } from "../../src/services/generation/fal-gateway.ts";
import { subscribe } from "../../src/services/generation/fal-subscribe.ts";
import { type FakeFal, startFakeFal } from "../fakes/fal-server.ts";
import { type FakeLlm, startFakeLlm } from "../fakes/llm-server.ts";
import { type FakeTelegram, startFakeTelegram } from "../fakes/telegram-server.ts";
import { checkOggOpus } from "../fakes/telegram-voice.ts";
import { TTS_MP3, TTS_OGG, toneWav } from "../fakes/tts-audio.ts";
import { DEFAULT_USER_ID } from "../fakes/updates.ts";

let tg: FakeTelegram;
let llm: FakeLlm;
let fal: FakeFal;
beforeAll(async () => {
  [tg, llm, fal] = await Promise.all([startFakeTelegram(), startFakeLlm(), startFakeFal()]);
});
afterAll(async () => {
  await Promise.all([tg.close(), llm.close(), fal.close()]);
});

describe("fake Bot API: sendVoice", () => {
  // Telegram answers sendVoice with a document message when the audio is no voice note.
  const api = () => {
    const a = new Bot(tg.token, { botInfo: tg.botInfo, client: { apiRoot: tg.apiRoot } }).api;
    return {
      sendVoice: (...args: Parameters<typeof a.sendVoice>) => a.sendVoice(...args) as Promise<Message>,
    };
  };

  it("an Ogg/Opus upload is a voice note with its length; a caption over 1024 characters is refused", async () => {
    const msg = await api().sendVoice(DEFAULT_USER_ID, new InputFile(TTS_OGG, "a.ogg"), { caption: "hi" });
    expect(msg.voice).toMatchObject({ mime_type: "audio/ogg", duration: 4 });
    expect(msg.caption).toBe("hi");
    const err = await api()
      .sendVoice(DEFAULT_USER_ID, new InputFile(TTS_OGG, "a.ogg"), { caption: "x".repeat(1025) })
      .catch((e: unknown) => e);
    expect((err as GrammyError).description).toBe("Bad Request: message caption is too long");
  });

  it("MP3 is a voice note too; WAV and a damaged Ogg arrive as files", async () => {
    expect((await api().sendVoice(DEFAULT_USER_ID, new InputFile(TTS_MP3, "a.mp3"))).voice?.mime_type).toBe(
      "audio/mpeg",
    );
    const wav = await api().sendVoice(DEFAULT_USER_ID, new InputFile(toneWav(), "a.wav"));
    expect(wav.voice).toBeUndefined();
    expect(wav.document).toBeDefined();
    const damaged = Buffer.from(TTS_OGG);
    damaged[200] = damaged[200]! ^ 0xff;
    expect(checkOggOpus(damaged)).toMatchObject({ ok: false, why: expect.stringMatching(/bad CRC/) });
    expect((await api().sendVoice(DEFAULT_USER_ID, new InputFile(damaged, "a.ogg"))).document).toBeDefined();
  });

  it("by URL: audio/ogg up to 1 MB is a voice note, more arrives as a file", async () => {
    const small = `${fal.base}/files/small.ogg`;
    const big = `${fal.base}/files/big.ogg`;
    fal.files.set("small.ogg", { bytes: TTS_OGG, contentType: "audio/ogg" });
    fal.files.set("big.ogg", {
      bytes: Buffer.concat([TTS_OGG, Buffer.alloc(1_100_000)]),
      contentType: "audio/ogg",
    });
    expect((await api().sendVoice(DEFAULT_USER_ID, small)).voice?.mime_type).toBe("audio/ogg");
    expect((await api().sendVoice(DEFAULT_USER_ID, big)).document).toBeDefined();
  });
});

describe("fake OpenAI: /audio/speech", () => {
  const speak = (body: Record<string, unknown>) =>
    fetch(`${llm.baseUrl}/audio/speech`, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/octet-stream" },
      body: JSON.stringify(body),
    });

  it("answers binary audio in the format asked (mp3 by default, opus as Ogg/Opus)", async () => {
    const mp3 = await speak({ model: "tts-1", input: "Hello", voice: "alloy" });
    expect(mp3.headers.get("content-type")).toBe("audio/mpeg");
    expect(Buffer.from(await mp3.arrayBuffer()).equals(TTS_MP3)).toBe(true);
    const opus = await speak({
      model: "tts-1",
      input: "Hello",
      voice: { id: "voice_123" },
      response_format: "opus",
    });
    expect(checkOggOpus(Buffer.from(await opus.arrayBuffer())).ok).toBe(true);
  });

  it("refuses what OpenAI refuses, in its error envelope", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ input: "Hi", voice: "alloy" }, "model"],
      [{ model: "tts-1", voice: "alloy" }, "input"],
      [{ model: "tts-1", input: "x".repeat(4097), voice: "alloy" }, "input"],
      [{ model: "tts-1", input: "Hi", voice: "Rachel" }, "voice"],
      [{ model: "tts-1", input: "Hi", voice: "alloy", response_format: "ogg" }, "response_format"],
    ];
    for (const [body, param] of cases) {
      const res = await speak(body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: unknown }).error).toMatchObject({
        type: "invalid_request_error",
        param,
      });
    }
  });
});

describe("fake FAL: text-to-speech endpoints", () => {
  type Output = { audio: { url: string; content_type: string }; duration_ms?: number };
  const run = (endpoint: string, input: Record<string, unknown>) =>
    subscribe(
      createFalGateway({ credentials: "k:s", proxyUrl: fal.url }),
      endpoint,
      input,
      AbortSignal.timeout(10_000),
    ) as Promise<Output>;
  const fetched = async (url: string) => Buffer.from(await (await fetch(url)).arrayBuffer());

  it("Kokoro answers WAV, MiniMax MP3 with duration_ms, Gemini the format asked", async () => {
    const kokoro = await run("fal-ai/kokoro/american-english", { prompt: "Hi", voice: "af_heart" });
    expect(kokoro.audio.content_type).toBe("audio/wav");
    expect((await fetched(kokoro.audio.url)).subarray(0, 4).toString("latin1")).toBe("RIFF");
    const minimax = await run("fal-ai/minimax/speech-02-turbo", {
      text: "Hi",
      voice_setting: { voice_id: "Wise_Woman" },
      output_format: "url",
    });
    expect(minimax).toMatchObject({ audio: { content_type: "audio/mpeg" }, duration_ms: 1500 });
    const gemini = await run("fal-ai/gemini-tts", { prompt: "Hi", output_format: "ogg_opus" });
    expect(checkOggOpus(await fetched(gemini.audio.url)).ok).toBe(true);
  });

  it("refuses input without the family's text field (422), and MiniMax without output_format url gives no URL", async () => {
    await expect(run("fal-ai/minimax/speech-2.8-hd", { text: "Hi" })).rejects.toMatchObject({ status: 422 });
    await expect(run("fal-ai/kokoro/american-english", { text: "Hi" })).rejects.toMatchObject({
      status: 422,
    });
    const hex = await run("fal-ai/minimax/speech-02-turbo", { text: "Hi" });
    expect(hex.audio.url).toBe("");
  });
});
