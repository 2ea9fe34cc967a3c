/**
 * Memory in the user's language, through the bot: a fact told in Russian or Persian, then /reset
 * (the conversation is put aside, the memory palace is not), and a later question in the same
 * language brings the fact into the model's prompt.
 */
import { describe, expect, it } from "vitest";
import type { FakeLlm } from "../fakes/llm-server.ts";
import { command, privateText } from "../fakes/updates.ts";
import { eventually, type Harness } from "../helpers/harness.ts";
import { useLlmHarness } from "../helpers/llm-harness.ts";

let llm: FakeLlm;
let h: Harness;
useLlmHarness({}, (stack) => {
  ({ llm, h } = stack);
});

async function say(userId: number, text: string, languageCode: string) {
  const before = h.tg.calls.length;
  await h.send(privateText(text, { userId, firstName: "Ana", languageCode }));
  return h.nextCall("sendMessage", userId, before);
}

/** The latest reply's prompt: the system message (persona, memories) and the conversation. */
const lastPrompt = () => {
  const [system, ...turns] = llm.requests.at(-1)!.body.messages as { content: string }[];
  return { system: system!.content, turns: turns.map((m) => m.content) };
};

const cases = [
  {
    locale: "ru",
    userId: 7101,
    fact: "Мою дочь зовут Матильда, она играет на виолончели.",
    chatter: [
      "Сегодня весь день шёл дождь.",
      "Я сварила суп на ужин.",
      "На работе был длинный созвон.",
      "Вечером гуляла с собакой в парке.",
      "Соседи опять делают ремонт.",
      "Купила новые кроссовки для бега.",
      "Читаю интересную книгу про космос.",
      "Завтра у меня выходной.",
    ],
    question: "На каком инструменте играет моя дочь?",
    expected: /виолончел/,
  },
  {
    locale: "fa",
    userId: 7102,
    fact: "دخترم ماتیلدا ویولنسل می‌نوازد.",
    chatter: [
      "امروز هوا خیلی سرد بود.",
      "برای شام سوپ درست کردم.",
      "سر کار جلسهٔ طولانی داشتیم.",
      "عصر با سگم در پارک قدم زدم.",
      "همسایه‌ها دوباره خانه را تعمیر می‌کنند.",
      "یک جفت کفش ورزشی تازه خریدم.",
      "دارم کتابی دربارهٔ فضا می‌خوانم.",
      "فردا روز تعطیل من است.",
    ],
    question: "دخترم چه سازی می‌نوازد؟",
    expected: /ویولنسل/,
  },
];

describe("memory in the user's language", () => {
  for (const c of cases) {
    it(`recalls a ${c.locale} fact after /reset`, async () => {
      await say(c.userId, c.fact, c.locale);
      for (const line of c.chatter) await say(c.userId, line, c.locale);
      await eventually(
        async () =>
          (await h.app.db.prisma.memory.count({ where: { userId: BigInt(c.userId) } })) >=
          c.chatter.length + 1,
      );
      const before = h.tg.calls.length;
      await h.send(command("reset", undefined, { userId: c.userId, languageCode: c.locale }));
      await h.nextCall("sendMessage", c.userId, before);

      await say(c.userId, c.question, c.locale);
      const { system, turns } = lastPrompt();
      // The conversation starts afresh after /reset: the fact can only come from the palace.
      expect(turns).toEqual([c.question]);
      expect(system).toMatch(c.expected);
    });
  }
});
