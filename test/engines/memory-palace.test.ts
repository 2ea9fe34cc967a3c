import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createMemoryPalace,
  effectiveSalience,
  type MemoryTurn,
  type PalaceChanges,
  stem,
} from "../../src/engines/memory-palace/index.ts";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 10); // a Monday

let seq = 0;
function turn(text: string, at: number, speaker = "Anna", extra: Partial<MemoryTurn> = {}): MemoryTurn {
  seq++;
  return { text, speaker, timestamp: at, sourceId: `msg${seq}`, ...extra };
}

const FILLER = [
  "The weather was really rainy all weekend, we stayed inside and played board games",
  "I baked banana bread with too much sugar, it was still tasty",
  "Traffic on the highway was terrible this morning",
  "We watched a documentary about octopuses, they are so clever",
  "My laptop keeps freezing when I open too many tabs",
  "The neighbours are renovating their kitchen and it is loud",
  "I tried a new coffee shop downtown, the latte art was beautiful",
  "We went to the farmers market and bought strawberries",
  "I finally cleaned the garage, found my old skateboard",
  "The train was delayed again by twenty minutes",
];

describe("memory palace", () => {
  it("recalls a fact told on day one weeks later for a related question", () => {
    const palace = createMemoryPalace();
    const first = turn("My sister Laura just started her new job as a pediatric nurse in Boston", T0);
    palace.ingest(first);
    for (let i = 0; i < 60; i++) palace.ingest(turn(FILLER[i % FILLER.length]!, T0 + (i + 1) * DAY * 0.7));
    const now = T0 + 45 * DAY;
    const hits = palace.recall({ text: "How is Laura doing at work these days?", now, limit: 3 });
    expect(hits[0]?.memory.sourceIds).toContain(first.sourceId);
    const career = palace.recall({
      text: "what career does my sister have?",
      now,
      limit: 3,
      speaker: "Anna",
    });
    expect(career.flatMap((h) => h.memory.sourceIds)).toContain(first.sourceId);
  });

  it("merges near-duplicates and keeps every source id", () => {
    const palace = createMemoryPalace();
    const a = turn("I love hiking in the mountains with my dog", T0);
    const b = turn("I really love hiking in the mountains with my dog!", T0 + 3 * DAY);
    palace.ingest(a);
    const changes = palace.ingest(b);
    const episodes = palace.list().filter((m) => m.kind === "episode");
    expect(episodes).toHaveLength(1);
    expect(episodes[0]!.sourceIds).toEqual([a.sourceId, b.sourceId]);
    expect(episodes[0]!.mentions).toBe(2);
    expect(changes.updated.some((m) => m.id === episodes[0]!.id)).toBe(true);
    expect(changes.added.some((m) => m.kind === "episode")).toBe(false);
    // The fact extracted from both turns merged too.
    const facts = palace.list().filter((m) => m.kind === "fact");
    expect(facts).toHaveLength(1);
    expect(facts[0]!.sourceIds).toEqual([a.sourceId, b.sourceId]);
  });

  it("does not merge different statements", () => {
    const palace = createMemoryPalace();
    palace.ingest(turn("I adopted a cat from the shelter last month", T0));
    palace.ingest(turn("I adopted a parrot from a breeder in Ohio", T0 + DAY));
    expect(palace.list().filter((m) => m.kind === "episode")).toHaveLength(2);
  });

  it("evicts the least salient memories beyond the bound", () => {
    const palace = createMemoryPalace({ maxMemories: 5 });
    const topics = [
      "chess",
      "violin",
      "kayaking",
      "origami",
      "astronomy",
      "pottery",
      "fencing",
      "sailing",
      "archery",
      "ballet",
    ];
    const saliences = [0.3, 0.9, 0.1, 0.7, 0.5, 0.95, 0.2, 0.6, 0.4, 0.8];
    const stored = new Set<string>();
    topics.forEach((topic, i) => {
      const changes = palace.ingestFacts(
        [{ text: `Anna likes ${topic}`, salience: saliences[i]! }],
        turn("", T0),
      );
      for (const m of changes.added) stored.add(m.id);
      // Only memories storage already has are reported as removed.
      for (const id of changes.removed) {
        expect(stored.has(id)).toBe(true);
        stored.delete(id);
      }
    });
    expect(palace.size).toBe(5);
    const kept = palace
      .list()
      .map((m) => m.salience)
      .sort((x, y) => y - x);
    expect(kept).toEqual([0.95, 0.9, 0.8, 0.7, 0.6]);
    expect(new Set(palace.all().map((m) => m.id))).toEqual(stored);
  });

  it("remove, removeRoom and clear really remove and report it", () => {
    const palace = createMemoryPalace();
    palace.ingest(turn("My dog Rex hurt his paw at the park", T0));
    palace.ingest(turn("The doctor said my knee injury needs surgery", T0 + DAY));
    palace.ingest(turn("I work as an accountant at a big firm", T0 + 2 * DAY));
    const rex = palace.recall({ text: "how is Rex's paw?", now: T0 + 3 * DAY, limit: 1 })[0]!.memory;
    const r1 = palace.remove(rex.id);
    expect(r1.removed).toEqual([rex.id]);
    expect(palace.get(rex.id)).toBeUndefined();
    expect(
      palace.recall({ text: "Rex paw", now: T0 + 3 * DAY, limit: 10 }).map((h) => h.memory.id),
    ).not.toContain(rex.id);

    const health = palace.list("health");
    expect(health.length).toBeGreaterThan(0);
    const r2 = palace.removeRoom("health");
    expect(new Set(r2.removed)).toEqual(new Set(health.map((m) => m.id)));
    expect(palace.list("health")).toHaveLength(0);

    const before = palace.size;
    const r3 = palace.clear();
    expect(r3.removed).toHaveLength(before);
    expect(palace.size).toBe(0);
    expect(palace.recall({ text: "accountant", now: T0 + 3 * DAY })).toEqual([]);
    expect(palace.remove("nope")).toEqual({ added: [], updated: [], removed: [] });
  });

  it("favours memories from the window a time expression names", () => {
    const palace = createMemoryPalace();
    const now = Date.UTC(2026, 5, 15, 12); // Monday
    const recent = turn("We had pizza for dinner with the whole team", now - 6 * DAY);
    const old = turn("We had sushi for dinner with the whole team", now - 62 * DAY);
    palace.ingest(old);
    palace.ingest(recent);
    const lastWeek = palace.recall({ text: "What did we have for dinner last week?", now, limit: 2 });
    expect(lastWeek[0]!.memory.sourceIds).toEqual([recent.sourceId]);
    expect(lastWeek[0]!.components.temporal).toBeGreaterThan(lastWeek[1]!.components.temporal);
    const twoMonths = palace.recall({ text: "What did we have for dinner two months ago?", now, limit: 2 });
    expect(twoMonths[0]!.memory.sourceIds).toEqual([old.sourceId]);
    const april = palace.recall({ text: "what was dinner like in April?", now, limit: 2 });
    expect(april[0]!.memory.sourceIds).toEqual([old.sourceId]);
  });

  it("reads relative time inside a memory against when it was said", () => {
    const palace = createMemoryPalace();
    const said = Date.UTC(2026, 2, 4, 18);
    const m = turn("Yesterday I had dinner with my mother at her place", said);
    palace.ingest(turn("I had dinner with my brother at his place", said + 20 * DAY));
    palace.ingest(m);
    const hits = palace.recall({
      text: "Who did Anna have dinner with on March 3, 2026?",
      now: said + 90 * DAY,
      limit: 1,
    });
    expect(hits[0]!.memory.sourceIds).toEqual([m.sourceId]);
  });

  it("matches words by stem", () => {
    expect(stem("running")).toBe(stem("runs"));
    const palace = createMemoryPalace();
    const m = turn("She runs five kilometres along the river", T0);
    palace.ingest(m);
    palace.ingest(turn("She sings in a choir on Thursdays", T0 + DAY));
    const hits = palace.recall({ text: "is she still running?", now: T0 + 2 * DAY, limit: 1 });
    expect(hits[0]!.memory.sourceIds).toEqual([m.sourceId]);
    expect(hits[0]!.components.lexical).toBeGreaterThan(0);
  });

  it("finds an answer given in the turn after the question that named the topic", () => {
    const palace = createMemoryPalace();
    palace.ingest(turn("Have you read any good novels lately?", T0, "Bot"));
    const answer = turn("Yes! Dune by Frank Herbert, I could not put it down", T0 + 60_000, "Anna");
    palace.ingest(answer);
    for (let i = 0; i < 20; i++) palace.ingest(turn(FILLER[i % FILLER.length]!, T0 + (i + 1) * DAY));
    const hits = palace.recall({ text: "Which novel did Anna read?", now: T0 + 30 * DAY, limit: 2 });
    expect(hits.flatMap((h) => h.memory.sourceIds)).toContain(answer.sourceId);
  });

  it("prefers emotionally congruent memories when relevance ties", () => {
    const palace = createMemoryPalace();
    const sad = turn("The beach trip with Tom was on Saturday", T0, "Anna", {
      emotion: { label: "sadness", valence: -0.8 },
    });
    const happy = turn("The beach trip with Tom was on Sunday", T0, "Anna", {
      emotion: { label: "joy", valence: 0.9 },
    });
    palace.ingest(sad);
    palace.ingest(happy);
    const now = T0 + 10 * DAY;
    const down = palace.recall({
      text: "beach trip with Tom",
      now,
      emotion: { label: "sadness", valence: -0.6 },
      limit: 2,
    });
    expect(down[0]!.memory.sourceIds).toEqual([sad.sourceId]);
    const up = palace.recall({
      text: "beach trip with Tom",
      now,
      emotion: { label: "joy", valence: 0.7 },
      limit: 2,
    });
    expect(up[0]!.memory.sourceIds).toEqual([happy.sourceId]);
  });

  it("reports added and updated memories so storage can follow", () => {
    const palace = createMemoryPalace();
    const c1 = palace.ingest(turn("What did you do this weekend?", T0, "Bot"));
    expect(c1.added).toHaveLength(1);
    const c2 = palace.ingest(turn("I went climbing at the new gym", T0 + 30_000));
    expect(c2.added.map((m) => m.kind)).toContain("episode");
    // The previous turn gained this one as neighbour context.
    expect(c2.updated.map((m) => m.id)).toContain(c1.added[0]!.id);
    expect(c2.updated[0]!.context).toContain("climbing");
  });

  it("decays stale low-salience memories but keeps salient facts", () => {
    const palace = createMemoryPalace();
    palace.ingest(turn("ok cool", T0));
    palace.ingestFacts(
      [{ text: "Anna is allergic to peanuts", room: "health", salience: 0.95 }],
      turn("", T0),
    );
    expect(palace.decay(T0 + DAY).removed).toEqual([]);
    const later = T0 + 3 * 365 * DAY;
    const gone = palace.decay(later);
    expect(gone.removed).toHaveLength(1);
    const left = palace.list();
    expect(left.map((m) => m.text)).toEqual(["Anna is allergic to peanuts"]);
    expect(effectiveSalience(left[0]!, later)).toBeLessThan(0.95);
  });

  it("takes facts from an LLM and merges them with rule facts", () => {
    const palace = createMemoryPalace();
    const t = turn("I'm allergic to peanuts, so no satay for me", T0);
    palace.ingest(t);
    const changes = palace.ingestFacts(
      [
        { text: "Anna is allergic to peanuts", room: "health", salience: 0.9 },
        { text: "Anna avoids satay dishes", room: "preferences" },
      ],
      t,
    );
    expect(changes.updated).toHaveLength(1);
    expect(changes.added.map((m) => m.text)).toEqual(["Anna avoids satay dishes"]);
    expect(changes.added[0]!.sourceIds).toEqual([t.sourceId]);
  });

  it("is deterministic and survives a round trip through plain data", () => {
    const build = () => {
      const p = createMemoryPalace();
      seq = 1000;
      for (let i = 0; i < 40; i++)
        p.ingest(turn(FILLER[i % FILLER.length]! + ` (${i % 7})`, T0 + i * 3_600_000));
      p.ingest(turn("My brother Sam moved to Lisbon for a design job", T0 + 50 * 3_600_000));
      return p;
    };
    const a = build();
    const b = build();
    expect(b.all()).toEqual(a.all());
    const q = { text: "where does Sam live now and what does he do?", now: T0 + 9 * DAY, limit: 5 };
    const ha = a.recall(q);
    expect(b.recall(q)).toEqual(ha);
    const restored = createMemoryPalace({ memories: JSON.parse(JSON.stringify(a.all())) });
    expect(restored.recall(q)).toEqual(ha);
    expect(
      restored.ingest(turn("new turn about gardening tomatoes", T0 + 60 * 3_600_000)).added[0]!.id,
    ).not.toBe(ha[0]!.memory.id);
  });

  it("counts memories per room", () => {
    const palace = createMemoryPalace();
    palace.ingest(turn("My cat Luna sleeps on my keyboard", T0));
    const rooms = palace.rooms();
    expect(rooms.find((r) => r.room === "pets")?.count).toBeGreaterThan(0);
    expect(rooms.reduce((n, r) => n + r.count, 0)).toBe(palace.size);
  });
});

describe("memory palace properties", () => {
  const words = ["dog", "work", "sister", "pizza", "running", "Paris", "guitar", "doctor", "exam", "garden"];
  const text = fc
    .array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 })
    .map((ws) => `I ${ws.join(" and ")}`);
  const op = fc.oneof(
    fc.record({ kind: fc.constant("ingest" as const), text, dt: fc.nat(5 * DAY) }),
    fc.record({
      kind: fc.constant("fact" as const),
      text,
      salience: fc.double({ min: 0, max: 1, noNaN: true }),
    }),
    fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }),
  );

  it("never exceeds its bound and never recalls removed memories", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(op, { maxLength: 40 }), (bound, ops) => {
        const palace = createMemoryPalace({ maxMemories: bound });
        const removed = new Set<string>();
        let now = T0;
        let n = 0;
        for (const o of ops) {
          let changes: PalaceChanges;
          if (o.kind === "ingest") {
            now += o.dt;
            changes = palace.ingest({ text: o.text, speaker: "Anna", timestamp: now, sourceId: `s${n++}` });
          } else if (o.kind === "fact") {
            changes = palace.ingestFacts([{ text: o.text, salience: o.salience }], {
              text: "",
              speaker: "Anna",
              timestamp: now,
              sourceId: `s${n++}`,
            });
          } else {
            const all = palace.all();
            if (all.length === 0) continue;
            changes = palace.remove(all[o.pick % all.length]!.id);
          }
          for (const id of changes.removed) removed.add(id);
          for (const m of changes.added) removed.delete(m.id);
          expect(palace.size).toBeLessThanOrEqual(bound);
          for (const w of words) {
            for (const h of palace.recall({ text: w, now, limit: 10 }))
              expect(removed.has(h.memory.id)).toBe(false);
          }
        }
        expect(palace.all().every((m) => !removed.has(m.id))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
