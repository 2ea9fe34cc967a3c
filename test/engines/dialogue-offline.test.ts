/** The offline responder's small talk, personas, determinism and choice of language. */
import { I18n } from "@grammyjs/i18n";
import { describe, expect, it } from "vitest";
import type { DialogueContext } from "../../src/engines/dialogue/compose.ts";
import { createDialogue } from "../../src/engines/dialogue/dialogue.ts";
import { offlineLocale, offlineReply } from "../../src/engines/dialogue/offline.ts";
import { languageFromDirectives } from "../../src/engines/dialogue/offline-locale.ts";
import type { Translate } from "../../src/engines/dialogue/offline-translate.ts";
import { styleDirectives } from "../../src/engines/personality/directives.ts";
import { defaultPersona } from "../../src/engines/personality/personas.ts";
import { initialStyleProfile, observeUserMessage } from "../../src/engines/personality/style-profile.ts";

const i18n = new I18n({
  defaultLocale: "en",
  directory: "locales",
  fluentBundleOptions: { useIsolating: false },
});
const translate: Translate = (locale, id, vars) => i18n.t(locale, id, vars);

const ctx = (userText: string, more: Partial<DialogueContext> = {}): DialogueContext => ({
  persona: { name: "Velro", systemPrompt: "", emoji: "💜" },
  directives: [],
  memories: [],
  summary: "",
  history: [],
  userText,
  userName: "Ann",
  chatType: "private",
  now: new Date("2026-11-22T12:00:00Z"),
  ...more,
});
const reply = (c: DialogueContext) => offlineReply(c, { translate });

describe("offline responder small talk", () => {
  it.each(["Hi!", "hello there", "Hey"])("greets back in English: %s", (text) => {
    expect(reply(ctx(text))).toMatch(/^(Hi|Hey|Hello),? Ann! 💜/);
  });

  it.each([
    ["Привет!", /^(Привет|Привет-привет|Здравствуй), Ann!/],
    ["Здравствуйте", /^(Привет|Привет-привет|Здравствуй), Ann!/],
    ["hola", /^¡(Hola|Hey|Buenas), Ann!/],
    ["Guten Morgen!", /^(Hi|Hey|Hallo),? Ann!/],
  ])("greets back in the language of the greeting: %s", (text, expected) => {
    expect(reply(ctx(text))).toMatch(expected);
  });

  it.each([
    ["thanks a lot", /Anytime|welcome|Happy to help/],
    ["Спасибо!", /Обращайся|Не за что|в радость/],
    ["merci", /Quand tu veux|Avec plaisir|Toujours là/],
  ])("takes thanks: %s", (text, expected) => {
    expect(reply(ctx(text))).toMatch(expected);
  });

  it.each([
    ["bye", /Take care|Bye for now/],
    ["Пока!", /Береги себя|До скорого/],
  ])("says goodbye: %s", (text, expected) => {
    expect(reply(ctx(text))).toMatch(expected);
  });

  it("says what it is, by the persona's name, when asked", () => {
    expect(reply(ctx("who are you?", { persona: { name: "Sage", systemPrompt: "" } }))).toMatch(
      /^I'm Sage, an AI companion — not a human/,
    );
    expect(reply(ctx("Кто ты?", { persona: { name: "Kit", systemPrompt: "" } }))).toMatch(
      /^Я Kit, ИИ-собеседник/,
    );
  });

  it("does not take a word that merely starts like a greeting for one", () => {
    expect(reply(ctx("history is my favourite subject"))).not.toMatch(/^(Hi|Hey|Hello)/);
    expect(reply(ctx("Приветливый сосед снова шумит"))).not.toMatch(/^(Привет|Здравствуй)/);
  });

  it("answers news that opens with a greeting as news, not with a hello", () => {
    expect(reply(ctx("Hi! My brother just got a job at the observatory"))).not.toMatch(/^(Hi|Hey|Hello)/);
  });

  it("retells what the user told, never a question they asked", () => {
    const remembered = ctx("Do you still remember Mia?", {
      memories: [
        { text: "What do you remember about my sister?", when: "today", relevance: 2 },
        { text: "My sister Mia got into art school.", when: "yesterday", relevance: 1 },
      ],
    });
    const answer = reply(remembered);
    expect(answer).toContain("yesterday that your sister Mia got into art school");
    expect(answer).not.toMatch(/What do you remember/i);
    expect(reply({ ...remembered, userText: "Hi!" })).not.toMatch(/What do you remember/i);
  });

  it("quotes a memory told in another language instead of bending it into English", () => {
    const answer = reply(
      ctx("Do you remember what my daughter plays?", {
        memories: [
          { text: "Моя дочь Матильда играет на виолончели.", when: "2 days ago (2026-11-20)", relevance: 1 },
        ],
      }),
    );
    expect(answer).toBe("You told me 2 days ago (2026-11-20): “Моя дочь Матильда играет на виолончели”.");
  });
});

describe("offline responder voices and variety", () => {
  const sad = (name: string) =>
    reply(
      ctx("I failed the exam and I feel awful", {
        persona: { name, systemPrompt: "" },
        emotion: { dominant: "sadness", valence: -0.8 },
      }),
    );

  it("gives each built-in persona its own voice, and Kit drops the sarcasm for sadness", () => {
    const lines = ["Velro", "Kit", "Sage", "Spark", "Atlas"].map(sad);
    expect(new Set(lines.map((l) => l.split(/(?<=[.!?]) /)[0])).size).toBe(5);
    expect(sad("Kit")).toMatch(/^Okay, sarcasm aside/);
    expect(sad("Atlas")).toBe("That sounds difficult. I'm here. What happened?");
  });

  it("lets an explicit persona id win over the name, and a custom persona speak as Velro", () => {
    const hi = (persona: DialogueContext["persona"]) => reply(ctx("Hi!", { persona }));
    expect(hi({ name: "Bruno", systemPrompt: "", id: "atlas" })).toBe("Hello, Ann. What can I help with?");
    expect(hi({ name: "Bruno", systemPrompt: "", emoji: "🐻", id: "custom-1a2b" })).toMatch(
      /^(Hi|Hey|Hello),? Ann! 🐻/,
    );
  });

  it("gives the same reply to the same context and varies across messages", () => {
    const c = ctx("I spent the weekend repairing my grandfather's bicycle");
    expect(reply(c)).toBe(reply({ ...c }));
    const replies = new Set(
      ["bicycle", "gardening", "painting", "running", "chess", "cooking", "baking", "sailing"].map((w) =>
        reply(ctx(`I have been thinking about ${w} lately`)),
      ),
    );
    expect(replies.size).toBeGreaterThan(3);
  });
});

describe("offline responder language choice", () => {
  it("follows the message's language over everything the context knows", () => {
    expect(offlineLocale(ctx("Мне сегодня грустно, кот заболел", { languageCode: "en" }))).toBe("ru");
    expect(offlineLocale(ctx("Ich habe heute keine Lust auf nichts", { languageCode: "ru" }))).toBe("de");
  });

  it("falls back to the known language, then Telegram's language_code, then English", () => {
    expect(offlineLocale(ctx("ok", { language: "uk", languageCode: "de" }))).toBe("uk");
    expect(offlineLocale(ctx("ok", { languageCode: "pt-br" }))).toBe("pt-BR");
    expect(offlineLocale(ctx("ok", { languageCode: "pt" }))).toBe("pt-BR");
    expect(offlineLocale(ctx("ok", { languageCode: "ja" }))).toBe("en");
    expect(offlineLocale(ctx("ok"))).toBe("en");
  });

  it("keeps a Ukrainian speaker in Ukrainian when a short Cyrillic message could be either", () => {
    expect(offlineLocale(ctx("добре", { languageCode: "uk" }))).toBe("uk");
  });

  it("tells Persian from Arabic, and a shared greeting goes to the user's own language", () => {
    expect(offlineLocale(ctx("امروز خیلی خسته هستم"))).toBe("fa");
    expect(offlineLocale(ctx("أنا متعب جدا اليوم"))).toBe("ar");
    expect(offlineLocale(ctx("سلام", { languageCode: "fa" }))).toBe("fa");
    expect(offlineLocale(ctx("سلام", { languageCode: "ar" }))).toBe("ar");
  });

  it("recognises Indonesian, which the general detector does not know", () => {
    expect(offlineLocale(ctx("aku lagi capek banget hari ini"))).toBe("id");
  });

  it("reads the user's language from the style directives the personality engine writes", () => {
    const persona = defaultPersona();
    let ru = initialStyleProfile();
    for (const text of ["Привет, как у тебя дела?", "Что нового у тебя сегодня?"])
      ru = observeUserMessage(ru, { text, at: 1 });
    const fa = observeUserMessage(initialStyleProfile(), { text: "ok", languageCode: "fa", at: 1 });
    expect(languageFromDirectives(styleDirectives({ persona, profile: ru }).directives)).toBe("ru");
    const faDirectives = [...styleDirectives({ persona, profile: fa }).directives];
    expect(languageFromDirectives(faDirectives)).toBe("fa");
    expect(offlineLocale(ctx("ok", { directives: faDirectives }))).toBe("fa");
  });
});

describe("createDialogue without an LLM", () => {
  it("answers offline from the repository's locale files when no translate is passed", async () => {
    const dialogue = createDialogue({ llm: null, budget: { contextTokens: 2000, maxReplyTokens: 200 } });
    let text = "";
    for await (const piece of dialogue.reply(ctx("Привет!"))) text += piece;
    expect(text).toMatch(/^(Привет|Привет-привет|Здравствуй), Ann!/);
  });
});
