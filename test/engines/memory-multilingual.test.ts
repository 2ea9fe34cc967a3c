import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMemoryPalace, type MemoryPalace } from "../../src/engines/memory-palace/index.ts";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 5, 10);

/** Chat of the same user that shares no topic with the facts under test. */
const CHATTER: Record<string, string[]> = {
  ru: [
    "Сегодня на работе было тяжело.",
    "Не знаю, что приготовить на ужин.",
    "Погода ужасная, всю неделю льёт дождь.",
    "Завтра нужно позвонить в банк.",
    "Посмотрела фильм про китов.",
    "Опять не могу уснуть.",
    "Электричка сегодня опоздала.",
    "Сестра прислала смешное видео.",
  ],
  fa: [
    "امروز کار خیلی خسته‌کننده بود.",
    "نمی‌دانم برای شام چه بپزم.",
    "هوا افتضاح است، تمام هفته باران باریده.",
    "فردا باید به بانک زنگ بزنم.",
    "یک مستند درباره نهنگ‌ها دیدم.",
    "باز هم خوابم نمی‌برد.",
    "امروز صبح قطار تأخیر داشت.",
    "خواهرم یک ویدیوی خنده‌دار برایم فرستاد.",
  ],
  uk: [
    "Сьогодні на роботі було важко.",
    "Не знаю, що приготувати на вечерю.",
    "Погода жахлива, цілий тиждень ллє дощ.",
    "Завтра треба зателефонувати в банк.",
    "Знову не можу заснути.",
    "Електричка сьогодні запізнилася.",
  ],
};

interface Scenario {
  lang: string;
  facts: string[];
  question: string;
  /** A word the recalled memory must contain. */
  answer: string;
}

const SCENARIOS: Scenario[] = [
  {
    lang: "ru",
    facts: ["Мою дочь зовут Матильда.", "Она играет на виолончели, уже третий год."],
    question: "На каком инструменте играет моя дочь?",
    answer: "виолончели",
  },
  {
    lang: "fa",
    facts: ["دخترم ماتیلدا نام دارد و ویولنسل می‌نوازد."],
    question: "دخترم چه سازی می‌نوازد؟",
    answer: "ویولنسل",
  },
  {
    lang: "uk",
    facts: ["Мою доньку звати Матильда, вона грає на віолончелі."],
    question: "На якому інструменті грає моя донька?",
    answer: "віолончелі",
  },
];

/** Tell `facts` among chatter (before and after, in the given order) and ask a month later. */
function tellAndAsk(s: Scenario, before: string[], after: string[]): { palace: MemoryPalace; top: string[] } {
  const palace = createMemoryPalace();
  let t = T0;
  let n = 0;
  const say = (text: string): void => {
    palace.ingest({ text, speaker: "Anna", timestamp: t, sourceId: `m${n++}` });
    t += 3 * 3_600_000;
  };
  for (const c of before) say(c);
  for (const f of s.facts) say(f);
  for (const c of after) say(c);
  const hits = palace.recall({ text: s.question, now: t + 30 * DAY, limit: 5, speaker: "Anna" });
  return { palace, top: hits.map((h) => h.memory.text) };
}

describe("recall in the user's language", () => {
  for (const s of SCENARIOS) {
    it(`${s.lang}: a later question in the same language finds the fact`, () => {
      const chatter = CHATTER[s.lang]!;
      const { top } = tellAndAsk(s, chatter.slice(0, 3), chatter.slice(3));
      expect(top.length).toBeGreaterThan(0);
      expect(top[0]).toContain(s.answer);
    });

    it(`${s.lang}: wherever the fact sits among unrelated chat, it stays in the top five`, () => {
      const chatter = CHATTER[s.lang]!;
      fc.assert(
        fc.property(fc.shuffledSubarray(chatter), fc.nat(chatter.length), (picked, cut) => {
          const { top } = tellAndAsk(s, picked.slice(0, cut), picked.slice(cut));
          expect(top.some((text) => text.includes(s.answer))).toBe(true);
        }),
        { numRuns: 40, seed: 11 },
      );
    });
  }

  it("files the Russian and Persian facts in the people room, in the user's words", () => {
    for (const s of SCENARIOS.slice(0, 2)) {
      const { palace } = tellAndAsk(s, [], []);
      const people = palace.list("people").map((m) => m.text);
      expect(people.some((text) => text.startsWith("Anna: ") && /Матильда|ماتیلدا/.test(text))).toBe(true);
    }
  });

  it("keeps a Russian and an English memory apart in one palace", () => {
    const palace = createMemoryPalace();
    palace.ingest({ text: "My son Leo plays the drums.", speaker: "Anna", timestamp: T0, sourceId: "en" });
    palace.ingest({
      text: "Мою дочь зовут Матильда, она играет на виолончели.",
      speaker: "Anna",
      timestamp: T0 + DAY,
      sourceId: "ru",
    });
    const ru = palace.recall({ text: "На чём играет моя дочь?", now: T0 + 9 * DAY, limit: 1 });
    expect(ru[0]?.memory.sourceIds).toEqual(["ru"]);
    const en = palace.recall({ text: "What does my son play?", now: T0 + 9 * DAY, limit: 1 });
    expect(en[0]?.memory.sourceIds).toEqual(["en"]);
  });

  it("survives a round trip through stored memories", () => {
    const s = SCENARIOS[1]!;
    const { palace } = tellAndAsk(s, CHATTER.fa!.slice(0, 4), []);
    const reloaded = createMemoryPalace({ memories: palace.all() });
    const hits = reloaded.recall({ text: s.question, now: T0 + 60 * DAY, limit: 3 });
    expect(hits.some((h) => h.memory.text.includes(s.answer))).toBe(true);
  });
});
