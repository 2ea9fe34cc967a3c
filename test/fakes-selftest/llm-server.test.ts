/**
 * Checks the fake OpenAI-compatible server against the Chat Completions wire format with plain fetch:
 * JSON and SSE responses, usage, auth, scripted errors, context limits, latency and hangs.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FakeLlm, llmErrors, startFakeLlm } from "../fakes/llm-server.ts";

const KEY = "sk-test-1234567890";
let llm: FakeLlm;

beforeAll(async () => {
  llm = await startFakeLlm({ apiKey: KEY, maxContextTokens: 100 });
});
afterEach(() => llm.reset());
afterAll(() => llm.close());

function chat(body: Record<string, unknown>, init: RequestInit = {}): Promise<Response> {
  return fetch(`${llm.baseUrl}/chat/completions`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${KEY}` },
    body: JSON.stringify({
      model: "fake-gpt",
      messages: [{ role: "user", content: "hello there" }],
      ...body,
    }),
    ...init,
  });
}

// biome-ignore lint/suspicious/noExplicitAny: response JSON is inspected structurally
type Json = any;
const json = (res: Response): Promise<Json> => res.json();

/** Parse an SSE body into its `data:` payloads. */
async function sse(res: Response): Promise<string[]> {
  const text = await res.text();
  return text
    .split("\n\n")
    .filter((block) => block.startsWith("data: "))
    .map((block) => block.slice("data: ".length));
}

describe("fake LLM", () => {
  it("answers non-streaming requests like OpenAI", async () => {
    const res = await chat({});
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body).toMatchObject({
      object: "chat.completion",
      model: "fake-gpt",
      choices: [
        { index: 0, message: { role: "assistant", content: "Echo: hello there" }, finish_reason: "stop" },
      ],
      usage: { prompt_tokens: 3, completion_tokens: 5, total_tokens: 8 },
    });
    expect(body.id).toMatch(/^chatcmpl-/);
    expect(llm.requests[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("streams SSE chunks, a stop chunk, a usage chunk and [DONE]", async () => {
    const res = await chat({ stream: true, stream_options: { include_usage: true } });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const events = await sse(res);
    expect(events.at(-1)).toBe("[DONE]");
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e));
    expect(chunks[0].choices[0].delta).toMatchObject({ role: "assistant", content: "" });
    const content = chunks.map((c) => c.choices[0]?.delta?.content ?? "").join("");
    expect(content).toBe("Echo: hello there");
    expect(chunks.filter((c) => c.choices[0]?.delta?.content).length).toBeGreaterThan(1);
    const stop = chunks.find((c) => c.choices[0]?.finish_reason === "stop");
    expect(stop.choices[0].delta).toEqual({});
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { total_tokens: 8 } });
    expect(chunks.every((c) => c.object === "chat.completion.chunk")).toBe(true);
  });

  it("follows scripts: fixed reply, chunk size and errors", async () => {
    llm.script({ reply: "abcdef", chunkSize: 2 }, llmErrors.rateLimited(2), llmErrors.serverError());
    const events = await sse(await chat({ stream: true }));
    expect(events.slice(1, 4).map((e) => JSON.parse(e).choices[0].delta.content)).toEqual(["ab", "cd", "ef"]);
    const limited = await chat({});
    expect([limited.status, limited.headers.get("retry-after")]).toEqual([429, "2"]);
    expect((await json(limited)).error.code).toBe("rate_limit_exceeded");
    const broken = await chat({});
    expect(broken.status).toBe(500);
    expect((await json(broken)).error.type).toBe("server_error");
    expect((await json(await chat({}))).choices[0].message.content).toBe("Echo: hello there");
  });

  it("checks the API key", async () => {
    const none = await chat({}, { headers: { "content-type": "application/json" } });
    expect(none.status).toBe(401);
    const wrong = await chat(
      {},
      { headers: { "content-type": "application/json", authorization: "Bearer sk-nope-0000" } },
    );
    expect(wrong.status).toBe(401);
    expect(await json(wrong)).toMatchObject({
      error: { type: "invalid_request_error", code: "invalid_api_key" },
    });
    const models = await fetch(`${llm.baseUrl}/models`, { headers: { authorization: `Bearer ${KEY}` } });
    expect(await json(models)).toMatchObject({
      object: "list",
      data: [{ id: "fake-gpt", object: "model" }],
    });
  });

  it("rejects prompts above the context window (~4 chars per token)", async () => {
    const res = await chat({ messages: [{ role: "user", content: "x".repeat(404) }] });
    expect(res.status).toBe(400);
    const { error } = await json(res);
    expect(error).toMatchObject({
      type: "invalid_request_error",
      code: "context_length_exceeded",
      param: "messages",
    });
    expect(error.message).toContain("maximum context length is 100 tokens");
  });

  it("delays the first byte, truncates at max_tokens and hangs until aborted", async () => {
    llm.script({ delayMs: 150 });
    const t0 = Date.now();
    await json(await chat({}));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    const short = await json(await chat({ max_tokens: 1 }));
    expect(short.choices[0]).toMatchObject({ message: { content: "Echo" }, finish_reason: "length" });
    llm.setHandler(() => ({ hang: true }));
    const err = await chat({}, { signal: AbortSignal.timeout(100) }).catch((e: Error) => e);
    expect((err as Error).name).toBe("TimeoutError");
    await new Promise((r) => setTimeout(r, 50));
    expect(llm.requests.at(-1)?.aborted).toBe(true);
  });

  it("can drop a stream mid-way", async () => {
    llm.script({ reply: "0123456789", chunkSize: 2, dropAfterChunks: 2 });
    const res = await chat({ stream: true });
    const err = await res.text().catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
  });
});
