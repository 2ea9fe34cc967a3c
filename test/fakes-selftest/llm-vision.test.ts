/**
 * The fake OpenAI-compatible server's pictures, with plain fetch: `image_url` parts as objects or
 * bare strings, `data:` URLs decoded and checked against their type, models that cannot see,
 * Ollama's refusal of remote URLs, and refusals in the JSON and streamed shapes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeLlm, startFakeLlm } from "../fakes/llm-server.ts";
import { BEACH } from "../fixtures/media.ts";

let llm: FakeLlm;
let ollama: FakeLlm;
beforeAll(async () => {
  llm = await startFakeLlm({ visionModels: ["fake-vision"] });
  ollama = await startFakeLlm({ dataUrlsOnly: true });
});
afterAll(async () => {
  await llm.close();
  await ollama.close();
});

// biome-ignore lint/suspicious/noExplicitAny: response JSON is inspected structurally
type Json = any;
const json = (res: Response): Promise<Json> => res.json();

const JPEG = `data:image/jpeg;base64,${BEACH.toString("base64")}`;

function ask(fake: FakeLlm, image: unknown, extra: Record<string, unknown> = {}) {
  return fetch(`${fake.baseUrl}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      model: "fake-vision",
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: "What is this?" },
            { type: "image_url", image_url: image },
          ],
        },
      ],
      ...extra,
    }),
  });
}

describe("pictures in the fake LLM", () => {
  it("decodes a data: URL given as an object or a bare string, and records it", async () => {
    for (const image of [{ url: JPEG, detail: "low" }, JPEG]) {
      const res = await ask(llm, image);
      expect(res.status).toBe(200);
      const rec = llm.requests.at(-1)!;
      expect(rec.images).toHaveLength(1);
      expect(rec.images[0]!.mime).toBe("image/jpeg");
      expect(rec.images[0]!.bytes!.equals(BEACH)).toBe(true);
    }
    // The echo default answers the text part.
    expect((await json(await ask(llm, { url: JPEG }))).choices[0].message.content).toBe(
      "Echo: What is this?",
    );
  });

  it("refuses bytes that are not the picture their type says, and pictures for a model that cannot see", async () => {
    const bad = await ask(llm, { url: `data:image/png;base64,${BEACH.toString("base64")}` });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.code).toBe("invalid_image_format");
    const blind = await ask(llm, { url: JPEG }, { model: "fake-gpt" });
    expect(blind.status).toBe(400);
    expect((await json(blind)).error.message).toMatch(/image_url is only supported by certain models/);
  });

  it("an Ollama-like server reads only data: URLs", async () => {
    expect((await ask(ollama, { url: "https://example.com/a.jpg" })).status).toBe(400);
    expect((await ask(ollama, { url: JPEG })).status).toBe(200);
  });

  it("declines with `refusal`, in JSON and in the stream", async () => {
    llm.script({ refusal: "I can't help with that." }, { refusal: "I can't help with that." });
    const plain = await json(await ask(llm, { url: JPEG }));
    expect(plain.choices[0].message).toMatchObject({ content: null, refusal: "I can't help with that." });
    const streamed = await (await ask(llm, { url: JPEG }, { stream: true })).text();
    expect(streamed).toContain('"refusal":"I can\'t help with that."');
    expect(streamed.trim().endsWith("data: [DONE]")).toBe(true);
  });
});
