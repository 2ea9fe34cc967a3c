/**
 * "yesterday", "3 weeks ago", "vor 5 Minuten", "قبل ٣ أيام": how long ago something was, in a
 * locale, through Intl.RelativeTimeFormat (CLDR's own words and plural rules for every language).
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const formatters = new Map<string, Intl.RelativeTimeFormat>();
const formatter = (locale: string) => {
  let f = formatters.get(locale);
  if (!f) {
    f = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
    formatters.set(locale, f);
  }
  return f;
};

const startOfDay = (t: number) => {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
};

/** How many calendar days ago `t` was, in words: today, yesterday, 5 days, 3 weeks, 4 months, 2 years. */
export function daysAgo(t: number, now: number, locale: string): string {
  const days = Math.round((startOfDay(now) - startOfDay(t)) / DAY);
  const abs = Math.abs(days);
  const sign = days > 0 ? -1 : 1;
  const f = formatter(locale);
  if (abs < 14) return f.format(sign * abs, "day");
  if (abs < 60) return f.format(sign * Math.round(abs / 7), "week");
  if (abs < 730) return f.format(sign * Math.round(abs / 30.44), "month");
  return f.format(sign * Math.round(abs / 365.25), "year");
}

/** How long ago `t` was at minute precision: now, 5 minutes, 3 hours, 4 days. */
export function timeAgo(t: number, now: number, locale: string): string {
  const minutes = Math.max(0, Math.floor((now - t) / MINUTE));
  const f = formatter(locale);
  if (minutes < 1) return f.format(0, "second");
  if (minutes < 60) return f.format(-minutes, "minute");
  if (minutes < 48 * 60) return f.format(-Math.floor(minutes / 60), "hour");
  return f.format(-Math.floor(minutes / 1440), "day");
}
