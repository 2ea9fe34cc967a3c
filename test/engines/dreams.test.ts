/**
 * Dreams: built only from the dreamer's own memories (two users, none of B's words in A's dreams,
 * offline and in the prompt an LLM gets), sensitive memories left out unless the dream is about
 * them, deterministic by seed, filed once in the dreams room and never recalled as a fact.
 */
import { describe, expect, it } from "vitest";
import { defaultTranslate } from "../../src/engines/dialogue/index.ts";
import type { CompletionRequest, LlmProvider } from "../../src/engines/dialogue/types.ts";
import { composeDream, isSensitiveMemory, namesIn } from "../../src/engines/dreams/index.ts";
import { createMemoryPalace } from "../../src/engines/memory-palace/index.ts";
import type { MemoryPalace } from "../../src/engines/memory-palace/types.ts";
import { createLogger } from "../../src/observability/logger.ts";
import { createDreamService } from "../../src/services/dreams.ts";

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 11, 4, 7);
const translate = defaultTranslate();

function palaceOf(name: string, lines: [string, { label: string; valence: number }?][]): MemoryPalace {
  const palace = createMemoryPalace();
  lines.forEach(([text, emotion], i) => {
    palace.ingest({
      text,
      speaker: name,
      timestamp: NOW - (lines.length - i) * DAY,
      sourceId: `${name}${i}`,
      emotion,
    });
  });
  return palace;
}

const A_LINES: [string, { label: string; valence: number }?][] = [
  ["My sister Maria moved to Lisbon last month for a new job", { label: "joy", valence: 0.5 }],
  ["I love painting watercolours by the river on Sundays", { label: "joy", valence: 0.6 }],
  ["I was diagnosed with diabetes last week and I'm scared", { label: "fear", valence: -0.7 }],
  ["My grandfather died in March, I still miss him every day", { label: "sadness", valence: -0.8 }],
  ["We went to a jazz concert with Tomas yesterday", { label: "joy", valence: 0.4 }],
  ["I feel so empty and broken tonight", { label: "sadness", valence: -0.9 }],
];
// B's words that must never reach A's dreams.
const B_WORDS = ["Oskar", "Tromsø", "cello", "orchestra", "Ingrid", "Bergen", "kayak"];
const B_LINES: [string, { label: string; valence: number }?][] = [
  ["My brother Oskar lives in Tromsø and fixes boats", { label: "neutral", valence: 0 }],
  ["I play the cello in a small orchestra", { label: "joy", valence: 0.5 }],
  ["Ingrid and I went kayaking near Bergen", { label: "joy", valence: 0.6 }],
];
const SENSITIVE = ["diabetes", "diagnosed", "grandfather", "died", "broken", "so empty"];

function twoUsers() {
  const palaces = new Map<number, MemoryPalace>([
    [1, palaceOf("Ann", A_LINES)],
    [2, palaceOf("Bo", B_LINES)],
  ]);
  const mind = {
    list: async (userId: number) => palaces.get(userId)!.all(),
    moodReport: async () => ({
      valence: 0.2,
      arousal: 0.3,
      salient: "joy" as const,
      streakDays: 0,
      certainty: {} as never,
      stance: "steady" as const,
    }),
    fileDream: async (userId: number, dream: Parameters<MemoryPalace["fileDream"]>[0]) =>
      palaces.get(userId)!.fileDream(dream).added[0],
  };
  return { palaces, mind };
}

const logger = createLogger({ level: "silent" });

describe("dreams", () => {
  it("are made only of the dreamer's memories, with nothing sensitive, in every seed", async () => {
    const { palaces, mind } = twoUsers();
    const dreams = createDreamService({ mind, llm: null, translate, logger });
    const seen = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const d = await dreams.dream(1, { locale: "en", seed: `s${seed}`, now: NOW, file: false });
      for (const w of B_WORDS) expect(d.text).not.toContain(w);
      for (const w of [...SENSITIVE]) expect(d.text.toLowerCase()).not.toContain(w);
      for (const id of d.usedMemoryIds) expect(palaces.get(1)!.get(id)).toBeDefined();
      expect(d.imagePrompt).not.toMatch(/Maria|Lisbon|Tomas/);
      for (const x of [...d.elements.people, ...d.elements.places]) seen.add(x);
    }
    // The dreams do remix what Ann mentioned: her people and places show up across seeds.
    expect([...seen].sort()).toEqual(expect.arrayContaining(["Lisbon", "Maria"]));
  });

  it("are deterministic by seed and differ between seeds", () => {
    const { palaces } = twoUsers();
    const request = { memories: palaces.get(1)!.all(), mood: null, locale: "en", now: NOW, translate };
    const a = composeDream({ ...request, seed: "morning:2026-12-04" });
    expect(composeDream({ ...request, seed: "morning:2026-12-04" })).toEqual(a);
    const texts = new Set(Array.from({ length: 8 }, (_, i) => composeDream({ ...request, seed: i }).text));
    expect(texts.size).toBeGreaterThan(4);
    expect(a.text.length).toBeGreaterThan(80);
  });

  it("about a sensitive topic the user asked for, uses it; otherwise leaves it out", async () => {
    const { mind } = twoUsers();
    const dreams = createDreamService({ mind, llm: null, translate, logger });
    const about = await dreams.dream(1, {
      locale: "en",
      seed: "t",
      topic: "grandfather",
      now: NOW,
      file: false,
    });
    expect(about.elements.topicFound).toBe(true);
    const used = (await mind.list(1)).filter((m) => about.usedMemoryIds.includes(m.id));
    expect(used.some((m) => m.text.includes("grandfather"))).toBe(true);
    const missing = await dreams.dream(1, {
      locale: "en",
      seed: "t",
      topic: "volcanoes",
      now: NOW,
      file: false,
    });
    expect(missing.elements.topicFound).toBe(false);
    expect(isSensitiveMemory({ room: "episodes", text: "Мой дедушка умер весной", emotion: undefined })).toBe(
      true,
    );
    expect(isSensitiveMemory({ room: "episodes", text: "Today was a good day", emotion: undefined })).toBe(
      false,
    );
  });

  it("the LLM's prompt holds only the dreamer's own, non-sensitive memories, and its dream is used", async () => {
    const { mind } = twoUsers();
    const prompts: CompletionRequest[] = [];
    const llm: LlmProvider = {
      name: "fake",
      offline: false,
      async *stream(request) {
        prompts.push(request);
        yield "The Blue Staircase\n\nYou climb a staircase of paint above a river, and someone waves from a train.";
      },
    };
    const dreams = createDreamService({ mind, llm, translate, logger });
    const d = await dreams.dream(1, { locale: "ru", seed: "llm", now: NOW });
    expect(d.source).toBe("llm");
    expect(d.title).toBe("The Blue Staircase");
    const prompt = prompts[0]!.messages.map((m) => m.content).join("\n");
    expect(prompt).toContain("Russian");
    for (const w of [...B_WORDS, ...SENSITIVE]) expect(prompt).not.toContain(w);
  });

  it("is filed once per seed in the dreams room, and recall never returns it", async () => {
    const { palaces, mind } = twoUsers();
    const dreams = createDreamService({ mind, llm: null, translate, logger });
    const first = await dreams.dream(1, { locale: "de", seed: "upd:42", now: NOW });
    const again = await dreams.dream(1, { locale: "de", seed: "upd:42", now: NOW });
    expect(again.repeated).toBe(true);
    expect(again.text).toBe(first.text);
    const filed = palaces.get(1)!.list("dreams");
    expect(filed).toHaveLength(1);
    expect(filed[0]).toMatchObject({ kind: "dream", speaker: "dream", id: first.memoryId });
    // A recall of words from the dream finds Ann's memories, never the dream.
    const words = first.text.split(/\s+/).slice(0, 12).join(" ");
    expect(
      palaces
        .get(1)!
        .recall({ text: words, now: NOW, limit: 20 })
        .some((h) => h.memory.kind === "dream"),
    ).toBe(false);
    expect(palaces.get(2)!.list("dreams")).toHaveLength(0);
  });

  it("finds names where they keep their form, and none in Russian case forms", () => {
    expect(namesIn("We went to Lisbon with Maria", "events", "en")).toEqual({
      people: ["Maria"],
      places: ["Lisbon"],
    });
    expect(namesIn("Мою сестру зовут Мария, она в Лиссабоне", "people", "ru")).toEqual({
      people: ["Мария"],
      places: [],
    });
    expect(namesIn("Kız kardeşim Ayşe'yle İzmir'e gittik", "people", "tr").people).toEqual(["Ayşe", "İzmir"]);
    expect(namesIn("Ich habe einen Hund", "pets", "de")).toEqual({ people: [], places: [] });
  });
});
