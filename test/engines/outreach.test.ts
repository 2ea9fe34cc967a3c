/**
 * The outreach engine on a fixed clock: time zones from what people type, wall-clock math with
 * summer time, quiet hours across midnight, cadence slots, reminders in the twelve languages, and
 * what a check-in asks about (a follow-up the day after, never an ignored topic again).
 */
import { describe, expect, it } from "vitest";
import type { Memory } from "../../src/domain/memory.ts";
import {
  afterQuiet,
  isQuiet,
  localTime,
  nextCheckin,
  nextLocalSlot,
  offsetMinutes,
  parseReminder,
  parseZone,
  pickCheckinTopic,
  zonedInstant,
} from "../../src/engines/outreach/index.ts";

const H = 3_600_000;
const DAY = 24 * H;

describe("time zones", () => {
  it("reads cities in their own scripts and offsets", () => {
    expect(parseZone("Berlin")).toBe("Europe/Berlin");
    expect(parseZone("москва")).toBe("Europe/Moscow");
    expect(parseZone("Київ")).toBe("Europe/Kyiv");
    expect(parseZone("São Paulo")).toBe("America/Sao_Paulo");
    expect(parseZone("ciudad de méxico")).toBe("America/Mexico_City");
    expect(parseZone("İstanbul")).toBe("Europe/Istanbul");
    expect(parseZone("تهران")).toBe("Asia/Tehran");
    expect(parseZone("القاهرة")).toBe("Africa/Cairo");
    expect(parseZone("I live in New York")).toBe("America/New_York");
    expect(parseZone("UTC+3")).toBe("UTC+03:00");
    expect(parseZone("gmt -5:30")).toBe("UTC-05:30");
    expect(parseZone("+0330")).toBe("UTC+03:30");
    expect(parseZone("UTC+۳")).toBe("UTC+03:00");
    expect(parseZone("Asia/Tokyo")).toBe("Asia/Tokyo");
    expect(parseZone("UTC+15")).toBeNull();
    expect(parseZone("nowhere at all")).toBeNull();
  });

  it("computes wall time with summer time and fixed offsets", () => {
    const winter = Date.UTC(2026, 0, 15, 12);
    const summer = Date.UTC(2026, 6, 15, 12);
    expect(offsetMinutes("Europe/Berlin", winter)).toBe(60);
    expect(offsetMinutes("Europe/Berlin", summer)).toBe(120);
    expect(offsetMinutes("Asia/Tehran", winter)).toBe(210);
    expect(offsetMinutes("UTC-05:30", winter)).toBe(-330);
    expect(zonedInstant("Europe/Berlin", 2026, 6, 15, 9 * 60)).toBe(Date.UTC(2026, 6, 15, 7));
    expect(zonedInstant("America/New_York", 2026, 0, 15, 18 * 60)).toBe(Date.UTC(2026, 0, 15, 23));
    // 02:30 on the spring-forward night does not exist in Berlin: it lands an hour later.
    const skipped = zonedInstant("Europe/Berlin", 2026, 2, 29, 2 * 60 + 30);
    expect(localTime("Europe/Berlin", skipped).hour).toBe(3);
    expect(localTime("Asia/Tokyo", Date.UTC(2026, 11, 4, 15)).date).toBe("2026-12-05");
  });
});

describe("quiet hours and slots", () => {
  const quiet = { start: 22 * 60, end: 8 * 60 };
  it("quiet hours wrap past midnight in the user's zone", () => {
    // 23:00 in Tokyo is 14:00 UTC.
    const lateTokyo = Date.UTC(2026, 11, 4, 14);
    expect(isQuiet("Asia/Tokyo", quiet, lateTokyo)).toBe(true);
    expect(isQuiet("Europe/London", quiet, lateTokyo)).toBe(false);
    expect(afterQuiet("Asia/Tokyo", quiet, lateTokyo)).toBe(Date.UTC(2026, 11, 4, 23)); // 08:00 next day
    const earlyTokyo = Date.UTC(2026, 11, 4, 20); // 05:00 Tokyo
    expect(afterQuiet("Asia/Tokyo", quiet, earlyTokyo)).toBe(Date.UTC(2026, 11, 4, 23));
    expect(isQuiet("Asia/Tokyo", { start: 0, end: 0 }, lateTokyo)).toBe(false);
  });

  it("check-ins come at 18:00 local, moved out of quiet hours, slower when ignored", () => {
    const now = Date.UTC(2026, 11, 4, 12); // 07:00 in New York
    const first = nextCheckin({ zone: "America/New_York", quiet, cadence: "daily", now });
    expect(first).toBe(Date.UTC(2026, 11, 4, 23)); // 18:00 the same day
    const weekly = nextCheckin({ zone: "America/New_York", quiet, cadence: "weekly", now, last: first });
    expect(weekly - first).toBe(7 * DAY);
    const ignored = nextCheckin({
      zone: "America/New_York",
      quiet,
      cadence: "daily",
      now,
      last: first,
      ignoredInRow: 2,
    });
    expect(ignored - first).toBe(4 * DAY);
    const nightOwl = nextCheckin({
      zone: "UTC",
      quiet: { start: 17 * 60, end: 9 * 60 },
      cadence: "daily",
      now,
    });
    expect(localTime("UTC", nightOwl).hour).toBe(10);
    expect(nextLocalSlot("Asia/Tokyo", now, now, 0, 23 * 60 + 30)).toBe(Date.UTC(2026, 11, 4, 14, 30));
  });
});

describe("/remind in the user's language", () => {
  const now = Date.UTC(2026, 11, 4, 10); // 13:00 in Istanbul
  const nineTomorrow = Date.UTC(2026, 11, 5, 6);
  const cases: [string, string, string][] = [
    ["en", "tomorrow at 9 call mum", "call mum"],
    ["ru", "завтра в 9 позвонить маме", "позвонить маме"],
    ["uk", "завтра о 9 подзвонити мамі", "подзвонити мамі"],
    ["es", "mañana a las 9 llamar a mamá", "llamar a mamá"],
    ["pt", "amanhã às 9 ligar para a mãe", "ligar para a mãe"],
    ["de", "morgen um 9 Mama anrufen", "Mama anrufen"],
    ["fr", "demain à 9h appeler maman", "appeler maman"],
    ["it", "domani alle 9 chiamare la mamma", "chiamare la mamma"],
    ["tr", "yarın saat 9 annemi ara", "annemi ara"],
    ["id", "besok jam 9 telepon ibu", "telepon ibu"],
    ["fa", "فردا ساعت ۹ به مامان زنگ بزن", "به مامان زنگ بزن"],
    ["ar", "غدا الساعة 9 اتصل بأمي", "اتصل بأمي"],
  ];
  for (const [lang, text, what] of cases) {
    it(`${lang}: ${text}`, () => {
      expect(parseReminder(text, lang, now, "Europe/Istanbul")).toEqual({ ok: true, at: nineTomorrow, what });
    });
  }

  it("relative times, a day without a clock, and what it refuses", () => {
    const z = "Europe/Istanbul";
    expect(parseReminder("in 2 hours stretch", "en", now, z)).toEqual({
      ok: true,
      at: now + 2 * H,
      what: "stretch",
    });
    expect(parseReminder("10 dakika sonra çayı kapat", "tr", now, z)).toMatchObject({
      at: now + 10 * 60_000,
    });
    expect(parseReminder("۲۰ دقیقه دیگه چای", "fa", now, z)).toMatchObject({ at: now + 20 * 60_000 });
    expect(parseReminder("morgen Mama anrufen", "de", now, z)).toMatchObject({ at: nineTomorrow });
    expect(parseReminder("call mum", "en", now, z)).toEqual({ ok: false, reason: "no-time" });
    expect(parseReminder("yesterday at 9 call", "en", now, z)).toEqual({ ok: false, reason: "past" });
    expect(parseReminder("tomorrow at 9", "en", now, z)).toEqual({ ok: false, reason: "no-text" });
    expect(parseReminder("in 500 days renew", "en", now, z)).toEqual({ ok: false, reason: "too-far" });
  });
});

describe("what a check-in asks about", () => {
  const said = Date.UTC(2026, 11, 3, 9);
  const memory = (id: string, text: string, createdAt: number, room: Memory["room"] = "work"): Memory => ({
    id,
    room,
    text,
    speaker: "Ann",
    kind: "episode",
    createdAt,
    updatedAt: createdAt,
    sourceIds: [id],
    salience: 0.6,
    mentions: 1,
  });

  it("follows up an announced event the day after it, not before", () => {
    const memories = [
      memory("m1", "My job interview is tomorrow, I'm nervous", said),
      memory("m2", "I painted the kitchen walls green", said, "hobbies"),
    ];
    const onTheDay = pickCheckinTopic(memories, [], Date.UTC(2026, 11, 4, 18));
    expect(onTheDay.memoryId).not.toBe("m1");
    const dayAfter = pickCheckinTopic(memories, [], Date.UTC(2026, 11, 5, 18));
    expect(dayAfter).toMatchObject({ kind: "followup", memoryId: "m1" });
  });

  it("never asks about a memory twice nor about a topic the user ignored", () => {
    const now = Date.UTC(2026, 11, 5, 18);
    const memories = [
      memory("m1", "My job interview is tomorrow, I'm nervous", said),
      memory("m3", "The interview for the job went on and on", said + H),
    ];
    const asked = [{ memoryId: "m1", stems: ["job", "interview", "nervous"], answered: false }];
    expect(pickCheckinTopic(memories, asked, now)).toEqual({ kind: "general", memoryId: null, stems: [] });
    // Answered, the same memory is still not asked again, but another topic may be.
    const answered = [{ memoryId: "m1", stems: ["job", "interview", "nervous"], answered: true }];
    expect(pickCheckinTopic(memories, answered, now).memoryId).toBe("m3");
  });

  it("leaves out dreams and old memories", () => {
    const now = Date.UTC(2026, 11, 5, 18);
    const dream: Memory = {
      ...memory("d", "A whale sang in my kitchen tomorrow", said, "dreams"),
      kind: "dream",
    };
    const old = memory("o", "I started a new job", now - 30 * DAY);
    expect(pickCheckinTopic([dream, old], [], now).kind).toBe("general");
  });
});
