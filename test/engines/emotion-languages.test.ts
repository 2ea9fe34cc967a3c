import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createEmotionEngine,
  EKMAN_LABELS,
  type EmotionLabel,
  isStrongEmotion,
  LEXICON_MAX_CONFIDENCE,
  readingPlan,
  STRONG_SCORE,
} from "../../src/engines/emotion/index.ts";
import { lexiconVotes } from "../../src/engines/emotion/lexicon-reading.ts";

const engine = createEmotionEngine();

describe("messages the English model cannot read", () => {
  it("never reads strong anger into an angry Russian sentence", () => {
    for (const text of [
      "Я так зол на тебя, ненавижу это всё!!!",
      "Ты меня бесишь, отстань уже",
      "ЭТО ПРОСТО УЖАС, КАК ТЫ МОГ?!",
    ]) {
      const a = engine.analyze(text);
      expect(a.source).toBe("lexicon");
      expect(a.language).toBe("ru");
      expect(a.scores.anger).toBeLessThan(STRONG_SCORE);
      expect(a.confidence).toBeLessThanOrEqual(LEXICON_MAX_CONFIDENCE);
      expect(isStrongEmotion(a)).toBe(false);
    }
    // Still read, though: the anger words are noticed.
    expect(engine.analyze("Я так зол на тебя, ненавижу это всё!!!").dominant).toBe("anger");
  });

  it("never gives any non-English text a strong or confident reading", () => {
    const cyrillicWords = fc.array(
      fc.constantFrom(
        "я",
        "ты",
        "злой",
        "бесит",
        "ненавижу",
        "ужас",
        "рад",
        "почему",
        "это",
        "!!!",
        "😡",
        "ЗЛЮСЬ",
      ),
      { minLength: 2, maxLength: 12 },
    );
    fc.assert(
      fc.property(cyrillicWords, (words) => {
        const a = engine.analyze(`это ${words.join(" ")}`);
        expect(a.source).not.toBe("model");
        expect(isStrongEmotion(a)).toBe(false);
        expect(a.confidence).toBeLessThanOrEqual(LEXICON_MAX_CONFIDENCE);
      }),
      { numRuns: 150 },
    );
  });

  it.each<[string, string, EmotionLabel]>([
    ["Я так рада, это просто замечательно!", "ru", "joy"],
    ["Мне очень грустно и одиноко", "ru", "sadness"],
    ["Мені дуже сумно сьогодні, я плачу", "uk", "sadness"],
    ["Я так боюся за маму, мені страшно", "uk", "fear"],
    ["Estoy muy feliz hoy, gracias", "es", "joy"],
    ["Tengo mucho miedo de lo que va a pasar", "es", "fear"],
    ["Estou com muita raiva disso, é ridículo", "pt", "anger"],
    ["Que nojo, isso é nojento demais", "pt", "disgust"],
    ["Ich bin heute so traurig und einsam", "de", "sadness"],
    ["Das ist total eklig und widerlich", "de", "disgust"],
    ["Je suis tellement heureuse aujourd'hui", "fr", "joy"],
    ["J'ai peur du noir, je suis inquiète", "fr", "fear"],
    ["Sono molto arrabbiato con te", "it", "anger"],
    ["Che sorpresa, sono davvero sorpreso!", "it", "surprise"],
    ["Bugün çok mutluyum, bu harika", "tr", "joy"],
    ["Çok korkuyorum, bu gece yalnızım", "tr", "fear"],
    ["Saya sangat sedih hari ini", "id", "sadness"],
    ["Aku takut sekali sama dia", "id", "fear"],
    ["من امروز خیلی خوشحالم", "fa", "joy"],
    ["من خیلی می‌ترسم", "fa", "fear"],
    ["أنا حزين جدا اليوم", "ar", "sadness"],
    ["أنا غاضب منك", "ar", "anger"],
  ])("reads %j (%s) as %s from its word list, weakly", (text, language, label) => {
    const a = engine.analyze(text);
    expect(a.language).toBe(language);
    expect(a.source).toBe("lexicon");
    expect(a.dominant).toBe(label);
    expect(a.confidence).toBeLessThanOrEqual(LEXICON_MAX_CONFIDENCE);
    expect(isStrongEmotion(a)).toBe(false);
  });

  it.each<[string, string]>([
    ["Я не рад", "ru"],
    ["No estoy feliz", "es"],
    ["Ich bin nicht glücklich", "de"],
    ["Mutlu değilim", "tr"],
    ["Saya tidak senang", "id"],
  ])("does not read negated joy (%j) as joy", (text, language) => {
    const a = engine.analyze(text, { language });
    expect(a.dominant).not.toBe("joy");
    expect(a.scores.joy).toBeLessThan(0.2);
  });

  it("takes the caller's language over detection, and reads a language with no list as a faint neutral", () => {
    expect(engine.analyze("Estoy feliz", { language: "es-MX" }).dominant).toBe("joy");
    const polish = engine.analyze("Jestem bardzo szczęśliwy dzisiaj", { language: "pl" });
    expect(polish.source).toBe("lexicon");
    expect(polish.dominant).toBe("neutral");
    expect(polish.confidence).toBeLessThan(0.2);
    // Emoji mean the same in every language.
    expect(engine.analyze("Jestem 😭😭", { language: "pl" }).dominant).toBe("sadness");
  });

  it("guards the model on Latin text nobody can place, without dropping its labels", () => {
    const swahili = "Leo nimechoka sana na nina huzuni kubwa";
    expect(readingPlan(swahili)).toMatchObject({ model: true, guarded: true });
    const a = engine.analyze(swahili);
    expect(isStrongEmotion(a)).toBe(false);
    expect(a.confidence).toBeLessThanOrEqual(0.5);
    // A word a Latin-script list knows decides it, even when the detector cannot place the text.
    expect(engine.analyze("Bugun cok mutluyum")).toMatchObject({ source: "lexicon", dominant: "joy" });
  });
});

describe("English still goes to the model", () => {
  it.each([
    "I am so angry at you, stop lying to me",
    "He's gotta be a robot or a test tube baby. Only explanation.",
    "As a democrat, even I am afraid of a super majority.",
    "lol",
  ])("reads %j with the model", (text) => {
    const a = engine.analyze(text);
    expect(a.source).toBe("model");
    expect(a.confidence).toBeGreaterThan(0);
    expect(a.confidence).toBeLessThanOrEqual(1);
  });

  it("is confident on a clear English emotion and reads emoji-only text with the model", () => {
    const a = engine.analyze("I'm so happy today, thank you so much!");
    expect(a.dominant).toBe("joy");
    expect(a.confidence).toBeGreaterThan(0.7);
    expect(engine.analyze("😡😡").source).toBe("model");
  });
});

describe("word lists", () => {
  it("match stems, whole words, Arabic clitics and Persian half-spaces", () => {
    const joy = EKMAN_LABELS.indexOf("joy");
    const sadness = EKMAN_LABELS.indexOf("sadness");
    expect(lexiconVotes("радостный день", ["ru"]).votes[joy]).toBe(1);
    // "ради" (for the sake of) is not "рад" (glad).
    expect(lexiconVotes("ради тебя", ["ru"]).matched).toBe(0);
    // Indonesian "kesalahan" (mistake) is not "kesal" (annoyed).
    expect(lexiconVotes("itu kesalahan saya", ["id"]).matched).toBe(0);
    expect(lexiconVotes("والحزن", ["ar"]).votes[sadness]).toBe(1);
    expect(lexiconVotes("نمی‌ترسم", ["fa"]).votes.reduce((a, b) => a + b, 0)).toBe(0);
    expect(lexiconVotes("İĞRENÇ", ["tr"]).matched).toBe(1);
  });
});
