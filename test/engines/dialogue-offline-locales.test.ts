/**
 * The offline responder in each of its twelve locales, through @grammyjs/i18n loading the real
 * locales/ directory the way the bot does: a greeting, an acknowledgement of sadness and a retold
 * memory in the user's language, every message rendering without a gap, and the same message ids
 * in every responder.ftl.
 */
import { readFileSync } from "node:fs";
import { FluentResource } from "@fluent/bundle";
import { I18n } from "@grammyjs/i18n";
import { describe, expect, it } from "vitest";
import type { DialogueContext } from "../../src/engines/dialogue/compose.ts";
import { offlineReply } from "../../src/engines/dialogue/offline.ts";
import { RESPONDER_LOCALES, type ResponderLocale } from "../../src/engines/dialogue/offline-locale.ts";
import type { Translate } from "../../src/engines/dialogue/offline-translate.ts";

const warnings: string[] = [];
const i18n = new I18n({
  defaultLocale: "en",
  directory: "locales",
  fluentBundleOptions: { useIsolating: false },
  fluentOptions: { warningHandler: (w) => warnings.push(`${w.type} ${w.path} in ${w.locales.join(",")}`) },
});
const translate: Translate = (locale, id, vars) => i18n.t(locale, id, vars);

const NOW = new Date("2026-11-22T12:00:00Z");
const ctx = (userText: string, more: Partial<DialogueContext> = {}): DialogueContext => ({
  persona: { name: "Velro", systemPrompt: "", emoji: "💜" },
  directives: [],
  memories: [],
  summary: "",
  history: [],
  userText,
  userName: "Ann",
  chatType: "private",
  now: NOW,
  ...more,
});

interface Case {
  greet: string;
  sad: string;
  memory: string;
  ask: string;
  /** Letters or words only this locale's replies have. */
  marker: RegExp;
  /** Letters its replies must not have (those of a neighbouring language). */
  not?: RegExp;
}

const CASES: Record<ResponderLocale, Case> = {
  en: {
    greet: "Hi!",
    sad: "I lost my job today and I feel so empty",
    memory: "My daughter Matilda plays the cello.",
    ask: "Do you remember which instrument my daughter plays?",
    marker: /\b(you|I'm|me)\b/,
  },
  ru: {
    greet: "Привет!",
    sad: "Сегодня меня уволили, и мне так пусто",
    memory: "Моя дочь Матильда играет на виолончели.",
    ask: "Помнишь, на чём играет моя дочь?",
    marker: /\p{Script=Cyrillic}/u,
    not: /[іїєґ]/,
  },
  uk: {
    greet: "Привіт!",
    sad: "Сьогодні мене звільнили, і мені так порожньо",
    memory: "Моя донька Матильда грає на віолончелі.",
    ask: "Пам'ятаєш, на чому грає моя донька?",
    marker: /[іїєґ]/,
    not: /[ыэъё]/,
  },
  es: {
    greet: "¡Hola!",
    sad: "Hoy me despidieron y me siento vacía",
    memory: "Mi hija Matilda toca el violonchelo.",
    ask: "¿Te acuerdas de qué instrumento toca mi hija?",
    marker: /[¿¡ñáéíóú]/,
  },
  "pt-BR": {
    greet: "Oi!",
    sad: "Hoje fui demitida e estou me sentindo vazia",
    memory: "Minha filha Matilda toca violoncelo.",
    ask: "Você lembra qual instrumento minha filha toca?",
    marker: /[ãõçêâ]|\bvocê\b/,
  },
  de: {
    greet: "Hallo!",
    sad: "Ich wurde heute entlassen und fühle mich so leer",
    memory: "Meine Tochter Matilda spielt Cello.",
    ask: "Weißt du noch, welches Instrument meine Tochter spielt?",
    marker: /[äöüß]|\b(du|dich|dir|ich)\b/,
  },
  fr: {
    greet: "Salut !",
    sad: "J'ai été licenciée aujourd'hui et je me sens vide",
    memory: "Ma fille Matilda joue du violoncelle.",
    ask: "Tu te souviens de quel instrument joue ma fille ?",
    marker: /[àâçéèêîôû]|(?<!\p{L})(tu|je|ça)(?!\p{L})/u,
  },
  it: {
    greet: "Ciao!",
    sad: "Oggi mi hanno licenziata e mi sento vuota",
    memory: "Mia figlia Matilda suona il violoncello.",
    ask: "Ti ricordi che strumento suona mia figlia?",
    marker: /[àèéìòù]|\b(ti|mi|sono|che)\b/,
  },
  tr: {
    greet: "Merhaba!",
    sad: "Bugün işten çıkarıldım ve kendimi bomboş hissediyorum",
    memory: "Kızım Matilda çello çalıyor.",
    ask: "Kızımın hangi enstrümanı çaldığını hatırlıyor musun?",
    marker: /[çğıöşü]/,
  },
  id: {
    greet: "Halo!",
    sad: "Hari ini aku dipecat dan rasanya hampa sekali",
    memory: "Anakku Matilda main cello.",
    ask: "Kamu ingat anakku main alat musik apa?",
    marker: /\b(aku|kamu|yang|sekali|ini)\b/,
  },
  fa: {
    greet: "درود!",
    sad: "امروز از کارم اخراج شدم و خیلی حالم گرفته است",
    memory: "دخترم ماتیلدا ویولن‌سل می‌نوازد.",
    ask: "یادت هست دخترم چه سازی می‌زند؟",
    marker: /[پچژگیک]/,
  },
  ar: {
    greet: "مرحبا!",
    sad: "فقدت عملي اليوم وأشعر بفراغ كبير",
    memory: "ابنتي ماتيلدا تعزف على التشيلو.",
    ask: "هل تتذكر على أي آلة تعزف ابنتي؟",
    marker: /\p{Script=Arabic}/u,
    not: /[پچژگیک]/,
  },
};

/** Every wording a message has for the default persona (the `$v` picks a, b or c). */
const wordings = (locale: string, id: string, vars: Record<string, string | number> = {}) =>
  ["a", "b", "c"].map((v) => i18n.t(locale, id, { persona: "velro", name: "Ann", emoji: "💜", v, ...vars }));

const ENGLISH = /\b(the|you|your|what|how|told|sounds|today|here|that)\b/i;

/** No placeholder left by a missing message or variable, and no English in another locale. */
function expectNoGaps(locale: ResponderLocale, text: string) {
  expect(text).not.toMatch(/[{}]/);
  if (locale !== "en") expect(text).not.toMatch(ENGLISH);
}

describe.each(RESPONDER_LOCALES)("offline responder in %s", (locale) => {
  const c = CASES[locale];
  const sadness = { dominant: "sadness", valence: -0.8 };
  // The user's Telegram app is in the same language, as it usually is.
  const user = { languageCode: locale };
  const memories = [{ text: c.memory, when: "yesterday (2026-11-21)", relevance: 1 }];
  const told = c.memory.replace(/\.$/, "");
  const greeting = () => offlineReply(ctx(c.greet), { translate });
  const sad = () => offlineReply(ctx(c.sad, { ...user, emotion: sadness }), { translate });
  const recall = () => offlineReply(ctx(c.ask, { ...user, memories }), { translate });

  it("greets in the language of the greeting, with no other hint", () => {
    warnings.length = 0;
    const reply = greeting();
    expect(wordings(locale, "responder-greeting").some((w) => reply.startsWith(w))).toBe(true);
    expectNoGaps(locale, reply);
    expect(warnings).toEqual([]);
  });

  it("acknowledges sadness in the user's language", () => {
    warnings.length = 0;
    const reply = sad();
    expect(wordings(locale, "responder-feeling-sadness").some((w) => reply.startsWith(w))).toBe(true);
    expectNoGaps(locale, reply);
    expect(warnings).toEqual([]);
  });

  it("retells a memory in the words it was told, with when in the user's language", () => {
    warnings.length = 0;
    const reply = recall();
    expect(reply).toContain(i18n.t(locale, "responder-when", { unit: "yesterday", count: 1 }));
    if (locale === "en")
      expect(reply).toContain("yesterday (2026-11-21) that your daughter Matilda plays the cello");
    else expect(reply).toContain(told);
    expectNoGaps(locale, reply.replace(told, ""));
    expect(warnings).toEqual([]);
  });

  it("writes the three in this language's own letters and words", () => {
    const text = [greeting(), sad(), recall().replace(told, "")].join(" ").replaceAll("Ann", "");
    expect(text).toMatch(c.marker);
    if (c.not) expect(text).not.toMatch(c.not);
  });

  it("renders every message, for every persona, with no missing id or variable", () => {
    warnings.length = 0;
    const longAgo = [
      { text: c.memory, when: "3 weeks ago", at: NOW.getTime() - 20 * 86_400_000, relevance: 1 },
    ];
    const contexts = [
      ctx(c.greet),
      ctx(c.greet, { memories: longAgo }),
      ctx("who are you?"),
      ctx("how are you?"),
      ctx("thanks"),
      ctx("bye"),
      ...["sadness", "anger", "fear", "joy", "surprise", "disgust"].map((dominant) =>
        ctx("My week at the observatory", {
          emotion: { dominant, valence: dominant === "joy" ? 0.8 : -0.6 },
        }),
      ),
      ctx("Tell me about telescopes?"),
      ctx("Why?"),
      ctx("Do you remember Matilda?", { memories: longAgo }),
      ctx("Matilda again", { memories: longAgo }),
      ctx("ok"),
      ctx("I went hiking"),
    ];
    for (const id of ["velro", "kit", "sage", "spark", "atlas"]) {
      for (const context of contexts) {
        const reply = offlineReply(
          { ...context, persona: { ...context.persona, id } },
          { translate, locale },
        );
        expect(reply).not.toMatch(/[{}]/);
        expect(reply.trim().length).toBeGreaterThan(1);
      }
    }
    expect(warnings).toEqual([]);
  });
});

describe("when a memory was told, through Fluent plurals", () => {
  const when = (locale: string, days: number) => {
    const memories = [{ text: "x y z", when: "", at: NOW.getTime() - days * 86_400_000, relevance: 1 }];
    return offlineReply(ctx("Do you remember?", { memories }), { translate, locale });
  };

  it("uses each count's plural form", () => {
    expect(when("ru", 2)).toContain("2 дня назад");
    expect(when("ru", 5)).toContain("5 дней назад");
    expect(when("ru", 7)).toContain("7 дней назад");
    expect(when("ru", 21)).toContain("3 недели назад");
    expect(when("uk", 35)).toContain("5 тижнів тому");
    expect(when("ar", 2)).toContain("قبل يومين");
    // Whether Arabic digits come out Arabic-Indic depends on the ICU data Node ships with.
    expect(when("ar", 4)).toMatch(/قبل (4|٤) أيام/);
    expect(when("ar", 12)).toMatch(/قبل (12|١٢) يومًا/);
    expect(when("en", 14)).toContain("2 weeks ago");
    expect(when("ru", 7671)).toContain("21 год назад");
    expect(when("de", 400)).toContain("vor 13 Monaten");
    expect(when("de", 800)).toContain("vor 2 Jahren");
    expect(when("id", 70)).toContain("2 bulan yang lalu");
  });

  it("says today, yesterday, and 'earlier' when nothing tells", () => {
    expect(when("fr", 0)).toContain("aujourd'hui");
    expect(when("es", 1)).toContain("ayer");
    const unknown = [{ text: "x y z", when: "some time", relevance: 1 }];
    expect(offlineReply(ctx("?", { memories: unknown }), { translate, locale: "it" })).toContain("prima");
  });
});

describe("responder.ftl files", () => {
  const ids = (locale: string) => {
    const source = readFileSync(`locales/${locale}/responder.ftl`, "utf8");
    const parsed = new FluentResource(source).body.map((m) => m.id);
    // A message that does not parse is silently dropped by Fluent: count what the file defines.
    const written = source.match(/^[a-z][\w-]* =/gm)?.map((m) => m.slice(0, -2)) ?? [];
    expect(parsed, `${locale}: every message parses`).toEqual(written);
    return parsed;
  };
  const english = ids("en");

  it("prefix every message with responder- so they never collide with the bot's other files", () => {
    expect(english.length).toBeGreaterThan(20);
    for (const id of english) expect(id).toMatch(/^responder-/);
  });

  it.each(RESPONDER_LOCALES.filter((l) => l !== "en"))(
    "%s has exactly the messages English has",
    (locale) => {
      expect([...ids(locale)].sort()).toEqual([...english].sort());
    },
  );
});
