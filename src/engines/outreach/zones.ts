/**
 * Time zones from what a person types when asked where they are: a city name (in its own script or
 * in Latin letters, with or without diacritics) or a UTC offset ("UTC+3", "GMT-5:30", "+0330").
 * Cities map to IANA zones, whose rules (summer time included) come from the runtime's Intl data;
 * an offset is kept as a fixed zone ("UTC+03:30"), because Intl in Node 20 refuses offset names.
 * The table holds the cities most users of the bot's twelve locales live in; anything else can be
 * answered with an offset.
 */

/** A zone the service can compute with: an IANA name, or "UTC±HH:MM". */
export type Zone = string;

// Written as people type them; keys are folded by `foldCity` when the table is built.
const CITY_ZONES: Record<string, string> = {
  // English
  london: "Europe/London",
  manchester: "Europe/London",
  edinburgh: "Europe/London",
  dublin: "Europe/Dublin",
  "new york": "America/New_York",
  nyc: "America/New_York",
  boston: "America/New_York",
  washington: "America/New_York",
  miami: "America/New_York",
  atlanta: "America/New_York",
  chicago: "America/Chicago",
  houston: "America/Chicago",
  dallas: "America/Chicago",
  denver: "America/Denver",
  phoenix: "America/Phoenix",
  "los angeles": "America/Los_Angeles",
  "san francisco": "America/Los_Angeles",
  seattle: "America/Los_Angeles",
  toronto: "America/Toronto",
  vancouver: "America/Vancouver",
  sydney: "Australia/Sydney",
  melbourne: "Australia/Melbourne",
  auckland: "Pacific/Auckland",
  singapore: "Asia/Singapore",
  "hong kong": "Asia/Hong_Kong",
  tokyo: "Asia/Tokyo",
  delhi: "Asia/Kolkata",
  "new delhi": "Asia/Kolkata",
  mumbai: "Asia/Kolkata",
  bangalore: "Asia/Kolkata",
  lagos: "Africa/Lagos",
  nairobi: "Africa/Nairobi",
  johannesburg: "Africa/Johannesburg",
  // Russian
  moscow: "Europe/Moscow",
  москва: "Europe/Moscow",
  "saint petersburg": "Europe/Moscow",
  "st petersburg": "Europe/Moscow",
  "санкт-петербург": "Europe/Moscow",
  питер: "Europe/Moscow",
  спб: "Europe/Moscow",
  казань: "Europe/Moscow",
  kazan: "Europe/Moscow",
  самара: "Europe/Samara",
  екатеринбург: "Asia/Yekaterinburg",
  yekaterinburg: "Asia/Yekaterinburg",
  новосибирск: "Asia/Novosibirsk",
  novosibirsk: "Asia/Novosibirsk",
  красноярск: "Asia/Krasnoyarsk",
  иркутск: "Asia/Irkutsk",
  владивосток: "Asia/Vladivostok",
  vladivostok: "Asia/Vladivostok",
  калининград: "Europe/Kaliningrad",
  минск: "Europe/Minsk",
  minsk: "Europe/Minsk",
  алматы: "Asia/Almaty",
  almaty: "Asia/Almaty",
  ташкент: "Asia/Tashkent",
  tashkent: "Asia/Tashkent",
  тбилиси: "Asia/Tbilisi",
  tbilisi: "Asia/Tbilisi",
  ереван: "Asia/Yerevan",
  yerevan: "Asia/Yerevan",
  // Ukrainian
  kyiv: "Europe/Kyiv",
  kiev: "Europe/Kyiv",
  київ: "Europe/Kyiv",
  киев: "Europe/Kyiv",
  lviv: "Europe/Kyiv",
  львів: "Europe/Kyiv",
  львов: "Europe/Kyiv",
  kharkiv: "Europe/Kyiv",
  харків: "Europe/Kyiv",
  харьков: "Europe/Kyiv",
  odesa: "Europe/Kyiv",
  odessa: "Europe/Kyiv",
  одеса: "Europe/Kyiv",
  одесса: "Europe/Kyiv",
  дніпро: "Europe/Kyiv",
  dnipro: "Europe/Kyiv",
  // Spanish
  madrid: "Europe/Madrid",
  barcelona: "Europe/Madrid",
  valencia: "Europe/Madrid",
  sevilla: "Europe/Madrid",
  seville: "Europe/Madrid",
  "mexico city": "America/Mexico_City",
  "ciudad de mexico": "America/Mexico_City",
  cdmx: "America/Mexico_City",
  guadalajara: "America/Mexico_City",
  monterrey: "America/Monterrey",
  "buenos aires": "America/Argentina/Buenos_Aires",
  bogota: "America/Bogota",
  medellin: "America/Bogota",
  lima: "America/Lima",
  santiago: "America/Santiago",
  caracas: "America/Caracas",
  quito: "America/Guayaquil",
  montevideo: "America/Montevideo",
  "la paz": "America/La_Paz",
  "las palmas": "Atlantic/Canary",
  tenerife: "Atlantic/Canary",
  // Portuguese
  "sao paulo": "America/Sao_Paulo",
  "rio de janeiro": "America/Sao_Paulo",
  rio: "America/Sao_Paulo",
  brasilia: "America/Sao_Paulo",
  "belo horizonte": "America/Sao_Paulo",
  salvador: "America/Bahia",
  recife: "America/Recife",
  fortaleza: "America/Fortaleza",
  manaus: "America/Manaus",
  "porto alegre": "America/Sao_Paulo",
  curitiba: "America/Sao_Paulo",
  lisboa: "Europe/Lisbon",
  lisbon: "Europe/Lisbon",
  porto: "Europe/Lisbon",
  luanda: "Africa/Luanda",
  maputo: "Africa/Maputo",
  // German
  berlin: "Europe/Berlin",
  hamburg: "Europe/Berlin",
  munchen: "Europe/Berlin",
  munich: "Europe/Berlin",
  koln: "Europe/Berlin",
  cologne: "Europe/Berlin",
  frankfurt: "Europe/Berlin",
  stuttgart: "Europe/Berlin",
  dusseldorf: "Europe/Berlin",
  leipzig: "Europe/Berlin",
  wien: "Europe/Vienna",
  vienna: "Europe/Vienna",
  zurich: "Europe/Zurich",
  bern: "Europe/Zurich",
  basel: "Europe/Zurich",
  amsterdam: "Europe/Amsterdam",
  prag: "Europe/Prague",
  prague: "Europe/Prague",
  warsaw: "Europe/Warsaw",
  warschau: "Europe/Warsaw",
  // French
  paris: "Europe/Paris",
  lyon: "Europe/Paris",
  marseille: "Europe/Paris",
  toulouse: "Europe/Paris",
  nice: "Europe/Paris",
  bordeaux: "Europe/Paris",
  bruxelles: "Europe/Brussels",
  brussels: "Europe/Brussels",
  geneve: "Europe/Zurich",
  geneva: "Europe/Zurich",
  luxembourg: "Europe/Luxembourg",
  montreal: "America/Toronto",
  quebec: "America/Toronto",
  dakar: "Africa/Dakar",
  abidjan: "Africa/Abidjan",
  // Italian
  roma: "Europe/Rome",
  rome: "Europe/Rome",
  milano: "Europe/Rome",
  milan: "Europe/Rome",
  napoli: "Europe/Rome",
  naples: "Europe/Rome",
  torino: "Europe/Rome",
  turin: "Europe/Rome",
  firenze: "Europe/Rome",
  florence: "Europe/Rome",
  bologna: "Europe/Rome",
  palermo: "Europe/Rome",
  venezia: "Europe/Rome",
  venice: "Europe/Rome",
  // Turkish
  istanbul: "Europe/Istanbul",
  ankara: "Europe/Istanbul",
  izmir: "Europe/Istanbul",
  bursa: "Europe/Istanbul",
  antalya: "Europe/Istanbul",
  adana: "Europe/Istanbul",
  baku: "Asia/Baku",
  bakü: "Asia/Baku",
  // Indonesian
  jakarta: "Asia/Jakarta",
  bandung: "Asia/Jakarta",
  surabaya: "Asia/Jakarta",
  yogyakarta: "Asia/Jakarta",
  semarang: "Asia/Jakarta",
  medan: "Asia/Jakarta",
  bali: "Asia/Makassar",
  denpasar: "Asia/Makassar",
  makassar: "Asia/Makassar",
  jayapura: "Asia/Jayapura",
  "kuala lumpur": "Asia/Kuala_Lumpur",
  // Persian
  tehran: "Asia/Tehran",
  تهران: "Asia/Tehran",
  mashhad: "Asia/Tehran",
  مشهد: "Asia/Tehran",
  isfahan: "Asia/Tehran",
  اصفهان: "Asia/Tehran",
  shiraz: "Asia/Tehran",
  شیراز: "Asia/Tehran",
  tabriz: "Asia/Tehran",
  تبریز: "Asia/Tehran",
  karaj: "Asia/Tehran",
  کرج: "Asia/Tehran",
  kabul: "Asia/Kabul",
  کابل: "Asia/Kabul",
  herat: "Asia/Kabul",
  هرات: "Asia/Kabul",
  dushanbe: "Asia/Dushanbe",
  دوشنبه: "Asia/Dushanbe",
  // Arabic
  cairo: "Africa/Cairo",
  القاهرة: "Africa/Cairo",
  alexandria: "Africa/Cairo",
  الإسكندرية: "Africa/Cairo",
  riyadh: "Asia/Riyadh",
  الرياض: "Asia/Riyadh",
  jeddah: "Asia/Riyadh",
  جدة: "Asia/Riyadh",
  mecca: "Asia/Riyadh",
  مكة: "Asia/Riyadh",
  dubai: "Asia/Dubai",
  دبي: "Asia/Dubai",
  "abu dhabi": "Asia/Dubai",
  "أبو ظبي": "Asia/Dubai",
  doha: "Asia/Qatar",
  الدوحة: "Asia/Qatar",
  kuwait: "Asia/Kuwait",
  الكويت: "Asia/Kuwait",
  baghdad: "Asia/Baghdad",
  بغداد: "Asia/Baghdad",
  amman: "Asia/Amman",
  عمان: "Asia/Amman",
  beirut: "Asia/Beirut",
  بيروت: "Asia/Beirut",
  damascus: "Asia/Damascus",
  دمشق: "Asia/Damascus",
  casablanca: "Africa/Casablanca",
  "الدار البيضاء": "Africa/Casablanca",
  rabat: "Africa/Casablanca",
  الرباط: "Africa/Casablanca",
  algiers: "Africa/Algiers",
  الجزائر: "Africa/Algiers",
  tunis: "Africa/Tunis",
  تونس: "Africa/Tunis",
  khartoum: "Africa/Khartoum",
  الخرطوم: "Africa/Khartoum",
  muscat: "Asia/Muscat",
  مسقط: "Asia/Muscat",
};

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
