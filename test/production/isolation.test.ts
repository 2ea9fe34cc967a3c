/**
 * Isolation: user B tries to read or spend user A's data and credits through every door — A's
 * callback buttons, commands, the WebSocket and the Mini App sign-in — and admin commands are tried
 * by a non-admin. Each attempt acts only on B's own data or is refused, and A's data is unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInitData } from "../../src/ws/init-data.ts";
import { verifyToken } from "../../src/ws/jwt.ts";
import { type FakeFal, startFakeFal } from "../fakes/fal-server.ts";
import type { RecordedCall } from "../fakes/telegram-server.ts";
import { callbackQuery, command, preCheckout, privateText, successfulPayment } from "../fakes/updates.ts";
import { buttons, sentMessage } from "../generation/setup.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { publishAnyEvent } from "../helpers/events.ts";
import { eventually } from "../helpers/harness.ts";
import { connectReady } from "../ws/client.ts";
import { type ProdStack, startProdStack } from "./stack.ts";

const A = 7101;
const B = 7102;
const ADMIN = 999;
const JWT_SECRET = "jwt-secret-for-tests-0123456789abcdef";

let s: ProdStack;
let fal: FakeFal;
beforeAll(async () => {
  fal = await startFakeFal();
  s = await startProdStack({
    mode: "polling",
    env: {
      ...fal.env,
      ADMIN_IDS: String(ADMIN),
    },
  });
  // Both users have a history, memories and credits.
  await talk(A, "My name is Anna and I love sailing on Lake Garda.");
  await talk(A, "My brother Tom is a pilot.");
  await talk(A, "I work as an architect in Milan.");
  await talk(B, "I am Ben and my dog is called Rex.");
  await eventually(async () => (await count("memories", `user_id = ${A}`)) > 0);
  await eventually(async () => (await count("memories", `user_id = ${B}`)) > 0);
});
afterAll(async () => {
  await s?.stop();
  await fal?.close();
  await dropFreshDatabases();
});

const sends = (method: string, chatId: number) =>
  s.tg.callsOf(method).filter((c) => c.ok && Number(c.payload.chat_id) === chatId);

/** Sends an update to a chat and returns the bot's next sendMessage there. */
async function reply(chatId: number, update: Parameters<ProdStack["tg"]["dispatchUpdate"]>[0]) {
  const before = sends("sendMessage", chatId).length;
  await s.tg.dispatchUpdate(update);
  return eventually(() => sends("sendMessage", chatId)[before], 10_000);
}
const talk = (userId: number, text: string) => reply(userId, privateText(text, { userId }));
const commandReply = async (userId: number, cmd: string, args?: string) =>
  String((await reply(userId, command(cmd, args, { userId }))).payload.text);

/** Presses a button as `userId` on `message`; returns the answerCallbackQuery call. */
async function press(data: string, userId: number, message: RecordedCall): Promise<RecordedCall> {
  const update = await s.tg.dispatchUpdate(callbackQuery(data, { userId, message: sentMessage(message) }));
  const id = update.callback_query!.id;
  return eventually(() =>
    s.tg.callsOf("answerCallbackQuery").find((c) => c.ok && c.payload.callback_query_id === id),
  );
}

const count = async (table: string, where: string) =>
  Number(
    (
      (await s.app.db.prisma.$queryRawUnsafe(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`)) as {
        n: number;
      }[]
    )[0]!.n,
  );
const memoryTexts = async (userId: number) =>
  (
    (await s.app.db.prisma.$queryRawUnsafe(
      `SELECT text FROM memories WHERE user_id = ${userId} ORDER BY text`,
    )) as { text: string }[]
  ).map((r) => r.text);
const entries = (userId: number) => count("credit_entries", `user_id = ${userId}`);
const balance = (userId: number) => s.app.runtime.credits.balance(userId);
const reconciled = async () => expect((await s.app.runtime.credits.reconcile()).mismatches).toEqual([]);

/** Opens A's /imagine picker; returns the picker message and its "go" button. */
async function picker(userId: number, prompt: string) {
  const msg = await reply(userId, command("imagine", prompt, { userId }));
  const go = buttons(msg).find((b) => b.data.startsWith("g:go:"));
  expect(go).toBeDefined();
  return { msg, go: go!.data };
}

describe("callback buttons of another user", () => {
  it("B pressing 🗑 on A's memory deletes nothing of A's", async () => {
    const rooms = await reply(A, command("memory", undefined, { userId: A }));
    const room = buttons(rooms).find((b) => b.data.startsWith("mem:r:"))!;
    expect(room).toBeDefined();
    const edits = s.tg.callsOf("editMessageText").length;
    await press(room.data, A, rooms);
    const page = await eventually(() =>
      s.tg
        .callsOf("editMessageText")
        .slice(edits)
        .find((c) => c.ok && buttons(c).some((b) => b.data.startsWith("mem:d:"))),
    );
    const del = buttons(page).find((b) => b.data.startsWith("mem:d:"))!.data;
    const before = await memoryTexts(A);
    const answer = await press(del, B, rooms);
    expect(answer.payload.text).toBe("Already gone.");
    expect(await memoryTexts(A)).toEqual(before);
    // The same button works for its owner: the check is not simply refusing everything.
    expect((await press(del, A, rooms)).payload.text).toBe("Forgotten.");
    // (with the memories filed from the same message: forgetting one forgets what it said)
    const after = await memoryTexts(A);
    expect(after.length).toBeLessThan(before.length);
    expect(after.length).toBeGreaterThan(0);
  });

  it("B choosing a persona on A's menu changes only B's own persona", async () => {
    const menu = await reply(A, command("persona", undefined, { userId: A }));
    const sage = buttons(menu).find((b) => b.data === "persona:sage")!;
    expect(sage).toBeDefined();
    await press(sage.data, B, menu);
    const personas = (await s.app.db.prisma.$queryRawUnsafe(
      `SELECT user_id::int AS u, persona_id AS p FROM mind_states WHERE user_id IN (${A}, ${B})`,
    )) as { u: number; p: string }[];
    expect(personas.filter((r) => r.u === A).map((r) => r.p)).toEqual(["velro"]);
    expect(personas.some((r) => r.u === B && r.p === "sage")).toBe(true);
  });

  it("B confirming A's /deletedata deletes nothing", async () => {
    const prompt = await reply(A, command("deletedata", undefined, { userId: A }));
    const confirm = buttons(prompt).find((b) => b.data.startsWith("privacy:del:"))!;
    expect((await press(confirm.data, B, prompt)).payload.text).toBe("This button is not yours.");
    expect(await count("users", `id IN (${A}, ${B})`)).toBe(2);
    expect(await count("memories", `user_id = ${A}`)).toBeGreaterThan(0);
    expect(await count("memories", `user_id = ${B}`)).toBeGreaterThan(0);
  });

  it("B pressing go on A's generation picker starts nothing and charges nobody", async () => {
    const { msg, go } = await picker(A, "a red sailboat");
    const [balA, balB, jobs] = [await balance(A), await balance(B), await count("generation_jobs", "true")];
    const answer = await press(go, B, msg);
    expect(String(answer.payload.text)).toContain("expired");
    expect(await count("generation_jobs", "true")).toBe(jobs);
    expect(await balance(A)).toBe(balA);
    expect(await balance(B)).toBe(balB);
    // A's own press still works: the picker was not consumed by B's attempt.
    await press(go, A, msg);
    await eventually(async () => (await count("generation_jobs", `user_id = ${A}`)) === 1);
    await eventually(() => sends("sendPhoto", A).length > 0, 15_000);
    expect(await balance(A)).toBeLessThan(balA);
    expect(await balance(B)).toBe(balB);
    await reconciled();
  });

  it("B cannot cancel A's running generation", async () => {
    fal.setScript(() => ({ hold: true }));
    try {
      const { msg, go } = await picker(A, "a stormy sea");
      await press(go, A, msg);
      // Submitted to FAL (and held there): queued, then running.
      const active = { in: ["queued", "running"] };
      const job = await eventually(async () =>
        s.app.db.prisma.generationJob.findFirst({
          where: { userId: BigInt(A), status: active, requestId: { not: null } },
        }),
      );
      const held = await balance(A);
      expect((await press(`g:x:${job.id}`, B, msg)).payload.text).toBe("Already finished.");
      expect(await s.app.db.prisma.generationJob.count({ where: { id: job.id, status: active } })).toBe(1);
      expect(fal.jobs.get(job.requestId!)?.cancelled).toBe(false);
      expect(await balance(A)).toBe(held);
      expect((await press(`g:x:${job.id}`, A, msg)).payload.text).toBe("Cancelled — credits returned.");
      expect(fal.jobs.get(job.requestId!)?.cancelled).toBe(true);
      expect(await balance(A)).toBe(held + job.cost);
      await reconciled();
    } finally {
      fal.setScript(() => ({}));
    }
  });

  it("B tapping A's credit pack is invoiced to B, and A cannot pay B's invoice to credit anyone", async () => {
    const menu = await reply(A, command("buy", undefined, { userId: A }));
    const pack = buttons(menu).find((b) => b.data.startsWith("pay:"))!;
    const invoices = s.tg.callsOf("sendInvoice").length;
    await press(pack.data, B, menu);
    const invoice = await eventually(() =>
      s.tg
        .callsOf("sendInvoice")
        .slice(invoices)
        .find((c) => c.ok),
    );
    const payload = String(invoice.payload.payload);
    const stars = (invoice.payload.prices as { amount: number }[])[0]!.amount;
    expect(payload).toContain(String(B));
    const [balA, balB] = [await balance(A), await balance(B)];
    // A tries to pay the invoice made for B.
    const q = await s.tg.dispatchUpdate(preCheckout({ userId: A, payload, amount: stars }));
    const answer = await eventually(() =>
      s.tg
        .callsOf("answerPreCheckoutQuery")
        .find((c) => c.payload.pre_checkout_query_id === q.pre_checkout_query!.id),
    );
    expect(answer.payload.ok).toBe(false);
    const text = String(
      (await reply(A, successfulPayment({ userId: A, payload, amount: stars }))).payload.text,
    );
    expect(text).toContain("/paysupport");
    expect(await balance(A)).toBe(balA);
    expect(await balance(B)).toBe(balB);
    await reconciled();
  });
});

describe("commands only ever touch the caller", () => {
  it("/forget with A's words, and /forget all, leave A's memories alone", async () => {
    const before = await memoryTexts(A);
    expect(before.join(" ")).toMatch(/Tom|pilot|sailing/i);
    expect(await commandReply(B, "forget", "my brother Tom the pilot")).toContain("couldn't find");
    const wipe = await reply(B, command("forget", "all", { userId: B }));
    await press("mem:wipe:yes", B, wipe);
    await eventually(async () => (await count("memories", `user_id = ${B}`)) === 0);
    expect(await memoryTexts(A)).toEqual(before);
  });

  it("/export, /balance and /history show only the caller's own data", async () => {
    const before = sends("sendDocument", B).length;
    await s.tg.dispatchUpdate(command("export", undefined, { userId: B }));
    const doc = await eventually(() => sends("sendDocument", B)[before]);
    const fileId = (doc.result as { document: { file_id: string } }).document.file_id;
    const exported = Buffer.from(s.tg.file(fileId)?.bytes ?? []).toString("utf8");
    expect(JSON.parse(exported).user_id).toBe(B);
    expect(exported).not.toMatch(/Anna|Garda|sailboat|stormy/);

    expect(await commandReply(B, "balance")).toContain(`You have ${await balance(B)} credits`);
    expect(await commandReply(A, "balance")).toContain(`You have ${await balance(A)} credits`);
    expect(await balance(A)).not.toBe(await balance(B));
    expect(await commandReply(B, "history")).toContain("You haven't created anything yet");
    expect(await commandReply(A, "history")).toContain("sailboat");
  });
});

describe("admin commands from a non-admin", () => {
  it("/grant and /refund are refused and change nothing", async () => {
    // A buys a pack, so there is a real charge to try to refund.
    const menu = await reply(A, command("buy", undefined, { userId: A }));
    const invoices = s.tg.callsOf("sendInvoice").length;
    await press(buttons(menu).find((b) => b.data.startsWith("pay:"))!.data, A, menu);
    const invoice = await eventually(() =>
      s.tg
        .callsOf("sendInvoice")
        .slice(invoices)
        .find((c) => c.ok),
    );
    const stars = (invoice.payload.prices as { amount: number }[])[0]!.amount;
    const chargeId = `stxISOLATION${Date.now()}`;
    expect(
      String(
        (
          await reply(
            A,
            successfulPayment({
              userId: A,
              payload: String(invoice.payload.payload),
              amount: stars,
              chargeId,
            }),
          )
        ).payload.text,
      ),
    ).toContain("Thank you");

    const [balA, balB, nA, nB] = [await balance(A), await balance(B), await entries(A), await entries(B)];
    expect(await commandReply(B, "grant", `${B} 1000`)).toBe("This command is for admins.");
    expect(await commandReply(B, "grant", `${A} -50`)).toBe("This command is for admins.");
    expect(await commandReply(B, "refund", chargeId)).toBe("This command is for admins.");
    expect(await commandReply(B, "stats")).toBe("This command is for admins.");
    expect(s.tg.callsOf("refundStarPayment")).toHaveLength(0);
    expect([await balance(A), await balance(B), await entries(A), await entries(B)]).toEqual([
      balA,
      balB,
      nA,
      nB,
    ]);
    // The same command works for an admin: the refusal is about who asks.
    expect(await commandReply(ADMIN, "grant", `${B} 5`)).toContain("+5 credits");
    expect(await balance(B)).toBe(balB + 5);
    await reconciled();
  });
});

describe("HTTP and WebSocket", () => {
  const wsUrl = (token: string) => `ws://127.0.0.1:${s.app.port}/ws?token=${token}`;

  it("B's connection never receives A's events, and cannot subscribe to admin streams", async () => {
    const b = await connectReady(wsUrl(s.app.live.tokens.issue(B).token));
    try {
      expect(b.frames[0]).toMatchObject({ type: "ready", user_id: B, admin: false, streams: ["user"] });
      for (const streams of [["all"], ["system"], ["user", "all"]]) {
        b.send({ type: "subscribe", streams, req: streams.join() });
        const err = await b.waitFor((f) => f.req === streams.join());
        expect(err).toMatchObject({ type: "error", code: "forbidden" });
      }
      await publishAnyEvent(s.app.cache, { type: "credits.updated", userId: A, payload: { balance: 1 } });
      await publishAnyEvent(s.app.cache, {
        type: "conversation.message",
        userId: A,
        chatId: A,
        payload: { text: "secret" },
      });
      await publishAnyEvent(s.app.cache, { type: "job.sweep", payload: { jobs: 3 } });
      await publishAnyEvent(s.app.cache, { type: "credits.updated", userId: B, payload: { marker: true } });
      await b.waitForEvent("credits.updated", (e) => e.payload?.marker === true);
      expect(b.events().filter((e) => e.userId !== B && e.type !== "bot.status")).toEqual([]);
      const last = b.events().at(-1)!.id;
      await b.close();
      // Nor through a resume: the replay holds only B's own events.
      const again = await connectReady(`${wsUrl(s.app.live.tokens.issue(B).token)}&last_event_id=0`);
      await again.waitFor((f) => f.type === "resumed");
      expect(again.events().length).toBeGreaterThan(0);
      // Only B's own events, and the public ones (bot.status) everyone gets.
      expect(again.events().filter((e) => e.userId !== B && e.type !== "bot.status")).toEqual([]);
      expect(again.events().some((e) => e.id === last)).toBe(true);
      await again.close();
    } finally {
      await b.close();
    }
  });

  it("initData signed for A yields A's token and never B's", async () => {
    const post = (initData: string) =>
      fetch(`${s.base}/api/auth/telegram`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ initData }),
      });
    const fields = {
      auth_date: String(Math.floor(Date.now() / 1000)),
      user: JSON.stringify({ id: A, first_name: "Anna" }),
    };
    const signed = signInitData(fields, s.env.BOT_TOKEN!);
    const ok = await post(signed);
    expect(ok.status).toBe(200);
    const { token } = (await ok.json()) as { token: string };
    const claims = verifyToken(JWT_SECRET, token);
    expect(claims).toMatchObject({ ok: true });
    expect(JSON.stringify(claims)).toContain(`${A}`);
    expect(JSON.stringify(claims)).not.toContain(`${B}`);
    // Swapping the user, adding a second user field, or an extra user id: all refused.
    const forgeries = [
      signed.replace(encodeURIComponent(`"id":${A}`), encodeURIComponent(`"id":${B}`)),
      `${signed}&user=${encodeURIComponent(JSON.stringify({ id: B }))}`,
      `user=${encodeURIComponent(JSON.stringify({ id: B }))}&${signed}`,
      `${signed}&user_id=${B}`,
    ];
    for (const forged of forgeries) {
      expect(forged).not.toBe(signed);
      const res = await post(forged);
      expect(res.status, forged).toBe(401);
    }
  });
});
