/** Conversations with an OpenAI-compatible LLM: streaming, splitting, fallbacks, isolation, budget. */
import { describe, expect, it } from "vitest";
import { type FakeLlm, llmErrors } from "../fakes/llm-server.ts";
import { groupText, privateText } from "../fakes/updates.ts";
import { eventually, type Harness } from "../helpers/harness.ts";
import { useLlmHarness } from "../helpers/llm-harness.ts";

let llm: FakeLlm;
let h: Harness;
const lastUser = (body: { messages: { role: string; content: string }[] }) =>
  body.messages.filter((m) => m.role === "user").at(-1)?.content ?? "";

useLlmHarness(
  {
    LLM_API_KEY: "sk-test",
    LLM_TIMEOUT_MS: "1500",
    LLM_CONTEXT_TOKENS: "6000",
    LLM_MAX_REPLY_TOKENS: "3000",
  },
  (stack) => {
    ({ llm, h } = stack);
  },
  { apiKey: "sk-test", maxContextTokens: 6000 },
);

describe("LLM conversations", () => {
  it("streams the model's reply and sends the persona, history and message", async () => {
    llm.script({
      reply: "Nice to meet you, Cleo! What kind of music do you like?",
      chunkSize: 6,
      chunkDelayMs: 15,
    });
    const before = h.tg.calls.length;
    await h.send(privateText("Hi, I'm Cleo and I love music", { userId: 601, firstName: "Cleo" }));
    const sent = await h.nextCall("sendMessage", 601, before);
    expect(sent.payload.text).toBe("Nice to meet you, Cleo! What kind of music do you like?");
    expect(h.tg.drafts(601).length).toBeGreaterThan(0);
    const req = llm.requests.at(-1)!;
    expect(req.headers.authorization).toBe("Bearer sk-test");
    expect(req.body.stream).toBe(true);
    expect(req.body.model).toBe("fake-gpt");
    expect(req.body.messages[0].role).toBe("system");
    expect(req.body.messages[0].content).toContain("Velro");
    expect(lastUser(req.body)).toBe("Hi, I'm Cleo and I love music");
  });

  it("splits replies longer than 4096 characters into clean messages", async () => {
    const paragraph = "This is a long and thoughtful sentence about the sea. ".repeat(20).trim();
    const reply = Array.from({ length: 10 }, () => paragraph).join("\n\n");
    llm.script({ reply, chunkSize: 400 });
    const before = h.tg.calls.length;
    await h.send(privateText("tell me everything about the sea", { userId: 602 }));
    const texts = await eventually(() => {
      const t = h.sentTexts(602);
      return t.join("").replace(/\s+/g, "").length >= reply.replace(/\s+/g, "").length && t;
    }, 10_000);
    expect(texts.length).toBeGreaterThan(2);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(4096);
    expect(texts.join(" ").replace(/\s+/g, " ")).toBe(reply.replace(/\s+/g, " "));
    expect(h.tg.calls.slice(before).filter((c) => c.method === "sendMessage" && !c.ok)).toHaveLength(0);
  });

  it("falls back to plain text when Telegram rejects the formatting", async () => {
    llm.script({ reply: "Here is **bold** advice" });
    h.tg.failNext(
      1,
      400,
      'Bad Request: can\'t parse entities: Unsupported start tag "x" at byte offset 8',
      "sendMessage",
    );
    await h.send(privateText("advice please", { userId: 603 }));
    const ok = await h.nextCall("sendMessage", 603);
    expect(ok.payload.parse_mode).toBeUndefined();
    expect(ok.payload.text).toBe("Here is bold advice");
  });

  it("retries a 429 after retry_after and still delivers", async () => {
    llm.script({ reply: "Patience pays off." });
    h.tg.rateLimitNext(1, 1, "sendMessage");
    await h.send(privateText("ping", { userId: 604 }));
    const ok = await h.nextCall("sendMessage", 604, 0, 10_000);
    expect(ok.payload.text).toBe("Patience pays off.");
    expect(h.tg.callsOf("sendMessage").some((c) => !c.ok && c.error?.error_code === 429)).toBe(true);
  });

  it("a slow LLM call in one chat never blocks another, and times out with a clear message", async () => {
    llm.setHandler((req) =>
      lastUser(req.body).includes("slow") ? { hang: true } : { reply: "quick answer" },
    );
    const before = h.tg.calls.length;
    await h.send(privateText("please be slow", { userId: 605 }));
    await h.send(privateText("be quick", { userId: 606 }));
    const quick = await h.nextCall("sendMessage", 606, before, 1_000);
    expect(quick.payload.text).toBe("quick answer");
    const slow = await h.nextCall("sendMessage", 605, before, 5_000);
    expect(String(slow.payload.text)).toMatch(/took me too long/);
    expect(quick.at).toBeLessThan(slow.at);
  });

  it("an LLM error gets a short apology and the conversation carries on", async () => {
    llm.script(llmErrors.serverError(), { reply: "Back again!" });
    let before = h.tg.calls.length;
    await h.send(privateText("hello?", { userId: 607 }));
    expect(String((await h.nextCall("sendMessage", 607, before)).payload.text)).toMatch(/couldn't reach/);
    before = h.tg.calls.length;
    await h.send(privateText("hello again", { userId: 607 }));
    expect((await h.nextCall("sendMessage", 607, before)).payload.text).toBe("Back again!");
  });

  it("streams into groups by sending once and editing, ending with the full reply", async () => {
    const chatId = -100_888;
    const reply = "Rain is water falling from clouds. It keeps rivers full and gardens green.";
    llm.script({ reply, chunkSize: 5, chunkDelayMs: 20 });
    const before = h.tg.calls.length;
    await h.send(groupText(`@${h.tg.botInfo.username} what is rain?`, { chatId, userId: 608 }));
    await eventually(() => h.tg.messages(chatId).some((m) => "text" in m && m.text === reply), 10_000);
    const calls = h.tg.calls.slice(before).filter((c) => Number(c.payload.chat_id) === chatId);
    expect(calls.filter((c) => c.method === "sendMessage")).toHaveLength(1);
    expect(calls.filter((c) => c.method === "editMessageText").length).toBeGreaterThan(0);
    expect(calls.filter((c) => c.method === "sendMessageDraft")).toHaveLength(0);
  });

  it("keeps long conversations inside the context window and folds old turns into a summary", async () => {
    llm.setHandler((req) => ({ reply: `noted: ${lastUser(req.body).slice(0, 20)}` }));
    const userId = 609;
    for (let i = 0; i < 40; i++) {
      const before = h.tg.calls.length;
      await h.send(
        privateText(`Fact ${i}: ${"my garden has tomatoes, basil and a very old apple tree. ".repeat(6)}`, {
          userId,
        }),
      );
      await h.nextCall("sendMessage", userId, before);
    }
    const failures = llm.requests.filter((r) => r.status !== 200);
    expect(failures).toHaveLength(0);
    expect(h.sentTexts(userId).every((t) => t.startsWith("noted:"))).toBe(true);
    const conversation = await eventually(() =>
      h.app.db.prisma.conversation.findFirst({ where: { chatId: BigInt(userId), summary: { not: "" } } }),
    );
    expect(conversation.summarizedUpTo).toBeGreaterThan(0n);
  });
});
