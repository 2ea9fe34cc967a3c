/**
 * /mood in the user's language, and honest about how sure it is: Russian is read through a small
 * word list (no LLM configured here), so the bot says it is a rough guess, in Russian.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/index.ts";
import { command, privateText } from "../fakes/updates.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { type Harness, startHarness } from "../helpers/harness.ts";

let h: Harness;
const i18n = createI18n();
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.stop();
  await dropFreshDatabases();
});

async function send(userId: number, update: Parameters<Harness["send"]>[0]) {
  const before = h.tg.calls.length;
  await h.send(update);
  return String((await h.nextCall("sendMessage", userId, before)).payload.text);
}

describe("/mood", () => {
  it("answers in Russian and says a word-list reading is a rough guess", async () => {
    const user = { userId: 7301, firstName: "Оля", languageCode: "ru" };
    for (const text of ["Мне так грустно и одиноко сегодня.", "Всё плохо, я очень устала и грущу."]) {
      await send(7301, privateText(text, user));
    }
    const mood = await send(7301, command("mood", undefined, user));
    const ru = i18n.t("ru");
    expect(mood).toContain(ru("mood-sure-lexicon", { samples: 2 }));
    expect(mood).toMatch(/[а-яё]/i);
    expect(mood).not.toMatch(/\b(the|you|mood)\b/i);
  });

  it("before any message, says it has no feel yet, in the user's language", async () => {
    const user = { userId: 7302, firstName: "Ana", languageCode: "es" };
    expect(await send(7302, command("mood", undefined, user))).toBe(i18n.t("es")("mood-unknown"));
  });

  it("in English, reads a sad week as low and says how sure it is", async () => {
    const user = { userId: 7303, firstName: "Dana", languageCode: "en" };
    for (const text of ["I feel so sad and lonely today", "Everything is going wrong and I'm miserable"]) {
      await send(7303, privateText(text, user));
    }
    const mood = await send(7303, command("mood", undefined, user));
    expect(mood).toMatch(/down lately/);
    expect(mood).toMatch(/That's from 2 messages/);
  });
});
