/**
 * The OpenAI-compatible provider against the fake server: the reply cap goes under the name the
 * server accepts, real token usage is read from the stream, and servers that know neither
 * `max_completion_tokens` nor `stream_options` still answer.
 */
import { afterEach, describe, expect, it } from "vitest";
import { createOpenAiProvider } from "../../src/engines/dialogue/openai-provider.ts";
import type { TokenUsage } from "../../src/engines/dialogue/types.ts";
import { type FakeLlm, type FakeLlmOptions, startFakeLlm } from "../fakes/llm-server.ts";

let fake: FakeLlm | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function ask(options: FakeLlmOptions, maxTokensParam?: "auto" | "max_tokens", times = 1) {
  fake = await startFakeLlm({ defaults: { chunkDelayMs: 0 }, ...options });
  const provider = createOpenAiProvider({
    baseUrl: fake.baseUrl,
    model: "fake-gpt",
    timeoutMs: 5_000,
    maxTokensParam,
  });
  const replies: string[] = [];
  const usages: TokenUsage[] = [];
  for (let i = 0; i < times; i++) {
    let text = "";
    for await (const d of provider.stream({
      messages: [{ role: "user", content: `hello there ${i}` }],
      maxTokens: 50,
      onUsage: (u) => usages.push(u),
    })) {
      text += d;
    }
    replies.push(text);
  }
  return { replies, usages, requests: fake.requests };
}

describe("the OpenAI-compatible provider", () => {
  it("sends max_completion_tokens and reads the server's usage chunk", async () => {
    const { replies, usages, requests } = await ask({});
    expect(replies[0]).toBe("Echo: hello there 0");
    expect(requests).toHaveLength(1);
    expect(requests[0]!.body.max_completion_tokens).toBe(50);
    expect(requests[0]!.body.max_tokens).toBeUndefined();
    expect(requests[0]!.body.stream_options).toEqual({ include_usage: true });
    expect(usages).toHaveLength(1);
    expect(usages[0]!.promptTokens).toBeGreaterThan(0);
    expect(usages[0]!.completionTokens).toBeGreaterThan(0);
  });

  it("falls back to max_tokens for a server that only knows it, and remembers", async () => {
    const { replies, requests } = await ask({ rejectParams: ["max_completion_tokens"] }, "auto", 2);
    expect(replies).toEqual(["Echo: hello there 0", "Echo: hello there 1"]);
    // One refused request, then every request uses the name the server knows.
    expect(requests.map((r) => r.status)).toEqual([400, 200, 200]);
    expect(requests[1]!.body.max_tokens).toBe(50);
    expect(requests[2]!.body.max_tokens).toBe(50);
  });

  it("moves to max_completion_tokens when configured for max_tokens but the model refuses it", async () => {
    const { replies, requests } = await ask({ rejectParams: ["max_tokens"] }, "auto");
    expect(replies[0]).toBe("Echo: hello there 0");
    expect(requests.at(-1)!.body.max_completion_tokens).toBe(50);
  });

  it("keeps a forced name and reports the server's refusal", async () => {
    const err = await ask({ rejectParams: ["max_tokens"] }, "max_tokens").catch((e) => e);
    expect(err).toMatchObject({ name: "LlmError", kind: "http", status: 400 });
  });

  it("drops stream_options for a server that refuses it, estimating usage instead", async () => {
    const { replies, usages, requests } = await ask({ rejectParams: ["stream_options"] });
    expect(replies[0]).toBe("Echo: hello there 0");
    expect(requests.at(-1)!.body.stream_options).toBeUndefined();
    expect(usages).toHaveLength(0);
  });

  it("does not mistake a context-length error that names max_tokens for a refused parameter", async () => {
    const err = await ask({ maxContextTokens: 10 }).catch((e) => e);
    expect(err).toMatchObject({ kind: "context_length" });
    expect(fake!.requests).toHaveLength(1);
  });
});
