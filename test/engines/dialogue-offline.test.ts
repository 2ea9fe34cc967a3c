/** The offline responder's small talk, in the languages its patterns name. */
import { describe, expect, it } from "vitest";
import type { DialogueContext } from "../../src/engines/dialogue/compose.ts";
import { offlineReply } from "../../src/engines/dialogue/offline.ts";

const ctx = (userText: string): DialogueContext => ({
  persona: { name: "Velro", systemPrompt: "" },
  directives: [],
  memories: [],
  summary: "",
  history: [],
  userText,
  userName: "Ann",
  chatType: "private",
  now: new Date("2026-11-22T12:00:00Z"),
});

describe("offline responder small talk", () => {
  it.each(["Hi!", "hello there", "Привет!", "Здравствуйте", "hola"])("greets back: %s", (text) => {
    expect(offlineReply(ctx(text))).toMatch(/^(Hi|Hey|Hello), Ann|^(Hi|Hey) Ann/);
  });

  it.each(["thanks a lot", "Спасибо!", "merci"])("takes thanks: %s", (text) => {
    expect(offlineReply(ctx(text))).toMatch(/Anytime|welcome|Happy to help/);
  });

  it.each(["bye", "Пока!"])("says goodbye: %s", (text) => {
    expect(offlineReply(ctx(text))).toMatch(/Take care|Bye for now/);
  });

  it("does not take a word that merely starts like a greeting for one", () => {
    expect(offlineReply(ctx("history is my favourite subject"))).not.toMatch(/^(Hi|Hey|Hello)/);
    expect(offlineReply(ctx("Приветливый сосед снова шумит"))).not.toMatch(/^(Hi|Hey|Hello)/);
  });

  it("retells what the user told, never a question they asked", () => {
    const remembered = {
      ...ctx("Do you still remember Mia?"),
      memories: [
        { text: "What do you remember about my sister?", when: "today", relevance: 2 },
        { text: "My sister Mia got into art school.", when: "yesterday", relevance: 1 },
      ],
    };
    const reply = offlineReply(remembered);
    expect(reply).toContain("yesterday that your sister Mia got into art school");
    expect(reply).not.toMatch(/What do you remember/i);
    expect(offlineReply({ ...remembered, userText: "Hi!" })).not.toMatch(/What do you remember/i);
  });
});
