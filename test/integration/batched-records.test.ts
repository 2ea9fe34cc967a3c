/**
 * The hot writes that are grouped per tick — a day's mood readings and the records of sends —
 * must leave the database exactly as the same writes one by one would, on both stores.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/database.ts";
import { createInboxRepository } from "../../src/db/inbox-repository.ts";
import { createMoodHistoryRepository } from "../../src/db/mood-history-repository.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { dropFreshDatabases, freshDatabaseUrl } from "../helpers/env.ts";

const logger = createLogger({ level: "silent" });
let db: Database;

beforeAll(async () => {
  db = await openDatabase({ databaseUrl: await freshDatabaseUrl(), dataDir: "memory://", logger });
  await db.prisma.user.createMany({
    data: [
      { id: 501n, firstName: "Ann" },
      { id: 502n, firstName: "Bo" },
    ],
  });
});
afterAll(async () => {
  await db?.close();
  await dropFreshDatabases();
});

describe(`batched records on ${process.env.DATABASE_URL ? "Postgres" : "PGlite"}`, () => {
  it("adds readings of one tick to their days as if written one by one", async () => {
    const moods = createMoodHistoryRepository(db);
    const day1 = new Date("2026-11-30T10:00:00Z");
    const day2 = new Date("2026-12-01T10:00:00Z");
    await moods.record(501, 501, day1, { valence: 0.5, arousal: 0.2, weight: 1, label: "joy" });
    // One tick: two readings of the same day (one new label, one existing), one of the next day,
    // one of another user, and a label that is not one.
    await Promise.all([
      moods.record(501, 501, day1, { valence: -0.5, arousal: 0.6, weight: 0.5, label: "sadness" }),
      moods.record(501, 501, day1, { valence: 0.1, arousal: 0.1, weight: 0.5, label: "joy" }),
      moods.record(501, 501, day2, { valence: 0.9, arousal: 0.3, weight: 2, label: "surprise" }),
      moods.record(502, 502, day1, { valence: 0, arousal: 0, weight: 0, label: "Not A Label!" }),
    ]);
    const ann = await moods.days(501, 501, new Date("2026-11-01"));
    expect(ann).toEqual([
      {
        day: "2026-11-30",
        valence: Math.round(((0.5 * 1 - 0.5 * 0.5 + 0.1 * 0.5) / 2) * 1000) / 1000,
        arousal: Math.round(((0.2 * 1 + 0.6 * 0.5 + 0.1 * 0.5) / 2) * 1000) / 1000,
        samples: 3,
        emotions: { joy: 2, sadness: 1 },
      },
      { day: "2026-12-01", valence: 0.9, arousal: 0.3, samples: 1, emotions: { surprise: 1 } },
    ]);
    const bo = await moods.days(502, 502, new Date("2026-11-01"));
    expect(bo).toEqual([{ day: "2026-11-30", valence: 0, arousal: 0, samples: 1, emotions: { neutral: 1 } }]);
  });

  it("keeps the order of a send's intent, answer and withdrawal within a tick and across ticks", async () => {
    const inbox = createInboxRepository(db, { leaseMs: 30_000 });
    for (const id of [9001, 9002, 9003]) {
      await inbox.store({ updateId: id, lane: `chat:${id}`, payload: { update_id: id } });
    }
    // Across ticks: intent, then its answer.
    await inbox.intendSend(9001, 0, "sendMessage");
    await inbox.recordSend(9001, { seq: 0, method: "sendMessage", result: { message_id: 1 } });
    // Within one tick: an intent and its answer; an intent withdrawn; a withdrawal then a new intent.
    await Promise.all([
      inbox.intendSend(9002, 0, "sendMessage"),
      inbox.recordSend(9002, { seq: 0, method: "sendMessage", result: { message_id: 2 } }),
      inbox.intendSend(9002, 1, "sendPhoto"),
      inbox.forgetSend(9002, 1),
      inbox.intendSend(9003, 0, "sendMessage"),
    ]);
    await inbox.forgetSend(9003, 0);
    await inbox.intendSend(9003, 0, "sendVoice");
    // An intent made again (a retry) clears the earlier answer.
    await inbox.intendSend(9001, 1, "editMessageText");
    await inbox.recordSend(9001, { seq: 1, method: "editMessageText", result: true });
    await inbox.intendSend(9001, 1, "editMessageText");

    expect(await inbox.sends(9001)).toEqual([
      { seq: 0, method: "sendMessage", result: { message_id: 1 } },
      { seq: 1, method: "editMessageText", result: undefined },
    ]);
    expect(await inbox.sends(9002)).toEqual([{ seq: 0, method: "sendMessage", result: { message_id: 2 } }]);
    expect(await inbox.sends(9003)).toEqual([{ seq: 0, method: "sendVoice", result: undefined }]);
  });
});
