/**
 * More fault injection: the Bot API answering 429 and 5xx in the middle of a conversation (every
 * reply still arrives, once, and is stored once), and a FAL job that never finishes (cancelled at
 * GENERATION_TIMEOUT_MS, credits released, ledger reconciled).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeFal, startFakeFal } from "../fakes/fal-server.ts";
import { callbackQuery, command, privateText } from "../fakes/updates.ts";
import { buttons, sentMessage } from "../generation/setup.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually } from "../helpers/harness.ts";
import { type ProdStack, startProdStack } from "./stack.ts";

let s: ProdStack;
let fal: FakeFal;
beforeAll(async () => {
  fal = await startFakeFal();
  s = await startProdStack({
    mode: "polling",
    env: {
      ...fal.env,
      GENERATION_TIMEOUT_MS: "1500",
    },
  });
});
afterAll(async () => {
  await s?.stop();
  await fal?.close();
  await dropFreshDatabases();
});

const calls = (method: string, chatId: number) =>
  s.tg.callsOf(method).filter((c) => Number(c.payload.chat_id) === chatId);
const delivered = (chatId: number) =>
  calls("sendMessage", chatId)
    .filter((c) => c.ok)
    .map((c) => String(c.payload.text));

/** What the database holds for a chat's conversation, oldest first. */
async function stored(chatId: number) {
  const rows = (await s.app.db.prisma.$queryRawUnsafe(
    `SELECT m.role, m.content FROM messages m JOIN conversations c ON c.id = m.conversation_id
     WHERE c.chat_id = ${chatId} ORDER BY m.id`,
  )) as { role: string; content: string }[];
  return rows.map((r) => `${r.role}: ${r.content}`);
}

/** Sends `texts` one after another without waiting, then waits for one reply to each. */
async function conversation(chatId: number, texts: string[]) {
  const [replies, rows] = [delivered(chatId).length, (await stored(chatId)).length];
  for (const text of texts) await s.tg.dispatchUpdate(privateText(text, { userId: chatId }));
  await eventually(() => delivered(chatId).length >= replies + texts.length, 30_000);
  await eventually(async () => (await stored(chatId)).length >= rows + texts.length * 2, 10_000);
}

describe("Telegram failing during a conversation", () => {
  it("429 with retry_after: every reply arrives once, in order, and is stored once", async () => {
    const chat = 8201;
    s.tg.rateLimitNext(2, 1, "sendMessage");
    await conversation(chat, ["first message", "second message", "third message"]);
    // The fault was hit (two refused sends), then retried after retry_after.
    expect(calls("sendMessage", chat).filter((c) => !c.ok)).toHaveLength(2);
    const replies = delivered(chat);
    expect(replies).toHaveLength(3);
    expect(new Set(replies).size).toBe(3);
    const history = await stored(chat);
    expect(history.filter((l) => l.startsWith("user: "))).toEqual([
      "user: first message",
      "user: second message",
      "user: third message",
    ]);
    expect(history.filter((l) => l.startsWith("assistant: "))).toEqual(replies.map((r) => `assistant: ${r}`));
  }, 30_000);

  it("5xx from the Bot API: the send is retried, the reply arrives once and nothing is lost", async () => {
    const chat = 8202;
    s.tg.failNext(1, 502, "Bad Gateway", "sendMessage");
    s.tg.failNext(1, 500, "Internal Server Error", "sendMessageDraft");
    await conversation(chat, ["hello during an outage", "are you still there?"]);
    expect(calls("sendMessage", chat).filter((c) => !c.ok)).toHaveLength(1);
    const replies = delivered(chat);
    expect(replies).toHaveLength(2);
    expect(new Set(replies).size).toBe(2);
    const history = await stored(chat);
    expect(history).toHaveLength(4);
    expect(history.filter((l) => l.startsWith("user: "))).toEqual([
      "user: hello during an outage",
      "user: are you still there?",
    ]);
    expect(history.filter((l) => l.startsWith("assistant: "))).toEqual(replies.map((r) => `assistant: ${r}`));
  }, 30_000);

  it("5xx on getUpdates: polling carries on and every update is handled once", async () => {
    const chat = 8203;
    const failedBefore = s.tg.callsOf("getUpdates").filter((c) => !c.ok).length;
    s.tg.failNext(1, 502, "Bad Gateway", "getUpdates");
    // The first message is taken by the poll already waiting; the fetch after it fails, and the
    // second message arrives through the retry.
    await conversation(chat, ["did my message get through?"]);
    await eventually(() => s.tg.callsOf("getUpdates").filter((c) => !c.ok).length > failedBefore);
    await conversation(chat, ["and this one?"]);
    expect(delivered(chat)).toHaveLength(2);
    expect((await stored(chat)).filter((l) => l.startsWith("user: "))).toEqual([
      "user: did my message get through?",
      "user: and this one?",
    ]);
  }, 30_000);
});

describe("FAL timing out", () => {
  it("cancels a job that never finishes, releases its credits and keeps the ledger reconciled", async () => {
    const user = 8301;
    fal.setScript(() => ({ hold: true }));
    const n = delivered(user).length;
    await s.tg.dispatchUpdate(command("imagine", "a clock that never stops", { userId: user }));
    const picker = await eventually(() => calls("sendMessage", user).filter((c) => c.ok)[n]);
    const go = buttons(picker).find((b) => b.data.startsWith("g:go:"))!;
    await s.tg.dispatchUpdate(callbackQuery(go.data, { userId: user, message: sentMessage(picker) }));

    const job = await eventually(async () =>
      s.app.db.prisma.generationJob.findFirst({ where: { userId: BigInt(user), requestId: { not: null } } }),
    );
    // While it runs, its credits are held.
    expect(await s.app.runtime.credits.balance(user)).toBe(100 - job.cost);
    const settled = await eventually(async () => {
      const row = await s.app.db.prisma.generationJob.findUnique({ where: { id: job.id } });
      return row?.status === "failed" ? row : null;
    }, 10_000);
    expect(settled.status).toBe("failed");
    expect(fal.jobs.get(job.requestId!)?.cancelled).toBe(true);
    expect(fal.jobs.get(job.requestId!)?.completed).toBe(false);
    expect(await s.app.runtime.credits.balance(user)).toBe(100);
    expect((await s.app.runtime.credits.reconcile()).mismatches).toEqual([]);
    // The user is told (on the status message), and nothing was delivered.
    await eventually(() =>
      s.tg
        .callsOf("editMessageText")
        .some(
          (c) =>
            c.payload.message_id === sentMessage(picker).message_id &&
            /credits/i.test(String(c.payload.text)),
        ),
    );
    expect(calls("sendPhoto", user)).toHaveLength(0);
  }, 30_000);
});
