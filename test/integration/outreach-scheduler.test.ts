/**
 * The outreach scheduler on a fake clock, against the real database (PGlite, or Postgres with
 * DATABASE_URL) and the fake Bot API: quiet hours and time zones, check-ins grounded in memories
 * and never repeating an ignored topic, 429 and 403, a send cut off by a crash, Telegram's rate
 * limits, and two instances sharing one database.
 */
import { Api } from "grammy";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { outreachJobs } from "../../src/bot/features/outreach-jobs.ts";
import { createMemoryCacheBus } from "../../src/cache/index.ts";
import { createChatRepository } from "../../src/db/chat-repository.ts";
import { type Database, openDatabase } from "../../src/db/database.ts";
import { createOutreachRepository } from "../../src/db/outreach-repository.ts";
import { createScheduleRepository } from "../../src/db/schedule-repository.ts";
import type { Memory } from "../../src/domain/memory.ts";
import { localTime } from "../../src/engines/outreach/index.ts";
import { createI18n } from "../../src/i18n/index.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { createScheduler } from "../../src/scheduler/scheduler.ts";
import { createSender } from "../../src/scheduler/sender.ts";
import { createOutreachComposer } from "../../src/services/outreach/compose.ts";
import { createOutreachService } from "../../src/services/outreach/outreach-service.ts";
import { type FakeTelegram, startFakeTelegram } from "../fakes/telegram-server.ts";
import { dropFreshDatabases, freshDatabaseUrl } from "../helpers/env.ts";

const H = 3_600_000;
const logger = createLogger({ level: "silent" });
const i18n = createI18n();
let tg: FakeTelegram;
let db: Database;
let url: string | undefined;
let now = Date.now();
const clock = () => now;
const memories = new Map<number, Memory[]>();
const pictures: { userId: number; prompt: string; key: string }[] = [];

/** One instance's outreach over `database`, on the shared fake clock. */
function instance(database: Database) {
  const cache = createMemoryCacheBus({ now: clock });
  const jobs = createScheduleRepository(database, { leaseMs: 30_000 });
  const settings = createOutreachRepository(database);
  const service = createOutreachService({ jobs, settings, clock });
  const mind = {
    list: async (userId: number) => memories.get(userId) ?? [],
    moodReport: async () => null,
    persona: async () => ({ name: "Velro" }) as never,
  };
  const composer = createOutreachComposer({ mind: mind as never, settings, llm: null, logger });
  const scheduler = createScheduler({
    jobs,
    sender: createSender({
      api: new Api(tg.token, { apiRoot: tg.apiRoot }),
      cache,
      perSecond: 30,
      now: clock,
      // Waiting moves the fake clock: the rate limits are on it too.
      sleep: async (ms) => {
        now += ms;
      },
    }),
    handlers: outreachJobs({
      service,
      composer,
      store: settings,
      repo: createChatRepository(database, cache),
      i18n,
      logger,
      dreams: async (user) => ({ text: `A lake for ${user.name}`, imagePrompt: "a quiet lake at dawn" }),
      illustrate: async (req) => {
        pictures.push(req);
      },
    }),
    onBlocked: (userId) => service.block(userId),
    logger,
    clock,
    exclusive: false,
  });
  return { jobs, settings, service, scheduler };
}

let one: ReturnType<typeof instance>;

/** A memory said the day before yesterday (so a "tomorrow" in it has passed by the check-in). */
function saidEarlier(id: string, room: Memory["room"], text: string): Memory {
  const said = Math.floor(now / (24 * H)) * 24 * H - 30 * H;
  return {
    id,
    room,
    text,
    speaker: "Ann",
    kind: "episode",
    createdAt: said,
    updatedAt: said,
    sourceIds: [id],
    salience: 0.7,
    mentions: 1,
  };
}

async function addUser(id: number, zone: string | null = null) {
  await db.prisma.user.upsert({
    where: { id: BigInt(id) },
    create: { id: BigInt(id), firstName: "Ann" },
    update: {},
  });
  // The private chat exists, as it does for anyone who has talked to the bot.
  await db.prisma.chat.upsert({
    where: { id: BigInt(id) },
    create: { id: BigInt(id), type: "private" },
    update: {},
  });
  if (zone) await one.settings.update(id, { timeZone: zone });
}

const sends = (chatId: number) =>
  tg.calls.filter((c) => c.method === "sendMessage" && Number(c.payload.chat_id) === chatId);

beforeAll(async () => {
  tg = await startFakeTelegram();
  url = await freshDatabaseUrl();
  db = await openDatabase({ databaseUrl: url, dataDir: "memory://", logger });
  one = instance(db);
});
beforeEach(() => {
  now = Date.now();
});
afterAll(async () => {
  await db?.close();
  await tg?.close();
  await dropFreshDatabases();
});

describe(`outreach scheduler on ${process.env.DATABASE_URL ? "Postgres" : "PGlite"}`, () => {
  it("sends a check-in at 18:00 in the user's zone and waits out quiet hours", async () => {
    await addUser(501, "Asia/Tokyo");
    await one.service.setCheckins(501, "daily");
    const [job] = await one.jobs.upcoming(501, "checkin");
    expect(localTime("Asia/Tokyo", job!.dueAt)).toMatchObject({ hour: 18, minute: 0 });
    // The service was down: it is 23:00 in Tokyo when the job is run, inside the quiet hours.
    now = job!.dueAt + 5 * H;
    await one.scheduler.runDue();
    expect(sends(501)).toHaveLength(0);
    const [postponed] = await one.jobs.upcoming(501, "checkin");
    expect(localTime("Asia/Tokyo", postponed!.dueAt)).toMatchObject({ hour: 8, minute: 0 });
    now = postponed!.dueAt;
    await one.scheduler.runDue();
    expect(sends(501)).toHaveLength(1);
    const sent = sends(501)[0]!;
    expect(String(sent.payload.text)).toContain("how are you today");
    expect(JSON.stringify(sent.payload.reply_markup)).toContain("out:stop:checkin");
    // It went out late, at 08:00: the next one is a full day on, at 18:00 the day after.
    const [next] = await one.jobs.upcoming(501, "checkin");
    expect(next!.dueAt - postponed!.dueAt).toBe(34 * H);
  });

  it("follows up what the user said, and never raises an ignored topic again", async () => {
    await addUser(502, "Europe/Berlin");
    memories.set(502, [saidEarlier("mem-interview", "work", "My job interview is tomorrow afternoon")]);
    await one.service.setCheckins(502, "daily");
    const [first] = await one.jobs.upcoming(502, "checkin");
    now = first!.dueAt;
    await one.scheduler.runDue();
    expect(String(sends(502)[0]?.payload.text)).toContain("My job interview is tomorrow afternoon");
    // No answer for a day: the topic counts as ignored; the next check-in asks about nothing else.
    const [second] = await one.jobs.upcoming(502, "checkin");
    now = second!.dueAt;
    await one.scheduler.runDue();
    expect(sends(502)).toHaveLength(2);
    expect(String(sends(502)[1]!.payload.text)).not.toContain("interview");
    const topics = await one.settings.topics(502, now);
    expect(topics.map((t) => t.answered)).toEqual([null, false]);
  });

  it("waits out a 429's retry_after, then sends once", async () => {
    await addUser(503, "UTC");
    await one.service.addReminder({
      userId: 503,
      chatId: 503,
      messageId: 1,
      at: now + 1000,
      text: "stretch",
    });
    tg.rateLimitNext(1, 7, "sendMessage");
    now += 1000;
    await one.scheduler.runDue();
    expect(sends(503).filter((c) => c.ok)).toHaveLength(0);
    const [waiting] = await one.jobs.upcoming(503, "reminder");
    expect(waiting).toMatchObject({ status: "queued", attempts: 0 });
    expect(waiting!.dueAt).toBeGreaterThanOrEqual(now + 6_000);
    now = waiting!.dueAt;
    await one.scheduler.runDue();
    expect(
      sends(503)
        .filter((c) => c.ok)
        .map((c) => c.payload.text),
    ).toEqual(["⏰ Reminder: stretch"]);
  });

  it("stops everything for a user who blocked the bot (403) and skips their jobs afterwards", async () => {
    await addUser(504, "UTC");
    await one.service.setCheckins(504, "weekly");
    await one.service.addReminder({ userId: 504, chatId: 504, messageId: 2, at: now + 1000, text: "water" });
    tg.blockChat(504);
    now += 1000;
    await one.scheduler.runDue();
    expect(sends(504)).toHaveLength(1);
    expect(sends(504)[0]!.ok).toBe(false);
    expect((await one.settings.settings(504)).blockedAt).not.toBeNull();
    expect(await one.jobs.upcoming(504, "checkin")).toEqual([]);
    // Anything planned later is skipped without a call to Telegram.
    await one.jobs.schedule({
      kind: "reminder",
      userId: 504,
      chatId: 504,
      dueAt: now,
      key: "late:504",
      payload: { text: "x" },
    });
    await one.scheduler.runDue();
    expect(sends(504)).toHaveLength(1);
    await one.service.unblock(504);
    expect(await one.jobs.upcoming(504, "checkin")).toHaveLength(1);
  });

  it("never repeats a send cut off between its record and Telegram's answer", async () => {
    await addUser(505, "UTC");
    const id = await one.service.addReminder({
      userId: 505,
      chatId: 505,
      messageId: 3,
      at: now,
      text: "once",
    });
    // A dead instance claimed it, recorded the send, and died before recording the answer.
    const [claimed] = await one.jobs.claim("dead-host:1:1", 10, now);
    expect(claimed?.id).toBe(id);
    expect(await one.jobs.markSending(id, "dead-host:1:1")).toBe(true);
    await db.sql("test.expire", {
      text: "UPDATE scheduled_jobs SET lease_until = now() - interval '1 second'",
      values: [],
    } as never);
    await one.scheduler.runDue();
    expect(sends(505)).toHaveLength(0);
    expect(await one.jobs.find(id)).toMatchObject({ status: "uncertain" });
  });

  it("sends the morning dream after the quiet hours, with one picture for illustrated dreams", async () => {
    await addUser(506, "Europe/Istanbul");
    await one.service.setDreams(506, true, true);
    const [planned] = await one.jobs.upcoming(506, "dream");
    expect(localTime("Europe/Istanbul", planned!.dueAt)).toMatchObject({ hour: 8, minute: 30 });
    now = planned!.dueAt;
    await one.scheduler.runDue();
    expect(sends(506).map((c) => c.payload.text)).toEqual([
      "🌙 I had a dream about you last night…\n\nA lake for Ann",
    ]);
    expect(pictures).toEqual([
      { userId: 506, chatId: 506, prompt: "a quiet lake at dawn", key: `dream-image:${planned!.id}` },
    ]);
    // Tomorrow's is planned; dreams off cancels it.
    expect(await one.jobs.upcoming(506, "dream")).toHaveLength(1);
    await one.service.stop(506, "dream");
    expect(await one.jobs.upcoming(506, "dream")).toEqual([]);
  });

  it("with an LLM, the check-in is the model's, prompted with the memory and the user's language", async () => {
    await addUser(507, "UTC");
    memories.set(507, [saidEarlier("mem-exam", "education", "Завтра у меня экзамен по физике")]);
    await db.prisma.user.update({ where: { id: 507n }, data: { locale: "ru" } });
    const prompts: string[] = [];
    const composer = createOutreachComposer({
      mind: {
        list: async () => memories.get(507)!,
        moodReport: async () => null,
        persona: async () => ({ name: "Sage" }),
      } as never,
      settings: one.settings,
      llm: {
        name: "stub",
        offline: false,
        async *stream(req) {
          prompts.push(req.messages.map((m) => m.content).join("\n"));
          yield "Ну как прошёл экзамен по физике?";
        },
      },
      logger,
    });
    const draft = await composer.checkin({ id: 507, name: "Ann", locale: "ru" }, now);
    expect(draft).toMatchObject({
      text: "Ну как прошёл экзамен по физике?",
      topic: { kind: "followup", memoryId: "mem-exam" },
    });
    expect(prompts[0]).toContain("Russian");
    expect(prompts[0]).toContain("Завтра у меня экзамен по физике");
    expect(prompts[0]).toContain("ask how it went");
  });

  it("keeps to 30 messages a second overall and one a second per chat", async () => {
    const sender = createSender({
      api: new Api(tg.token, { apiRoot: tg.apiRoot }),
      cache: createMemoryCacheBus({ now: clock }),
      perSecond: 30,
      now: clock,
      sleep: async (ms) => {
        now += ms;
      },
    });
    const times: number[] = [];
    for (let chat = 0; chat < 90; chat++) {
      await sender.acquire(chat);
      times.push(now);
    }
    for (let i = 30; i < times.length; i++) expect(times[i]! - times[i - 30]!).toBeGreaterThanOrEqual(1000);
    const start = now;
    await sender.acquire(7);
    await sender.acquire(7);
    expect(now - start).toBeGreaterThanOrEqual(1000);
  });
});

describe.skipIf(!process.env.DATABASE_URL)("two instances on one Postgres", () => {
  it("send each check-in once, not twice", { timeout: 30_000 }, async () => {
    const second = await openDatabase({ databaseUrl: url, dataDir: "memory://", logger });
    try {
      const two = instance(second);
      const users = Array.from({ length: 20 }, (_, i) => 600 + i);
      for (const u of users) {
        await addUser(u, "UTC");
        await one.service.setCheckins(u, "daily");
      }
      const due = Math.max(
        ...(await Promise.all(users.map(async (u) => (await one.jobs.upcoming(u, "checkin"))[0]!.dueAt))),
      );
      now = due;
      await Promise.all([
        one.scheduler.runDue(),
        two.scheduler.runDue(),
        one.scheduler.runDue(),
        two.scheduler.runDue(),
      ]);
      for (const u of users) expect(sends(u).filter((c) => c.ok)).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});
