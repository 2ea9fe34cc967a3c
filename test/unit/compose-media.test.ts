/**
 * A turn's pictures and attached document in the prompt: pictures ride on the user message and
 * take their room from the history, never from the message; a long document gives way before the
 * question asked about it.
 */
import { describe, expect, it } from "vitest";
import { composePrompt, type DialogueContext, IMAGE_TOKENS } from "../../src/engines/dialogue/compose.ts";
import { wireMessage } from "../../src/engines/dialogue/openai-provider.ts";
import type { Turn } from "../../src/engines/dialogue/types.ts";

const history: Turn[] = Array.from({ length: 60 }, (_, i) => ({
  id: i + 1,
  role: i % 2 === 0 ? "user" : "assistant",
  content: `turn ${i} ${"words ".repeat(60)}`,
  at: new Date(0),
}));

const ctx = (extra: Partial<DialogueContext>): DialogueContext => ({
  persona: { name: "Velro", systemPrompt: "You are Velro." },
  directives: [],
  memories: [],
  summary: "",
  history,
  userText: "📷 three beaches\n\nWhich one should I visit?",
  userName: "Ann",
  chatType: "private",
  now: new Date("2026-01-01T00:00:00Z"),
  ...extra,
});
const budget = { contextTokens: 8000, maxReplyTokens: 800 };

describe("pictures and documents in the prompt", () => {
  it("an album of ten keeps its message whole, with every picture, and leaves history some room", () => {
    const images = Array.from({ length: 10 }, (_, i) => `data:image/jpeg;base64,${i}`);
    const p = composePrompt(ctx({ userImages: images }), budget);
    const user = p.messages.at(-1)!;
    expect(user).toEqual({ role: "user", content: "📷 three beaches\n\nWhich one should I visit?", images });
    expect(p.messages.length).toBeGreaterThan(2);
    expect(p.droppedTurns).toBeGreaterThan(0);
    expect(p.promptTokens).toBeLessThanOrEqual(budget.contextTokens - budget.maxReplyTokens);
    // Without pictures more of the history fits.
    expect(composePrompt(ctx({}), budget).droppedTurns).toBeLessThan(p.droppedTurns);
    expect(IMAGE_TOKENS).toBeGreaterThan(0);
  });

  it("on the wire the text comes first, then each picture as an image_url part", () => {
    expect(wireMessage({ role: "user", content: "hi", images: ["data:image/png;base64,AA"] })).toEqual({
      role: "user",
      content: [
        { type: "text", text: "hi" },
        { type: "image_url", image_url: { url: "data:image/png;base64,AA" } },
      ],
    });
    expect(wireMessage({ role: "user", content: "hi" })).toEqual({ role: "user", content: "hi" });
  });

  it("a document too long for the budget is cut, and the question after it survives", () => {
    const attachment = `[They sent the file "a.txt".]\n${"Lorem ipsum dolor sit amet. ".repeat(3_000)}`;
    const p = composePrompt(ctx({ attachment, userText: "📄 a.txt\n\nWhat is the last word?" }), budget);
    const content = p.messages.at(-1)!.content;
    expect(content.startsWith('[They sent the file "a.txt".]')).toBe(true);
    expect(content).toContain("[…]");
    expect(content.endsWith("\n\n📄 a.txt\n\nWhat is the last word?")).toBe(true);
    expect(p.promptTokens).toBeLessThanOrEqual(budget.contextTokens - budget.maxReplyTokens);
  });
});
