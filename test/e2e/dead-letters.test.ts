/**
 * Admins handle dead letters from Telegram: /deadletters lists them (paged, newest first, user
 * text escaped and clipped), ↻ puts one back in the inbox, 🗑 deletes it, everyone else is refused;
 * /stats and /metrics count them. Letters are seeded straight into the table, as the intake's
 * worker would leave them.
 */
import type { InlineKeyboardMarkup, Message, Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeSender, describeUpdate } from "../../src/bot/features/dead-letters.ts";
import { Prisma } from "../../src/db/generated/client.ts";
import { createI18n } from "../../src/i18n/index.ts";
import { createMetrics } from "../../src/observability/metrics.ts";
import type { RecordedCall } from "../fakes/telegram-server.ts";
import {
  callbackQuery,
  command,
  groupText,
  photo,
  preCheckout,
  privateText,
  successfulPayment,
} from "../fakes/updates.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { type Harness, startHarness } from "../helpers/harness.ts";

const ADMIN = 7_100_001;
const STRANGER = 7_100_002;
const SENDER = 7_100_003;
// Far above the fake's own update ids, so a replayed letter never collides with live traffic.
const id = (n: number) => 880_000_000 + n;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { ADMIN_IDS: String(ADMIN) } });
});
afterAll(async () => {
  await h?.stop();
  await dropFreshDatabases();
});

const LONG = "Hello <b>world</b> & friends, this message is far longer than sixty characters in all";

/** Seven letters of different kinds; letter n failed n minutes ago, so 1 is the newest. */
function letters(): { n: number; update: Update; error: string }[] {
  const from = { userId: SENDER, firstName: "Ann <script>", username: "ann_k" };
  return [
    { n: 1, update: privateText(LONG, from), error: "TypeError: boom <here>\n    at handler (chat.ts:1:1)" },
    { n: 2, update: command("imagine", "a fox in the snow", from), error: "FAL is down" },
    { n: 3, update: callbackQuery("mem:d:42", from), error: "timeout" },
    { n: 4, update: successfulPayment({ ...from, amount: 50 }), error: "ledger locked" },
    { n: 5, update: photo({ ...from, caption: "my cat" }), error: "upload failed" },
    { n: 6, update: groupText("hey @bot", { ...from, chatId: -100_555, title: "<Cats> & co" }), error: "x" },
    { n: 7, update: preCheckout(from), error: "too slow" },
  ].map((l) => ({ ...l, update: { ...l.update, update_id: id(l.n) } as Update }));
}

async function seed() {
  for (const l of letters()) {
    await h.app.db.sql(
      "test.seed_dead_letter",
      Prisma.sql`INSERT INTO dead_letters (update_id, lane, payload, error, attempts, failed_at)
        VALUES (${String(l.update.update_id)}::bigint, ${String(SENDER)}, ${JSON.stringify(l.update)},
          ${l.error}, 3, now() - ${l.n}::integer * interval '1 minute')`,
    );
  }
}

const deadIds = async () =>
  (
    await h.app.db.sql<{ update_id: bigint }>(
      "test.dead_ids",
      Prisma.sql`SELECT update_id FROM dead_letters ORDER BY update_id`,
    )
  ).map((r) => Number(r.update_id));

const keyboard = (call: RecordedCall): InlineKeyboardMarkup | undefined => {
  const rm = call.payload.reply_markup;
  return (typeof rm === "string" ? JSON.parse(rm) : rm) as InlineKeyboardMarkup | undefined;
};
const buttons = (call: RecordedCall) =>
  (keyboard(call)?.inline_keyboard ?? []).flat().map((b) => ("callback_data" in b ? b.callback_data : ""));

/** Sends a command and returns the bot's answer to that chat. */
async function ask(cmd: string, userId: number, chatId = userId) {
  const before = h.tg.calls.length;
  await h.send(command(cmd, undefined, { userId, chatId: chatId === userId ? undefined : chatId }));
  return h.nextCall("sendMessage", chatId, before);
}

/**
 * Presses a button under `message`; resolves with the callback answer and, for an admin, the
 * list's redraw (the answer comes first, so the spinner stops before the list is re-read) and
 * what the message reads afterwards.
 */
async function press(data: string, message: Message, userId = ADMIN) {
  expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
  const before = h.tg.calls.length;
  const update = callbackQuery(data, { userId, message });
  await h.send(update);
  const answer = await h.tg.waitFor(
    (c) => c.method === "answerCallbackQuery" && c.payload.callback_query_id === update.callback_query!.id,
    5_000,
    before,
  );
  const edit =
    userId === ADMIN
      ? await h.tg.waitFor((c) => c.method === "editMessageText", 5_000, before)
      : h.tg.calls.slice(before).find((c) => c.method === "editMessageText");
  const shown = String(h.tg.messages(message.chat.id).find((m) => m.message_id === message.message_id)?.text);
  return { answer, edit, shown };
}

/** The handler's toast, unless the intake acknowledged the press quietly first (it may). */
function toast(answer: RecordedCall, expected: RegExp) {
  if (answer.payload.text !== undefined) expect(String(answer.payload.text)).toMatch(expected);
}

describe("/deadletters", () => {
  let list: RecordedCall;

  it("is refused to non-admins, by command and by button", async () => {
    await seed();
    expect(String((await ask("deadletters", STRANGER)).payload.text)).toBe("This command is for admins.");
    const own = (await ask("deadletters", ADMIN)).result as Message;
    const { answer, edit } = await press("dl:d:880000001:0", own, STRANGER);
    toast(answer, /for admins/);
    expect(edit).toBeUndefined();
    expect(await deadIds()).toHaveLength(7);
  });

  it("stays out of groups, where other members would read users' messages", async () => {
    const reply = await ask("deadletters", ADMIN, -100_999);
    expect(String(reply.payload.text)).toMatch(/private chat/);
  });

  it("lists the newest five with when, who, what and why, escaped and clipped", async () => {
    list = await ask("deadletters", ADMIN);
    expect(list.payload.parse_mode).toBe("HTML");
    const html = String(list.payload.text);
    const shown = String((list.result as Message).text);
    expect(shown).toMatch(/Dead letters: 7 · page 1\/2/);
    // Newest first: letters 1..5 on page one, in that order.
    const order = [1, 2, 3, 4, 5].map((n) => shown.indexOf(`update ${id(n)}`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(shown).not.toContain(String(id(6)));
    // User text is escaped (never markup) and clipped to 60 characters.
    expect(html).toContain("Hello &lt;b&gt;world&lt;/b&gt; &amp; friends");
    expect(html).toContain("Ann &lt;script&gt; @ann_k");
    expect(html).not.toContain("<script>");
    const quoted = /💬 text: “([^”]*)”/.exec(shown)?.[1] ?? "";
    expect(Array.from(quoted)).toHaveLength(60);
    expect(quoted.endsWith("…")).toBe(true);
    expect(shown).toMatch(/⌨️ command: \/imagine a fox in the snow/);
    expect(shown).toMatch(/🔘 button press: mem:d:42/);
    expect(shown).toMatch(/⭐ payment: 50 XTR/);
    expect(shown).toMatch(/📎 photo: “my cat”/);
    // One short line per error, with the number of tries.
    expect(shown).toContain("⚠️ TypeError: boom <here> · 3 tries");
    expect(shown).not.toContain("chat.ts:1:1");
    expect(shown).toMatch(/1 minute ago \(\d\d\/\d\d\/\d{4}, \d\d:\d\d UTC\)/);
    expect(shown).toContain(`👤 Ann <script> @ann_k (${SENDER}) in a private chat`);

    const data = buttons(list);
    expect(data).toContain(`dl:r:${id(1)}:0`);
    expect(data).toContain(`dl:d:${id(5)}:0`);
    expect(data).toContain("dl:p:1");
    expect(data).not.toContain("dl:p:-1");
    for (const d of data) expect(Buffer.byteLength(d)).toBeLessThanOrEqual(64);
  });

  it("pages forward and back, editing the list in place", async () => {
    const msg = list.result as Message;
    const next = await press("dl:p:1", msg);
    expect(next.answer.ok).toBe(true);
    const page2 = String((next.edit!.result as Message).text);
    expect(page2).toMatch(/page 2\/2/);
    expect(page2).toContain(`👤 Ann <script> @ann_k (${SENDER}) in 👥 <Cats> & co (-100555)`);
    expect(page2).toMatch(/🧾 checkout: 50 XTR/);
    expect(next.edit!.payload.message_id).toBe(msg.message_id);
    expect(buttons(next.edit!)).toContain("dl:p:0");
    expect(buttons(next.edit!)).not.toContain("dl:p:2");
    // Back on page one the list reads as it did: Telegram's "not modified" is not an error.
    await press("dl:p:0", msg);
    const now = h.tg.messages(ADMIN).find((m) => m.message_id === msg.message_id);
    expect(now?.text).toMatch(/page 1\/2/);
  });

  it("replays a letter: it leaves the dead letters and is queued in the inbox again", async () => {
    const { answer, shown } = await press(`dl:r:${id(2)}:0`, list.result as Message);
    toast(answer, /back in the queue/);
    expect(shown).toMatch(new RegExp(`^↻ Update ${id(2)} is back in the queue.*\\n\\n☠️ Dead letters: 6 ·`));
    expect(await deadIds()).not.toContain(id(2));
    const [row] = await h.app.db.sql<{ status: string; payload: string | Update }>(
      "test.inbox_row",
      Prisma.sql`SELECT status, payload FROM inbox_updates WHERE update_id = ${String(id(2))}::bigint`,
    );
    // Queued for a worker (or already taken by one, once the durable intake runs them).
    expect(["queued", "done"]).toContain(row?.status);
    const payload = typeof row?.payload === "string" ? (JSON.parse(row.payload) as Update) : row?.payload;
    expect(payload?.message?.text).toBe("/imagine a fox in the snow");
  });

  it("drops a letter, and answers kindly when another admin got there first", async () => {
    const msg = list.result as Message;
    const first = await press(`dl:d:${id(3)}:0`, msg);
    toast(first.answer, /dropped/);
    expect(first.shown).toMatch(new RegExp(`^🗑 Update ${id(3)} dropped\\.\\n\\n☠️ Dead letters: 5 ·`));
    expect(await deadIds()).not.toContain(id(3));
    const again = await press(`dl:d:${id(3)}:0`, msg);
    toast(again.answer, /already handled/);
    expect(again.shown).toMatch(/^Update \d+ is no longer a dead letter — someone already handled it\.\n/);
    const replayGone = await press(`dl:r:${id(3)}:0`, msg);
    toast(replayGone.answer, /already handled/);
    expect(replayGone.shown).toMatch(/already handled/);
    expect(await deadIds()).toHaveLength(5);
  });

  it("/stats counts the dead letters and /metrics exports velro_dead_letters", async () => {
    const stats = String((await ask("stats", ADMIN)).payload.text);
    expect(stats).toMatch(/^Dead letters: 5 \(see \/deadletters\)$/m);
    const metrics = await (await fetch(`${h.base}/metrics`)).text();
    expect(metrics).toMatch(
      /^# HELP velro_dead_letters Updates that failed every try and wait for an admin$/m,
    );
    expect(metrics).toMatch(/^# TYPE velro_dead_letters gauge$/m);
    expect(metrics).toMatch(/^velro_dead_letters 5$/m);
  });

  it("says every update was handled once the last one is gone", async () => {
    const msg = list.result as Message;
    await h.app.db.sql(
      "test.clear",
      Prisma.sql`DELETE FROM dead_letters WHERE update_id <> ${String(id(7))}::bigint`,
    );
    // The list showed page 2; with one letter left it falls back to the only page.
    const last = await press(`dl:d:${id(7)}:1`, msg);
    toast(last.answer, /dropped/);
    expect(last.shown).toBe(`🗑 Update ${id(7)} dropped.\n\n✅ No dead letters — every update was handled.`);
    expect(keyboard(last.edit!)).toBeUndefined();
    const reply = await ask("deadletters", ADMIN);
    expect(reply.payload.text).toBe("✅ No dead letters — every update was handled.");
    expect(String((await ask("stats", ADMIN)).payload.text)).toMatch(/^Dead letters: 0$/m);
  });
});

describe("describing a stored update", () => {
  const en = createI18n().t("en");
  it("copes with payloads it does not know", () => {
    expect(describeUpdate(en, null)).toBe("❓ unreadable update");
    expect(describeUpdate(en, { update_id: 1, inline_query: { id: "x", query: "<q>" } })).toBe(
      "❓ inline query",
    );
    expect(describeUpdate(en, { update_id: 1, message: { chat: { id: 1 } } })).toBe("✉️ message");
    expect(describeUpdate(en, { update_id: 1, edited_message: { text: "a<b" } })).toBe(
      "✏️ edited · 💬 text: “a&lt;b”",
    );
    expect(describeSender(en, { update_id: 1 }, "lane<1>")).toBe("lane <code>lane&lt;1&gt;</code>");
  });
});

describe("velro_dead_letters", () => {
  const scrape = async (m: ReturnType<typeof createMetrics>) =>
    /^velro_dead_letters (\S+)$/m.exec(await m.registry.metrics())?.[1];

  it("caches the count for a few seconds and never fails a scrape", async () => {
    const m = createMetrics({ defaultMetrics: false });
    expect(await scrape(m)).toBe("0");
    let reads = 0;
    m.bindDeadLetters(async () => ++reads * 10);
    const [a, b] = await Promise.all([scrape(m), scrape(m)]);
    expect([a, b, await scrape(m)]).toEqual(["10", "10", "10"]);
    expect(reads).toBe(1);

    // A failing database keeps the last value.
    m.bindDeadLetters(async () => {
      throw new Error("database is down");
    });
    expect(await scrape(m)).toBe("10");

    // A hanging one is waited for about a second, not for ever.
    m.bindDeadLetters(() => new Promise<number>(() => {}));
    const started = Date.now();
    expect(await scrape(m)).toBe("10");
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
