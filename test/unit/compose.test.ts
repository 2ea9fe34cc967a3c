import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composePrompt, type DialogueContext } from "../../src/engines/dialogue/compose.ts";
import { extractiveSummary } from "../../src/engines/dialogue/summary.ts";
import {
  estimateMessageTokens,
  estimateTokens,
  truncateToTokens,
} from "../../src/engines/dialogue/tokens.ts";
import type { Turn } from "../../src/engines/dialogue/types.ts";

const turns = (n: number, size = 40): Turn[] =>
  Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    role: i % 2 === 0 ? "user" : "assistant",
    content: `turn ${i} ${"lorem ipsum ".repeat(size)}`,
    at: new Date(0),
  }));

const ctx = (history: Turn[], userText = "hello"): DialogueContext => ({
  persona: { name: "Velro", systemPrompt: "You are Velro." },
  directives: ["Be brief."],
  memories: [{ text: "Likes hiking", when: "2 weeks ago" }],
  summary: "Earlier they talked about work.",
  history,
  userText,
  userName: "Ann",
  chatType: "private",
  now: new Date("2026-01-01T00:00:00Z"),
});

describe("composePrompt", () => {
  it("keeps everything when it fits, with the system prompt first and the user message last", () => {
    const p = composePrompt(ctx(turns(4, 2)), { contextTokens: 4000, maxReplyTokens: 500 });
    expect(p.droppedTurns).toBe(0);
    expect(p.messages[0]!.role).toBe("system");
    expect(p.messages[0]!.content).toContain("Likes hiking");
    expect(p.messages[0]!.content).toContain("Earlier they talked about work.");
    expect(p.messages.at(-1)).toEqual({ role: "user", content: "hello" });
    expect(p.messages).toHaveLength(6);
  });

  it("drops the oldest turns when history is too long and reports how many", () => {
    const p = composePrompt(ctx(turns(200)), { contextTokens: 3000, maxReplyTokens: 500 });
    expect(p.droppedTurns).toBeGreaterThan(100);
    expect(p.messages[1]!.role).toBe("user");
    expect(p.messages.at(-2)!.content).toContain("turn 199");
  });

  it("never exceeds the budget, whatever the sizes (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 300, max: 16_000 }),
        (n, size, userLen, contextTokens) => {
          const maxReplyTokens = Math.floor(contextTokens / 4);
          const p = composePrompt(ctx(turns(n, size), "x".repeat(userLen) || "hi"), {
            contextTokens,
            maxReplyTokens,
          });
          const total = p.messages.reduce((s, m) => s + estimateMessageTokens(m), 0);
          expect(total).toBeLessThanOrEqual(contextTokens - maxReplyTokens);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("tokens and summaries", () => {
  it("counts non-Latin scripts denser than ASCII", () => {
    expect(estimateTokens("привет мир")).toBeGreaterThan(estimateTokens("hello wor"));
  });

  it("truncates to the budget and marks the cut", () => {
    const t = truncateToTokens("a".repeat(10_000), 100);
    expect(estimateTokens(t)).toBeLessThanOrEqual(100);
    expect(t).toContain("[…]");
  });

  it("bounds the extractive summary and keeps the newest lines", () => {
    const s = extractiveSummary("", turns(300, 5), 200);
    expect(estimateTokens(s)).toBeLessThanOrEqual(200);
    expect(s).toContain("turn 299");
  });
});

describe("OpenAI-compatible provider", () => {
  it("accepts a server that answers with one JSON completion instead of a stream", async () => {
    const { createOpenAiProvider } = await import("../../src/engines/dialogue/openai-provider.ts");
    const fetchJson: typeof fetch = async () =>
      new Response(
        JSON.stringify({ choices: [{ index: 0, message: { role: "assistant", content: "whole reply" } }] }),
        {
          headers: { "content-type": "application/json" },
        },
      );
    const llm = createOpenAiProvider({
      baseUrl: "http://llm.test/v1",
      model: "m",
      timeoutMs: 1000,
      fetch: fetchJson,
    });
    let out = "";
    for await (const d of llm.stream({ messages: [{ role: "user", content: "hi" }], maxTokens: 10 }))
      out += d;
    expect(out).toBe("whole reply");
  });
});
