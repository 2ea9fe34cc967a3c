/**
 * Pinning and editing memories (the Mini App's memory palace page): a pinned memory is recalled for
 * any message, survives decay and the size bound, and both survive a rebuild from stored rows.
 */
import { describe, expect, it } from "vitest";
import { createMemoryPalace, type Memory } from "../../src/engines/memory-palace/index.ts";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 2, 2, 9);

function palaceWith(texts: string[]) {
  const palace = createMemoryPalace();
  for (const [i, text] of texts.entries()) {
    palace.ingestFacts([{ text, salience: 0.5 }], {
      text,
      speaker: "Ada",
      timestamp: T0 + i * 60_000,
      sourceId: `m${i}`,
    });
  }
  return palace;
}

const idOf = (palace: ReturnType<typeof palaceWith>, text: string) =>
  palace.list().find((m) => m.text === text)!.id;

describe("pinned memories", () => {
  it("are recalled even when the message shares no word with them", () => {
    const palace = palaceWith(["Ada is vegetarian", "Ada plays the cello", "Ada lives in Porto"]);
    const query = { text: "what should I cook tonight?", now: T0 + DAY, limit: 2 };
    expect(palace.recall(query).map((h) => h.memory.text)).not.toContain("Ada is vegetarian");
    const changes = palace.pin(idOf(palace, "Ada is vegetarian"), true);
    expect(changes.updated.map((m) => m.pinned)).toEqual([true]);
    expect(palace.pinnedCount).toBe(1);
    const hits = palace.recall(query);
    expect(hits.map((h) => h.memory.text)).toContain("Ada is vegetarian");
    // Ranked hits keep their places; the pinned memory comes after them.
    expect(hits.at(-1)!.memory.pinned).toBe(true);
    // Pinned once, listed once, even when the ranking found it too.
    const named = palace.recall({ text: "is Ada vegetarian?", now: T0 + DAY, limit: 3 });
    expect(named.filter((h) => h.memory.text === "Ada is vegetarian")).toHaveLength(1);
  });

  it("never fade out or get evicted, and unpinning makes them ordinary again", () => {
    const palace = palaceWith(["Ada is vegetarian", "Ada plays the cello"]);
    const id = idOf(palace, "Ada is vegetarian");
    const cello = idOf(palace, "Ada plays the cello");
    palace.pin(id, true);
    const decades = T0 + 365 * 40 * DAY;
    expect(palace.decay(decades).removed).toEqual([cello]);
    expect(palace.get(id)?.pinned).toBe(true);
    palace.pin(id, false);
    expect(palace.get(id)?.pinned).toBeUndefined();
    expect(palace.decay(decades).removed).toEqual([id]);
    expect(palace.pin("missing", true)).toEqual({ added: [], updated: [], removed: [] });
  });

  it("survive the size bound", () => {
    const palace = createMemoryPalace({ maxMemories: 2 });
    const facts = ["Ada is vegetarian", "Ada plays the cello", "Ada lives in Porto"];
    palace.ingestFacts([{ text: facts[0]!, salience: 0.1 }], {
      text: facts[0]!,
      speaker: "Ada",
      timestamp: T0,
      sourceId: "a",
    });
    palace.pin(palace.list()[0]!.id, true);
    for (const [i, text] of facts.slice(1).entries()) {
      palace.ingestFacts([{ text, salience: 0.9 }], {
        text,
        speaker: "Ada",
        timestamp: T0 + i,
        sourceId: text,
      });
    }
    expect(palace.list().map((m) => m.text)).toContain("Ada is vegetarian");
    expect(palace.size).toBe(2);
  });

  it("are rebuilt as pinned from stored rows", () => {
    const palace = palaceWith(["Ada is vegetarian"]);
    const stored: Memory[] = palace.pin(palace.list()[0]!.id, true).updated;
    const rebuilt = createMemoryPalace({ memories: stored });
    expect(rebuilt.pinnedCount).toBe(1);
    expect(rebuilt.recall({ text: "hello", now: T0 + DAY }).map((h) => h.memory.text)).toEqual([
      "Ada is vegetarian",
    ]);
  });
});

describe("editing a memory", () => {
  it("re-indexes the new words and moves it to another room", () => {
    const palace = palaceWith(["Ada lives in Porto"]);
    const id = idOf(palace, "Ada lives in Porto");
    const changes = palace.edit(id, { text: "Ada lives in Lisbon", room: "places" }, T0 + DAY);
    expect(changes.updated).toEqual([
      expect.objectContaining({ id, text: "Ada lives in Lisbon", room: "places" }),
    ]);
    expect(palace.get(id)!.updatedAt).toBe(T0 + DAY);
    const hit = palace.recall({ text: "Lisbon", now: T0 + DAY, limit: 1 })[0];
    expect(hit?.memory.id).toBe(id);
    expect(hit!.components.lexical).toBeGreaterThan(0);
    expect(palace.recall({ text: "Porto", now: T0 + DAY, limit: 1 })[0]?.components.lexical ?? 0).toBe(0);
  });

  it("changes nothing for the same text, a blank text or an unknown id", () => {
    const palace = palaceWith(["Ada lives in Porto"]);
    const id = idOf(palace, "Ada lives in Porto");
    const none = { added: [], updated: [], removed: [] };
    expect(palace.edit(id, { text: "Ada lives in Porto" }, T0)).toEqual(none);
    expect(palace.edit(id, { text: "   " }, T0)).toEqual(none);
    expect(palace.edit("nope", { text: "x" }, T0)).toEqual(none);
  });
});
