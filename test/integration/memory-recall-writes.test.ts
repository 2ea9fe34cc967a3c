/**
 * A recall is written as its one column, and what the database holds afterwards is what writing
 * every touched memory in full would have left — on both stores.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMemoryCacheBus } from "../../src/cache/index.ts";
import { type Database, openDatabase } from "../../src/db/database.ts";
import { createMindRepository } from "../../src/db/mind-repository.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { createMemoryStore, mergeChanges } from "../../src/services/memory-store.ts";
import { dropFreshDatabases, freshDatabaseUrl } from "../helpers/env.ts";

const logger = createLogger({ level: "silent" });
let db: Database;

beforeAll(async () => {
  db = await openDatabase({ databaseUrl: await freshDatabaseUrl(), dataDir: "memory://", logger });
  await db.prisma.user.createMany({ data: [{ id: 601n, firstName: "Ann" }] });
});
afterAll(async () => {
  await db?.close();
  await dropFreshDatabases();
});

const turn = (text: string, at: number) => ({ text, speaker: "Ann", timestamp: at, sourceId: `s${at}` });

describe(`memory recalls on ${process.env.DATABASE_URL ? "Postgres" : "PGlite"}`, () => {
  it("persists recall times without rewriting the memories, and merges them into full writes", async () => {
    const minds = createMindRepository(db);
    const store = createMemoryStore(minds, createMemoryCacheBus());
    const t0 = Date.parse("2026-11-01T10:00:00Z");
    await store.change(601, (p) => p.ingest(turn("My sister Maria lives in Lisbon.", t0)));
    await store.change(601, (p) => p.ingest(turn("I started learning the cello last week.", t0 + 1_000)));
    const stored = await minds.loadMemories(601);
    expect(stored.length).toBeGreaterThanOrEqual(2);
    const [first, second] = stored;

    // Recall only: the change set names ids and a time, no rows.
    const recalledAt = t0 + 60_000;
    const changes = await store.change(601, (p) => p.markRecalled([first!.id, second!.id], recalledAt));
    expect(changes.updated).toEqual([]);
    expect(changes.recalled?.map((r) => r.id).sort()).toEqual([first!.id, second!.id].sort());
    const after = await minds.loadMemories(601);
    for (const m of after.filter((x) => x.id === first!.id || x.id === second!.id)) {
      expect(m.lastRecalledAt).toBe(recalledAt);
    }
    expect(after.find((m) => m.id === first!.id)?.text).toBe(first!.text);

    // An older recall never moves the time back.
    await store.change(601, (p) => p.markRecalled([first!.id], recalledAt - 30_000));
    expect((await minds.loadMemories(601)).find((m) => m.id === first!.id)?.lastRecalledAt).toBe(recalledAt);

    // A turn that rewrites a memory and recalls it: the full write carries the recall.
    const later = t0 + 120_000;
    const merged = await store.change(601, (p) =>
      mergeChanges(
        p.ingest(turn("My sister Maria lives in Lisbon, by the river.", later)),
        p.markRecalled([first!.id], later),
      ),
    );
    expect(merged.recalled?.some((r) => merged.updated.some((m) => m.id === r.id)) ?? false).toBe(false);
    const final = (await minds.loadMemories(601)).find((m) => m.id === first!.id);
    expect(final?.lastRecalledAt).toBe(later);
  });

  it("drops the recall of a memory the same change removed", () => {
    const merged = mergeChanges(
      { added: [], updated: [], removed: [], recalled: [{ id: "x", at: 5 }] },
      { added: [], updated: [], removed: ["x"] },
    );
    expect(merged.recalled).toEqual([]);
    expect(merged.removed).toEqual(["x"]);
  });
});
