import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryCacheBus } from "../../src/cache/index.ts";
import { createChatRepository } from "../../src/db/chat-repository.ts";
import { type Database, openDatabase } from "../../src/db/database.ts";
import { migrate } from "../../src/db/migrate.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { dropFreshDatabases, freshDatabaseUrl } from "../helpers/env.ts";

const logger = createLogger({ level: "silent" });
let db: Database;
let url: string | undefined;

beforeAll(async () => {
  url = await freshDatabaseUrl();
  db = await openDatabase({ databaseUrl: url, dataDir: "memory://", logger });
});
afterAll(async () => {
  await db?.close();
  await dropFreshDatabases();
});

describe(`chat repository on ${process.env.DATABASE_URL ? "Postgres" : "PGlite"}`, () => {
  it("upserts users idempotently and reports creation once", async () => {
    const repo = createChatRepository(db, createMemoryCacheBus());
    expect(await repo.upsertUser({ id: 42, firstName: "Ann" }, true)).toBe(true);
    expect(await repo.upsertUser({ id: 42, firstName: "Ann" }, true)).toBe(false);
    await repo.upsertUser({ id: 42, firstName: "Anna", username: "anna" }, true);
    const row = await db.prisma.user.findUnique({ where: { id: 42n } });
    expect(row).toMatchObject({ firstName: "Anna", username: "anna" });
  });

  it("keeps turns per conversation and starts a new one on reset without deleting history", async () => {
    const repo = createChatRepository(db, createMemoryCacheBus());
    await repo.upsertUser({ id: 7, firstName: "Bo" });
    await repo.upsertChat({ id: 7, type: "private" });
    const first = await repo.openConversation(7);
    await repo.addMessage({ conversationId: first.id, userId: 7, role: "user", content: "hi", tokens: 1 });
    await repo.addMessage({ conversationId: first.id, role: "assistant", content: "hello Bo", tokens: 2 });
    expect((await repo.recentTurns(first, 10)).map((t) => t.content)).toEqual(["hi", "hello Bo"]);
    expect((await repo.openConversation(7)).id).toBe(first.id);

    await repo.resetConversation(7);
    const second = await repo.openConversation(7);
    expect(second.id).not.toBe(first.id);
    expect(await repo.recentTurns(second, 10)).toEqual([]);
    expect(await repo.countMessages(7)).toBe(2);
  });

  it("loads only turns after the summarised part", async () => {
    const repo = createChatRepository(db, createMemoryCacheBus());
    await repo.upsertChat({ id: 8, type: "private" });
    const conv = await repo.openConversation(8);
    const ids = [];
    for (let i = 0; i < 5; i++)
      ids.push(await repo.addMessage({ conversationId: conv.id, role: "user", content: `m${i}`, tokens: 1 }));
    await repo.saveSummary(8, conv.id, "m0..m2", ids[2]!);
    const reloaded = await repo.openConversation(8);
    expect(reloaded.summary).toBe("m0..m2");
    expect((await repo.recentTurns(reloaded, 10)).map((t) => t.content)).toEqual(["m3", "m4"]);
  });

  it("re-running migrations is a no-op", async () => {
    if (!url) return; // the embedded database is private to openDatabase; Postgres is reachable directly
    const result = await migrate(url);
    expect(result.applied).toEqual([]);
    expect(result.alreadyApplied).toBeGreaterThan(0);
  });
});
