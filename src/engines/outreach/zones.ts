/**
 * Time zones from what a person types when asked where they are: a city name (in its own script or
 * in Latin letters, with or without diacritics) or a UTC offset ("UTC+3", "GMT-5:30", "+0330").
 * Cities map to IANA zones, whose rules (summer time included) come from the runtime's Intl data;
 * an offset is kept as a fixed zone ("UTC+03:30"), because Intl in Node 20 refuses offset names.
 * The table holds the cities most users of the bot's twelve locales live in; anything else can be
 * answered with an offset.
 */

import { CITY_ZONES } from "./cities.ts";

/** A zone the service can compute with: an IANA name, or "UTC±HH:MM". */
export type Zone = string;

/** Lower case, no diacritics, one spelling per Arabic-script letter, single spaces. */
export function foldCity(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, "")
    .toLocaleLowerCase("tr")
    .replace(/ı/g, "i")
    .replace(/[\u06cc\u0649]/g, "\u064a")
    .replace(/\u06a9/g, "\u0643")
    .replace(/[\u0623\u0625\u0622]/g, "\u0627")
    .replace(/\u0629/g, "\u0647")
    .replace(/[.,!?;:'"«»()]/g, " ")
    .replace(/[\s_-]+/g, " ")
    .trim();
}

const CITIES = new Map(Object.entries(CITY_ZONES).map(([city, zone]) => [foldCity(city), zone]));

const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
const OFFSET_RE = /^(?:utc|gmt|ut|z)?\s*([+\u2212-])\s*(\d{1,2})(?:[:.h]?(\d{2}))?$/i;

/** "UTC+03:30" for an offset in minutes. */
export function fixedZone(offsetMinutes: number): Zone {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `UTC${sign}${hh}:${mm}`;
}

const FIXED_RE = /^UTC([+-])(\d{2}):(\d{2})$/;

/** True for a zone this module can compute with (a known IANA name or a fixed offset). */
export function isValidZone(zone: string): boolean {
  if (FIXED_RE.test(zone)) return true;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone a person named: a city of the table, an IANA name ("Europe/Berlin"), or a UTC offset
 * between -12:00 and +14:00. Null when the text names none of these.
 */
export function parseZone(text: string): Zone | null {
  const raw = text.trim().replace(EASTERN_DIGITS, (c) => String((c.charCodeAt(0) - 0x0660) % 0x90));
  if (!raw || raw.length > 80) return null;
  const compact = raw.replace(/\s+/g, "");
  const offset = OFFSET_RE.exec(compact);
  if (offset) {
    const hours = Number(offset[2]);
    const minutes = Number(offset[3] ?? 0);
    const sign = offset[1] === "+" ? 1 : -1;
    const total = sign * (hours * 60 + minutes);
    if (minutes >= 60 || total < -12 * 60 || total > 14 * 60) return null;
    return fixedZone(total);
  }
  if (/^(utc|gmt)$/i.test(compact)) return "UTC";
  if (/^[A-Za-z]+\/[A-Za-z_/+-]+$/.test(compact) && isValidZone(compact)) return compact;
  const folded = foldCity(raw);
  const direct = CITIES.get(folded);
  if (direct) return direct;
  // "I live in Berlin", "Berlin, Germany": the longest city named anywhere in the answer.
  const words = folded.split(" ");
  for (let len = Math.min(3, words.length); len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const zone = CITIES.get(words.slice(i, i + len).join(" "));
      if (zone) return zone;
    }
  }
  return null;
}

const partsCache = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (zone: string) => {
  let f = partsCache.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partsCache.set(zone, f);
  }
  return f;
};

/** The zone's offset from UTC at instant `t`, in minutes (summer time included). */
export function offsetMinutes(zone: Zone, t: number): number {
  const fixed = FIXED_RE.exec(zone);
  if (fixed) return (fixed[1] === "-" ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3]));
  const parts = Object.fromEntries(
    formatterFor(zone)
      .formatToParts(new Date(t))
      .map((p) => [p.type, p.value]),
  );
  const local = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((local - Math.floor(t / 1000) * 1000) / 60_000);
}

/** Wall-clock fields of instant `t` in `zone`. */
export interface LocalTime {
  year: number;
  /** 0–11. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday. */
  weekday: number;
  /** Minutes since local midnight. */
  minuteOfDay: number;
  /** "2026-12-04": the local date, a stable key for "once a day". */
  date: string;
}

/** What the clock on the wall says in `zone` at instant `t`. */
export function localTime(zone: Zone, t: number): LocalTime {
  const d = new Date(t + offsetMinutes(zone, t) * 60_000);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  const day = d.getUTCDate();
  const hour = d.getUTCHours();
  const minute = d.getUTCMinutes();
  const date = `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return { year, month, day, hour, minute, weekday: d.getUTCDay(), minuteOfDay: hour * 60 + minute, date };
}

/**
 * The instant when the wall clock in `zone` shows the given date and time. A time skipped by a
 * summer-time jump resolves to the same wall time under the earlier offset (an hour later).
 */
export function zonedInstant(
  zone: Zone,
  year: number,
  month: number,
  day: number,
  minuteOfDay: number,
): number {
  const wall = Date.UTC(year, month, day, 0, minuteOfDay);
  let t = wall - offsetMinutes(zone, wall) * 60_000;
  // One correction covers a guess that landed across a summer-time change.
  const again = wall - offsetMinutes(zone, t) * 60_000;
  if (again !== t) t = again;
  return t;
}

/** A zone as people read it: the IANA name's city ("Berlin") or the offset ("UTC+03:30"). */
export function zoneLabel(zone: Zone): string {
  if (FIXED_RE.test(zone) || zone === "UTC") return zone;
  const city = zone.split("/").pop() ?? zone;
  return city.replace(/_/g, " ");
}
