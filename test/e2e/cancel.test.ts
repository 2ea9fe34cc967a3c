/**
 * Stopping a streaming reply, the way users do it through Telegram: the ✖ button under a group
 * reply, /cancel, and the stop button on a private chat's draft (`stopped_message_generation`).
 * The stopped reply keeps what was written with a short note, and the chat carries on. Also: the
 * summary fold runs after the turn, so the chat's next message never waits for it.
 */
import type { Message } from "grammy/types";
import { describe, expect, it } from "vitest";
import { STOPPED_EMPTY, STOPPED_NOTE } from "../../src/services/chat-service.ts";
import type { FakeLlm, LlmRequest } from "../fakes/llm-server.ts";
import type { RecordedCall } from "../fakes/telegram-server.ts";
import { callbackQuery, command, groupText, privateText, stoppedGeneration } from "../fakes/updates.ts";
import { eventually, type Harness } from "../helpers/harness.ts";
import { useLlmHarness } from "../helpers/llm-harness.ts";

let llm: FakeLlm;
let h: Harness;

/** A reply that takes ~10 s to stream: plain words, so the formatted text equals the source. */
const LONG = Array.from({ length: 60 }, (_, i) => `Sentence ${i} of a long story about the sea.`).join(" ");
const SLOW = { reply: LONG, chunkSize: 8, chunkDelayMs: 40 };
/** How quickly a stop must show: the brief's "within about a second". */
const STOP_WITHIN_MS = 1_000;

const stopDataOf = (m: Message) =>
  m.reply_markup?.inline_keyboard
    .flat()
    .map((b) => ("callback_data" in b ? b.callback_data : undefined))
    .find((d) => d?.startsWith("stop:"));
const lastUser = (req: LlmRequest) =>
  (req.body.messages as { role: string; content: string }[]).filter((m) => m.role === "user").at(-1)
    ?.content ?? "";
const isSummary = (req: LlmRequest) => lastUser(req).startsWith("Update the running summary");
/** The text that was streamed before the stop, from a final text that ends with the note. */
const partialOf = (text: string) => text.slice(0, -STOPPED_NOTE.length).trim();
const sendsTo = (chatId: number, after: number) => (c: RecordedCall) =>
  c.method === "sendMessage" &&
  c.ok &&
  Number(c.payload.chat_id) === chatId &&
  h.tg.calls.indexOf(c) >= after;

useLlmHarness(
  {
    LLM_TIMEOUT_MS: "5000",
    // Small, so a few long messages no longer fit and the oldest are folded into the summary.
    LLM_CONTEXT_TOKENS: "3000",
    LLM_MAX_REPLY_TOKENS: "500",
  },
  (stack) => {
    ({ llm, h } = stack);
  },
);

describe("stopping a streaming reply", () => {
  it("the ✖ button under a group reply stops it, keeps the words written and goes away", async () => {
    const chatId = -100_701;
    const userId = 701;
    llm.script(SLOW, { reply: "Sure, here is the short version." });
    await h.send(groupText("tell me a long story", { chatId, userId, mention: true }));
    const streaming = await eventually(() => h.tg.messages(chatId).find((m) => stopDataOf(m)), 8_000);
    const data = stopDataOf(streaming)!;
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);

    const press = callbackQuery(data, { userId, message: streaming });
    const pressedAt = Date.now();
    await h.send(press);
    const final = await eventually(() => {
      const m = h.tg.messages(chatId).find((x) => x.message_id === streaming.message_id);
      return m?.text?.endsWith(STOPPED_NOTE) && !m.reply_markup && m;
    }, 5_000);
    const edit = h.tg
      .callsOf("editMessageText")
      .find((c) => c.ok && String(c.payload.text).includes(STOPPED_NOTE.slice(2)))!;
    expect(edit.at - pressedAt).toBeLessThan(STOP_WITHIN_MS);
    const partial = partialOf(final.text!);
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.length).toBeLessThan(LONG.length);
    expect(LONG.startsWith(partial)).toBe(true);
    // The press is answered with a toast, and the model's request was dropped.
    const answer = await h.tg.waitFor(
      (c) => c.method === "answerCallbackQuery" && c.payload.callback_query_id === press.callback_query!.id,
    );
    expect(answer.payload.text).toBe("Stopping…");
    await eventually(() => llm.requests[0]?.aborted, 2_000);

    // The chat carries on, and the model sees the partial reply as what it said.
    await h.send(groupText("just the short version", { chatId, userId, mention: true }));
    const next = await eventually(
      () => h.tg.messages(chatId).find((m) => m.text === "Sure, here is the short version."),
      5_000,
    );
    expect(next.reply_markup).toBeUndefined();
    const history = llm.requests[1]!.body.messages as { role: string; content: string }[];
    expect(history.some((m) => m.role === "assistant" && m.content === partial)).toBe(true);

    // A press on a reply that has finished is answered kindly and changes nothing.
    const late = callbackQuery(data, { userId, message: final });
    await h.send(late);
    const lateAnswer = await h.tg.waitFor(
      (c) => c.method === "answerCallbackQuery" && c.payload.callback_query_id === late.callback_query!.id,
    );
    expect(lateAnswer.payload.text).toMatch(/already finished/);
  });

  it("/cancel stops the reply being written, and says so kindly when there is none", async () => {
    const userId = 702;
    llm.script(SLOW, { reply: "Okay, something shorter then!" });
    await h.send(privateText("tell me a long story", { userId }));
    await eventually(() => h.tg.drafts(userId).length >= 3, 8_000);
    let before = h.tg.calls.length;
    const sentAt = Date.now();
    await h.send(command("cancel", undefined, { userId }));
    const final = await h.tg.waitFor(sendsTo(userId, before), 5_000);
    expect(final.at - sentAt).toBeLessThan(STOP_WITHIN_MS);
    const text = String(final.payload.text);
    expect(text.endsWith(STOPPED_NOTE)).toBe(true);
    expect(LONG.startsWith(partialOf(text))).toBe(true);
    // The stop note is the only answer: no "nothing to stop" on top of it.
    await h.idle();
    expect(h.sentTexts(userId).filter((t) => /nothing to stop/.test(t))).toHaveLength(0);

    before = h.tg.calls.length;
    await h.send(command("cancel", undefined, { userId }));
    const nothing = await h.tg.waitFor(sendsTo(userId, before), 5_000);
    expect(nothing.payload.text).toMatch(/nothing to stop/);

    before = h.tg.calls.length;
    await h.send(privateText("something shorter?", { userId }));
    const next = await h.tg.waitFor(sendsTo(userId, before), 5_000);
    expect(next.payload.text).toBe("Okay, something shorter then!");
  });

  it("the stop button on a private chat's draft (stopped_message_generation) stops that reply", async () => {
    const userId = 703;
    llm.script(SLOW, { reply: "Here I am again." });
    await h.send(privateText("tell me a long story", { userId }));
    const draft = await eventually(
      () => h.tg.drafts(userId).length >= 3 && h.tg.drafts(userId).at(-1),
      8_000,
    );
    expect(draft.can_stop).toBe(true);

    // A stop for a draft of some other reply changes nothing.
    await h.settled(await h.send(stoppedGeneration(draft.draft_id + 5_000, { userId })));
    expect(h.sentTexts(userId)).toHaveLength(0);

    const before = h.tg.calls.length;
    const pressedAt = Date.now();
    await h.send(stoppedGeneration(draft.draft_id, { userId }));
    const final = await h.tg.waitFor(sendsTo(userId, before), 5_000);
    expect(final.at - pressedAt).toBeLessThan(STOP_WITHIN_MS);
    const text = String(final.payload.text);
    expect(text === STOPPED_EMPTY || text.endsWith(STOPPED_NOTE)).toBe(true);
    if (text !== STOPPED_EMPTY) expect(LONG.startsWith(partialOf(text))).toBe(true);

    await h.send(privateText("are you there?", { userId }));
    await eventually(() => h.sentTexts(userId).includes("Here I am again."), 5_000);
  });
});

describe("the summary fold", () => {
  it("runs after the reply, outside the chat's queue, one at a time per chat", async () => {
    const userId = 704;
    llm.setHandler((req) =>
      isSummary(req)
        ? { reply: "They shared long notes about their garden.", delayMs: 2_500 }
        : { reply: `noted ${lastUser(req).slice(0, 8)}` },
    );
    const long = (i: number) =>
      `Note ${i}: ${"my garden has tomatoes, basil and an old apple tree. ".repeat(60)}`;
    // Long messages overflow the small context window, so older turns get folded.
    for (let i = 0; i < 4 && !llm.requests.some(isSummary); i++) {
      const before = h.tg.calls.length;
      await h.send(privateText(long(i).slice(0, 3_900), { userId }));
      await h.tg.waitFor(sendsTo(userId, before), 5_000);
    }
    const summary = await eventually(() => llm.requests.find(isSummary), 5_000);
    expect(summary.status).toBe(0); // still waiting for the (slow) summary

    // The next messages are answered at once, and start no second fold of the chat meanwhile.
    for (let i = 10; i < 12; i++) {
      const before = h.tg.calls.length;
      const sentAt = Date.now();
      await h.send(privateText(long(i).slice(0, 3_900), { userId }));
      await h.tg.waitFor(sendsTo(userId, before), 5_000);
      expect(Date.now() - sentAt).toBeLessThan(1_500);
    }
    expect(summary.status).toBe(0);
    expect(llm.requests.filter(isSummary)).toHaveLength(1);

    const saved = await eventually(
      () =>
        h.app.db.prisma.conversation.findFirst({
          where: { chatId: BigInt(userId), summary: "They shared long notes about their garden." },
        }),
      6_000,
    );
    expect(saved.summarizedUpTo).toBeGreaterThan(0n);
  });
});
