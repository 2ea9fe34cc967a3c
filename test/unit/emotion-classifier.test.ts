import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMemoryCacheBus } from "../../src/cache/memory.ts";
import { createEmotionEngine, LLM_MAX_CONFIDENCE } from "../../src/engines/emotion/index.ts";
import { createEmotionClassifier, parseLlmScores } from "../../src/services/emotion-classifier.ts";
import { type FakeLlm, llmErrors, startFakeLlm } from "../fakes/llm-server.ts";

const engine = createEmotionEngine();
const ANGRY = JSON.stringify({
  anger: 0.9,
  disgust: 0.2,
  fear: 0,
  joy: 0,
  sadness: 0.1,
  surprise: 0,
  neutral: 0,
});
const russian = "Я так зол на тебя, как ты мог так поступить";

let llm: FakeLlm;
beforeAll(async () => {
  llm = await startFakeLlm({ apiKey: "sk-test" });
});
afterAll(() => llm.close());
beforeEach(() => llm.reset());

function classifier(options: { waitMs?: number; requestTimeoutMs?: number } = {}) {
  return createEmotionClassifier({
    engine,
    llm: { baseUrl: llm.baseUrl, apiKey: "sk-test", model: "fake-gpt", authScheme: "Bearer" },
    cache: createMemoryCacheBus(),
    ...options,
  });
}

describe("emotion classifier with an LLM", () => {
  it("asks for a JSON-schema classification of non-English text and reads its answer", async () => {
    llm.setHandler(() => ({ reply: ANGRY }));
    const a = await classifier().classify(russian);
    expect(a).toMatchObject({ source: "llm", dominant: "anger", language: "ru" });
    expect(a.labels).toEqual(["anger"]);
    expect(a.confidence).toBeCloseTo(LLM_MAX_CONFIDENCE * 0.9, 5);
    expect(llm.requests).toHaveLength(1);
    const body = llm.requests[0]!.body;
    expect(body.stream).toBe(false);
    expect(body.response_format.type).toBe("json_schema");
    expect(body.response_format.json_schema.schema.required).toEqual([
      "anger",
      "disgust",
      "fear",
      "joy",
      "sadness",
      "surprise",
      "neutral",
    ]);
    expect(body.messages.at(-1).content).toBe(russian);
  });

  it("caches per message: the second reading of the same text makes no request", async () => {
    llm.setHandler(() => ({ reply: ANGRY }));
    const c = classifier();
    await c.classify(russian);
    const again = await c.classify(russian);
    expect(again.source).toBe("llm");
    expect(llm.requests).toHaveLength(1);
    await c.classify("Мне очень грустно");
    expect(llm.requests).toHaveLength(2);
  });

  it("leaves English to the model and never calls the LLM for it", async () => {
    const a = await classifier().classify("I am so angry at you");
    expect(a.source).toBe("model");
    expect(llm.requests).toHaveLength(0);
  });

  it("falls back to a plain JSON instruction when the server refuses response_format, and remembers", async () => {
    llm.setHandler((req) =>
      req.body.response_format
        ? llmErrors.badRequest("response_format is not supported", "response_format")
        : { reply: `Sure: ${ANGRY}` },
    );
    const c = classifier();
    expect((await c.classify(russian)).source).toBe("llm");
    expect(llm.requests.map((r) => Boolean(r.body.response_format))).toEqual([true, false]);
    await c.classify("Ты меня бесишь");
    expect(llm.requests.map((r) => Boolean(r.body.response_format))).toEqual([true, false, false]);
  });

  it("answers with the word list when the LLM is slow, and caches the late answer for next time", async () => {
    llm.setHandler(() => ({ reply: ANGRY, delayMs: 600 }));
    const c = classifier({ waitMs: 50 });
    const started = Date.now();
    const first = await c.classify(russian);
    expect(Date.now() - started).toBeLessThan(500);
    expect(first).toMatchObject({ source: "lexicon", dominant: "anger" });
    expect(first.confidence).toBeLessThan(0.4);
    await c.drain();
    const second = await c.classify(russian);
    expect(second.source).toBe("llm");
    expect(llm.requests).toHaveLength(1);
  });

  it("answers with the word list when the LLM fails or hangs past its request timeout", async () => {
    llm.script(llmErrors.serverError(), { hang: true });
    const c = classifier({ waitMs: 1000, requestTimeoutMs: 100 });
    expect((await c.classify(russian)).source).toBe("lexicon");
    const started = Date.now();
    expect((await c.classify("Ты меня бесишь")).source).toBe("lexicon");
    expect(Date.now() - started).toBeLessThan(900);
    await c.drain();
  });

  it("stops asking for a while after repeated failures", async () => {
    llm.setHandler(() => llmErrors.serverError());
    const c = classifier();
    for (const t of ["Я злюсь", "Мне грустно", "Мне страшно", "Я рад"]) await c.classify(t);
    expect(llm.requests).toHaveLength(3);
  });
});

describe("emotion classifier without an LLM", () => {
  it("reads non-English text with the word list", async () => {
    const c = createEmotionClassifier({ engine });
    expect(await c.classify(russian)).toMatchObject({ source: "lexicon", dominant: "anger" });
  });
});

describe("parseLlmScores", () => {
  it("takes the JSON object out of a chatty answer, clamps values and ignores unknown keys", () => {
    expect(parseLlmScores('Here you go: {"joy": 1.4, "fear": -1, "love": 1} hope it helps')).toEqual({
      joy: 1,
      fear: 0,
    });
    expect(parseLlmScores("no json here")).toBeNull();
    expect(parseLlmScores('{"mood": "happy"}')).toBeNull();
  });
});
