import { describe, expect, it } from "vitest";
import { extractFacts, findTimeMentions } from "../../src/engines/memory-palace/index.ts";
import { stemPersian, stemUkrainian } from "../../src/engines/memory-palace/stem-rules.ts";
import { stemWord } from "../../src/engines/memory-palace/stemmers.ts";
import { normalizeText, textLanguage } from "../../src/engines/memory-palace/text-language.ts";
import { contentStems, words } from "../../src/engines/memory-palace/tokenize.ts";

const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

describe("tokenisation in every script", () => {
  it("keeps Cyrillic, Greek, Hebrew, Devanagari and Arabic-script words", () => {
    expect(words("Мою дочь зовут Матильда")).toEqual(["мою", "дочь", "зовут", "матильда"]);
    expect(words("Η κόρη μου παίζει τσέλο")).toEqual(["η", "κόρη", "μου", "παίζει", "τσέλο"]);
    expect(words("הבת שלי מנגנת בצ'לו")).toContain("מנגנת");
    expect(words("मेरी बेटी सेलो बजाती है")).toEqual(["मेरी", "बेटी", "सेलो", "बजाती", "है"]);
    expect(words("ابنتي تعزف على التشيلو")).toEqual(["ابنتي", "تعزف", "علي", "التشيلو"]);
  });

  it("segments scripts written without spaces", () => {
    const zh = words("我的女儿拉大提琴");
    expect(zh.length).toBeGreaterThan(2);
    expect(zh.join("")).toBe("我的女儿拉大提琴");
    expect(zh).toContain("女儿");
    const th = words("ลูกสาวของฉันเล่นเชลโล");
    expect(th.length).toBeGreaterThan(2);
    expect(th.join("")).toBe("ลูกสาวของฉันเล่นเชลโล");
    expect(words("娘はチェロを弾きます")).toContain("チェロ");
  });

  it("folds Persian and Arabic spellings of one word together", () => {
    // Persian yeh/kaf against Arabic yeh/kaf, a zero-width non-joiner, harakat and tatweel.
    expect(normalizeText("کتاب‌های یک", "fa")).toBe(normalizeText("كتابهاي يك", "fa"));
    expect(normalizeText("مُحَمَّد", "ar")).toBe("محمد");
    expect(normalizeText("جميـــل", "ar")).toBe("جميل");
    expect(normalizeText("أحمد إلى آخر", "ar")).toBe("احمد الي اخر");
    expect(normalizeText("۱۴۰۳ و ٢٠٢٤", "fa")).toBe("1403 و 2024");
  });

  it("lower-cases Turkish with its own dotted and dotless i", () => {
    expect(words("İstanbul'da IRMAK", "tr")).toEqual(["istanbul", "ırmak"]);
    expect(words("ISTANBUL", "en")).toEqual(["istanbul"]);
  });

  it("drops each language's stop words and splits French elisions", () => {
    expect(contentStems("Мою дочь зовут Матильда", "ru")).toEqual(["доч", "зовут", "матильд"]);
    expect(words("l'école de ma fille", "fr")).toEqual(["l", "école", "de", "ma", "fille"]);
    expect(contentStems("l'école de ma fille", "fr")).toEqual(["écol", "fill"]);
    expect(contentStems("Die Kinder spielen im Garten", "de")).toEqual(["kind", "spiel", "gart"]);
  });
});

describe("language of a memory", () => {
  it("tells the twelve locales apart in ordinary sentences", () => {
    const samples: [string, string][] = [
      ["en", "My daughter plays the cello in the school orchestra"],
      ["ru", "Моя дочь играет на виолончели в школьном оркестре"],
      ["uk", "Моя донька грає на віолончелі в шкільному оркестрі"],
      ["es", "Mi hija toca el violonchelo en la orquesta del colegio"],
      ["pt", "Minha filha toca violoncelo na orquestra da escola"],
      ["de", "Meine Tochter spielt Cello im Schulorchester"],
      ["fr", "Ma fille joue du violoncelle dans l'orchestre de l'école"],
      ["it", "Mia figlia suona il violoncello nell'orchestra della scuola"],
      ["tr", "Kızım okul orkestrasında viyolonsel çalıyor"],
      ["id", "Anak perempuan saya bermain cello di orkestra sekolah"],
      ["fa", "دخترم در ارکستر مدرسه ویولنسل می‌نوازد"],
      ["ar", "ابنتي تعزف على التشيلو في أوركسترا المدرسة"],
    ];
    for (const [lang, text] of samples) expect(textLanguage(text), text).toBe(lang);
  });

  it("lets the user's usual language settle a question too short to tell", () => {
    expect(textLanguage("Dove lavoro?", "it")).toBe("it");
    expect(textLanguage("Onde moro?", "pt")).toBe("pt");
    expect(textLanguage("Где я работаю?", "uk")).toBe("ru");
  });
});

describe("stemming per language", () => {
  const same = (lang: string, a: string, b: string): void => {
    expect(stemWord(normalizeText(a, lang), lang), `${lang}: ${a} / ${b}`).toBe(
      stemWord(normalizeText(b, lang), lang),
    );
  };

  it("joins inflected forms in every locale", () => {
    same("en", "daughters", "daughter");
    same("ru", "виолончели", "виолончель");
    same("ru", "дочери", "дочь");
    same("uk", "доньку", "донька");
    same("uk", "працюю", "працювати");
    same("es", "trabajando", "trabajo");
    same("pt", "cachorros", "cachorro");
    same("de", "Töchter", "Tochter");
    same("fr", "travaille", "travailler");
    same("it", "figlie", "figlia");
    same("tr", "kızımın", "kızım");
    same("id", "pekerjaan", "bekerja");
    same("fa", "دخترهایم", "دختر");
    same("ar", "المدرسة", "مدرسة");
    same("ar", "كتابي", "الكتاب");
  });

  it("uses Snowball's own stems where Snowball has the language", () => {
    expect(stemWord("generously", "en")).toBe("gener");
    expect(stemWord("играет", "ru")).toBe("игра");
    expect(stemWord("bermain", "id")).toBe("main");
    expect(stemWord("heißt", "de")).toBe("heisst");
  });

  it("keeps stems long enough to tell words apart in the rule-based stemmers", () => {
    expect(stemUkrainian("віолончелі")).toBe("віолончел");
    expect(stemUkrainian("грала")).toBe("гра");
    expect(stemUkrainian("кіт")).toBe("кіт");
    expect(stemPersian(normalizeText("می‌نوازد", "fa"))).toBe(normalizeText("نواز", "fa"));
    expect(stemPersian(normalizeText("کار", "fa"))).toBe(normalizeText("کار", "fa"));
  });

  it("hands Latin words in a Cyrillic text to the English stemmer", () => {
    expect(stemWord("concerts", "ru")).toBe("concert");
  });
});

describe("time expressions in every locale", () => {
  const ref = Date.UTC(2026, 4, 13, 12); // Wednesday 13 May 2026
  const cases: [string, string, string, string][] = [
    ["en", "I saw her yesterday", "2026-05-12", "2026-05-12"],
    ["ru", "Вчера мы ходили в театр", "2026-05-12", "2026-05-12"],
    ["uk", "Позавчора я була в Києві", "2026-05-11", "2026-05-11"],
    ["es", "La semana pasada fui al médico", "2026-05-04", "2026-05-12"],
    ["es", "Hace dos días que no duermo", "2026-05-10", "2026-05-12"],
    ["pt", "Há três semanas fomos à praia", "2026-04-19", "2026-04-26"],
    ["de", "Letzten Montag hat es geregnet", "2026-05-11", "2026-05-11"],
    ["de", "Im März war ich krank", "2026-03-01", "2026-03-31"],
    ["fr", "Lundi dernier, j'ai vu ma sœur", "2026-05-11", "2026-05-11"],
    ["it", "Ieri sono andata al mare", "2026-05-12", "2026-05-12"],
    ["tr", "Geçen hafta Ankara'daydım", "2026-05-04", "2026-05-12"],
    ["tr", "İki gün önce taşındık", "2026-05-10", "2026-05-12"],
    ["id", "Minggu lalu saya ke Bandung", "2026-05-06", "2026-05-06"],
    ["fa", "دیروز به پارک رفتیم", "2026-05-12", "2026-05-12"],
    ["fa", "دوشنبه گذشته باران آمد", "2026-05-11", "2026-05-11"],
    ["ar", "ذهبت إلى السوق أمس", "2026-05-12", "2026-05-12"],
  ];
  for (const [lang, text, start, end] of cases) {
    it(`${lang}: ${text}`, () => {
      const [m] = findTimeMentions(text, ref, lang);
      expect(m, text).toBeDefined();
      expect(iso(m!.window.start)).toBe(start);
      expect(iso(m!.window.end)).toBe(end);
    });
  }

  it("finds no time in a sentence without one", () => {
    expect(findTimeMentions("Мою дочь зовут Матильда, ей 5 лет", ref, "ru")).toEqual([]);
    expect(findTimeMentions("Ich habe 3 Katzen", ref, "de")).toEqual([]);
  });
});

describe("offline fact rules in every locale", () => {
  const cases: [string, string, string][] = [
    ["Мою дочь зовут Матильда, она играет на виолончели.", "Мою дочь зовут Матильда", "people"],
    ["Я работаю медсестрой в детской больнице.", "Я работаю медсестрой в детской больнице", "work"],
    ["Мого сина звати Тарас.", "Мого сина звати Тарас", "people"],
    ["Я живу у Львові вже три роки.", "Я живу у Львові вже три роки", "places"],
    ["Mi hija se llama Matilda y toca el violonchelo.", "Mi hija se llama Matilda", "people"],
    ["Me encanta el café con canela.", "Me encanta el café con canela", "preferences"],
    ["Moro em Curitiba com meu marido.", "Moro em Curitiba com meu marido", "places"],
    ["Meine Tochter heißt Matilda.", "Meine Tochter heißt Matilda", "people"],
    ["Ich arbeite als Krankenpfleger in Hamburg.", "Ich arbeite als Krankenpfleger in Hamburg", "work"],
    ["Mon chien s'appelle Biscuit.", "Mon chien s'appelle Biscuit", "pets"],
    ["Lavoro come infermiera a Bologna.", "Lavoro come infermiera a Bologna", "work"],
    ["Kızımın adı Matilda.", "Kızımın adı Matilda", "people"],
    ["Kitap okumayı çok seviyorum.", "Kitap okumayı çok seviyorum", "preferences"],
    ["Saya tinggal di Bandung bersama keluarga.", "Saya tinggal di Bandung bersama keluarga", "places"],
    ["دخترم ماتیلدا نام دارد.", "دخترم ماتیلدا نام دارد", "people"],
    ["من در بیمارستان کار می‌کنم.", "من در بیمارستان کار می‌کنم", "work"],
    ["اسم ابنتي ماتيلدا.", "اسم ابنتي ماتيلدا", "people"],
    ["أسكن في عمّان مع عائلتي.", "أسكن في عمّان مع عائلتي", "places"],
  ];
  for (const [text, clause, room] of cases) {
    it(text, () => {
      const facts = extractFacts(text, "Anna");
      expect(facts).toContainEqual(expect.objectContaining({ text: `Anna: ${clause}`, room }));
    });
  }

  it("does not take a lower-case word for a name", () => {
    expect(extractFacts("Mi hija se llama como su abuela.", "Anna")).toEqual([]);
    expect(extractFacts("Meine Tochter heißt eigentlich anders.", "Anna")).toEqual([]);
  });
});
