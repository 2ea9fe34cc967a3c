/**
 * Reaching out through the real bot: the time zone asked once (a reply with a city), /checkins
 * with its buttons, /remind in two languages and the reminder arriving with its stop button,
 * /reminders with cancel buttons, the one-tap stop turning check-ins off, /diary's pages, and a
 * user who blocks the bot (Telegram's my_chat_member) getting nothing more.
 */
import type { Message, Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localTime } from "../../src/engines/outreach/index.ts";
import { callbackQuery, command, DEFAULT_BOT, privateText } from "../fakes/updates.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually, type Harness, startHarness } from "../helpers/harness.ts";

let h: Harness;
const BOT = { id: DEFAULT_BOT.id, is_bot: true, first_name: DEFAULT_BOT.first_name };

beforeAll(async () => {
  h = await startHarness({ env: { OUTREACH_POLL_MS: "100" } });
});
afterAll(async () => {
  await h?.stop();
  await dropFreshDatabases();
});

const lastText = (chatId: number) => h.sentTexts(chatId).at(-1) ?? "";

/** Sends an update and waits until it is handled. */
async function say(update: Update): Promise<void> {
  await h.settled(await h.send(update));
}

/** Answers the bot's time-zone question the way Telegram delivers a reply to it. */
async function answerZone(userId: number, text: string, languageCode = "en"): Promise<void> {
  const prompt = h.tg.messages(userId).findLast((m) => m.from?.is_bot && m.text && !m.reply_markup);
  expect(prompt).toBeDefined();
  const update = privateText(text, { userId, languageCode });
  update.message!.reply_to_message = prompt as Message as NonNullable<Message["reply_to_message"]>;
  await say(update);
}

/** Waits for a message to the user whose text contains `fragment`. */
const sentTo = (userId: number, fragment: string) =>
  h.tg.waitFor(
    (c) =>
      c.method === "sendMessage" &&
      c.ok &&
      Number(c.payload.chat_id) === userId &&
      String(c.payload.text).includes(fragment),
    10_000,
  );

/** Presses an inline button of the bot's latest message carrying `data`. */
async function press(userId: number, data: string): Promise<void> {
  const message = h.tg
    .messages(userId)
    .findLast((m) => JSON.stringify(m.reply_markup ?? {}).includes(`"${data}"`));
  expect(message, `a message with the button ${data}`).toBeDefined();
  await say(callbackQuery(data, { userId, message }));
}

describe("reaching out", () => {
  it("asks the time zone once, then /remind schedules and the reminder arrives with a stop button", async () => {
    const userId = 8101;
    await say(command("remind", "in 2 seconds stretch your back", { userId }));
    expect(lastText(userId)).toContain("time zone");
    await answerZone(userId, "I'm in Berlin");
    const texts = h.sentTexts(userId);
    expect(texts.at(-2)).toMatch(/^Got it: Berlin — it's .*\d{2}.* there now\.$/);
    expect(texts.at(-1)).toMatch(/^⏰ Got it! I'll remind you .+: “stretch your back”$/);
    const reminder = await sentTo(userId, "⏰ Reminder: stretch your back");
    expect(JSON.stringify(reminder.payload.reply_markup)).toContain("out:stop:reminder");
    // Asked once: the next /remind goes straight through, here in Russian.
    await say(command("remind", "завтра в 9 позвонить маме", { userId, languageCode: "ru" }));
    expect(lastText(userId)).toMatch(/^⏰ Договорились! Напомню .+ 09:00: «позвонить маме»$/);
    await say(command("reminders", undefined, { userId }));
    expect(lastText(userId)).toContain("позвонить маме");
    await press(
      userId,
      (await h.app.outreach.jobs.upcoming(userId, "reminder")).map((j) => `out:rm:${j.id}`)[0]!,
    );
    expect(await h.app.outreach.jobs.upcoming(userId, "reminder")).toEqual([]);
    await h.idle();
    const sentReminders = h.sentTexts(userId).filter((t) => t.startsWith("⏰ Reminder"));
    expect(sentReminders).toHaveLength(1);
  });

  it("/checkins: buttons choose the cadence; the stop button under a check-in turns them off", async () => {
    const userId = 8102;
    await say(command("checkins", undefined, { userId }));
    expect(lastText(userId)).toContain("How often: Off");
    await press(userId, "out:cad:daily");
    expect(lastText(userId)).toContain("time zone");
    await answerZone(userId, "UTC+3");
    expect(lastText(userId)).toContain("How often: Daily");
    const [job] = await h.app.outreach.jobs.upcoming(userId, "checkin");
    expect(job).toBeDefined();
    // A check-in as the scheduler sends it, with its stop button (no quiet hours: the test may run
    // at night in that zone).
    await h.app.outreach.service.setQuiet(userId, { start: 0, end: 0 });
    await h.app.outreach.jobs.schedule({
      kind: "checkin",
      userId,
      chatId: userId,
      dueAt: Date.now(),
      key: `now:${userId}`,
    });
    const checkin = await sentTo(userId, "checking in");
    expect(JSON.stringify(checkin.payload.reply_markup)).toContain("out:stop:checkin");
    await press(userId, "out:stop:checkin");
    expect(lastText(userId)).toContain("no more check-ins");
    expect((await h.app.outreach.service.settings(userId)).checkins).toBe("off");
    expect(await h.app.outreach.jobs.upcoming(userId, "checkin")).toEqual([]);
  });

  it("/diary on, pages through entries; a blocked user is marked and their jobs cancelled", async () => {
    const userId = 8103;
    await say(command("diary", "on", { userId }));
    await answerZone(userId, "Tokyo");
    expect(lastText(userId)).toContain("Diary on");
    expect(await h.app.outreach.jobs.upcoming(userId, "diary")).toHaveLength(1);
    for (const [day, summary] of [
      ["2026-11-30", "Talked about the garden"],
      ["2026-12-01", "Talked about the new job"],
    ]) {
      await h.app.db.prisma.diaryEntry.create({
        data: {
          userId: BigInt(userId),
          day: day!,
          summary: summary!,
          mood: JSON.stringify({ valence: 0.5, salient: "joy" }),
        },
      });
    }
    await say(command("diary", undefined, { userId }));
    expect(lastText(userId)).toContain("Talked about the new job");
    expect(lastText(userId)).toContain("The day felt bright.");
    await press(userId, "out:diary:1");
    await eventually(() => h.tg.messages(userId).some((m) => m.text?.includes("Talked about the garden")));

    await say({
      update_id: Date.now() % 1_000_000_000,
      my_chat_member: {
        chat: { id: userId, type: "private", first_name: "Alice" },
        from: { id: userId, is_bot: false, first_name: "Alice" },
        date: Math.floor(Date.now() / 1000),
        old_chat_member: { status: "member", user: BOT },
        new_chat_member: { status: "kicked", until_date: 0, user: BOT },
      },
    } as Update);
    expect((await h.app.outreach.service.settings(userId)).blockedAt).not.toBeNull();
    expect(await h.app.outreach.jobs.upcoming(userId, "diary")).toEqual([]);
  });

  it("/dreams on: the morning dream comes from the dreams service, with its stop button", async () => {
    const userId = 8105;
    await say(privateText("My sister Lena and I went sailing on the lake near Zurich", { userId }));
    await say(command("dreams", "on", { userId }));
    await answerZone(userId, "London");
    expect(lastText(userId)).toContain("Dreams on");
    const [planned] = await h.app.outreach.jobs.upcoming(userId, "dream");
    expect(localTime("Europe/London", planned!.dueAt)).toMatchObject({ hour: 8, minute: 30 });
    await h.app.outreach.service.setQuiet(userId, { start: 0, end: 0 });
    await h.app.outreach.jobs.schedule({
      kind: "dream",
      userId,
      chatId: userId,
      dueAt: Date.now(),
      key: `now:${userId}`,
    });
    const dream = await sentTo(userId, "dream about you");
    expect(String(dream.payload.text).length).toBeGreaterThan(60);
    expect(JSON.stringify(dream.payload.reply_markup)).toContain("out:stop:dream");
  });

  it("answers /checkins in a group with a pointer to the private chat", async () => {
    await say(command("checkins", undefined, { userId: 8104, chatId: -100777 }));
    expect(lastText(-100777)).toContain("private chat");
  });
});
