import { describe, expect, it } from "vitest";
import {
  classifyRoom,
  contentStems,
  extractFacts,
  findTimeMentions,
  formatMemoryLine,
  formatWhen,
  parseDateText,
  stem,
} from "../../src/engines/memory-palace/index.ts";

const day = 86_400_000;
const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);

describe("stemmer", () => {
  it("maps inflections of one word to one stem", () => {
    expect(stem("running")).toBe(stem("runs"));
    expect(stem("running")).toBe(stem("ran"));
    expect(stem("adoption")).toBe(stem("adopted"));
    expect(stem("agencies")).toBe(stem("agency"));
    expect(stem("connection")).toBe(stem("connected"));
    expect(stem("painting")).toBe(stem("paints"));
  });

  it("follows the Porter rules on the paper's examples", () => {
    expect(stem("caresses")).toBe("caress");
    expect(stem("ponies")).toBe("poni");
    expect(stem("hopping")).toBe("hop");
    expect(stem("filing")).toBe("file");
    expect(stem("relational")).toBe("relat");
    expect(stem("generalization")).toBe("gener");
  });

  it("keeps different words apart", () => {
    expect(stem("university")).not.toBe(stem("universe") + "x");
    expect(stem("dog")).not.toBe(stem("dot"));
  });

  it("drops stop words and folds possessives when tokenizing", () => {
    expect(contentStems("Jon's dog is running in the park")).toEqual(["jon", "dog", "run", "park"]);
  });
});

describe("time expressions", () => {
  const ref = Date.UTC(2023, 4, 8, 13, 56); // Monday 8 May 2023

  it("resolves relative days and weeks", () => {
    const [y] = findTimeMentions("I went there yesterday", ref);
    expect(iso(y!.window.start)).toBe("2023-05-07");
    const [w] = findTimeMentions("we met last week", ref);
    expect(w!.window.start).toBeLessThanOrEqual(Date.UTC(2023, 4, 1));
    expect(w!.window.end).toBeLessThan(Date.UTC(2023, 4, 8));
  });

  it("resolves months, years ago and explicit dates", () => {
    const [may] = findTimeMentions("what did I do in March?", ref);
    expect(iso(may!.window.start)).toBe("2023-03-01");
    expect(iso(may!.window.end)).toBe("2023-03-31");
    const [ago] = findTimeMentions("that was two years ago", ref);
    const mid = (ago!.window.start + ago!.window.end) / 2;
    expect(Math.abs(mid - (ref - 2 * 365.25 * day))).toBeLessThan(2 * day);
    const [date] = findTimeMentions("Who did Maria have dinner with on May 3, 2023?", ref);
    expect(iso(date!.window.start)).toBe("2023-05-03");
    expect(date!.window.end - date!.window.start).toBeLessThan(day);
  });

  it("puts a month later than now in the previous year", () => {
    const [m] = findTimeMentions("in July", ref);
    expect(iso(m!.window.start)).toBe("2022-07-01");
  });

  it("parses LoCoMo-style session dates", () => {
    expect(parseDateText("1:56 pm on 8 May, 2023")).toBe(Date.UTC(2023, 4, 8, 13, 56));
    expect(parseDateText("12:24 am on 7 April, 2023")).toBe(Date.UTC(2023, 3, 7, 0, 24));
    expect(parseDateText("no date here")).toBeUndefined();
  });

  it("formats when something was said", () => {
    expect(formatWhen(Date.UTC(2026, 4, 12), Date.UTC(2026, 5, 2))).toBe("3 weeks ago (12 May 2026)");
    expect(formatWhen(Date.UTC(2026, 5, 1, 9), Date.UTC(2026, 5, 2, 8))).toBe("yesterday (1 June 2026)");
    expect(formatWhen(Date.UTC(2024, 5, 2), Date.UTC(2026, 5, 2))).toBe("2 years ago (2 June 2024)");
  });

  it("formats memories as dated prompt lines", () => {
    const base = { id: "m1", room: "hobbies" as const, createdAt: Date.UTC(2026, 4, 12), updatedAt: 0 };
    const common = { ...base, sourceIds: ["1"], salience: 0.5, mentions: 1, speaker: "Anna" };
    const now = Date.UTC(2026, 5, 2);
    expect(formatMemoryLine({ ...common, kind: "episode", text: "I started pottery" }, now)).toBe(
      "[3 weeks ago (12 May 2026)] Anna: I started pottery",
    );
    expect(formatMemoryLine({ ...common, kind: "fact", text: "Anna does pottery" }, now)).toBe(
      "[3 weeks ago (12 May 2026)] Anna does pottery",
    );
  });
});

describe("rooms", () => {
  it("files clear examples under the right room", () => {
    expect(classifyRoom("My dog Max loves chasing his ball at the vet's parking lot")).toBe("pets");
    expect(classifyRoom("I work as a nurse and my boss gave me a promotion")).toBe("work");
    expect(classifyRoom("The doctor says my headache comes from lack of sleep")).toBe("health");
    expect(classifyRoom("My sister and her husband are visiting my mom")).toBe("people");
    expect(classifyRoom("I'm taking an exam for my university course")).toBe("education");
    expect(classifyRoom("I moved to a new apartment in the city")).toBe("places");
    expect(classifyRoom("lol")).toBe("episodes");
  });
});

describe("fact rules", () => {
  it("rewrites first-person statements as facts about the speaker", () => {
    const facts = extractFacts(
      "Hi! My name is Anna. My sister is called Maria and I work as a nurse.",
      "Anna",
    );
    const texts = facts.map((f) => f.text);
    expect(texts).toContain("Anna's name is Anna");
    expect(texts).toContain("Anna's sister is Maria");
    expect(texts.some((t) => t.startsWith("Anna works as a nurse"))).toBe(true);
    expect(facts.find((f) => f.text.startsWith("Anna works"))?.room).toBe("work");
  });

  it("extracts nothing from small talk", () => {
    expect(extractFacts("haha yes, see you soon!", "Bo")).toEqual([]);
  });
});
