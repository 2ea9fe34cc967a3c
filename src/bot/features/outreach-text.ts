/**
 * The words of reaching out: dates and times in the user's zone and language, the /checkins
 * summary, quiet-hour presets, a diary entry with its mood, and the one-tap stop button every
 * proactive message carries. All text comes from locales/<locale>/outreach.ftl.
 */
import { InlineKeyboard } from "grammy";
import type { OutreachSettings } from "../../db/outreach-repository.ts";
import { HIGH_MOOD, LOW_MOOD } from "../../engines/emotion/index.ts";
import { offsetMinutes, type Zone, zoneLabel } from "../../engines/outreach/index.ts";
import type { Translate } from "../../i18n/index.ts";
import type { OutreachKind } from "../../services/outreach/outreach-service.ts";

/** Quiet-hour presets the /checkins menu cycles through, as [start, end] minutes; equal = none. */
export const QUIET_PRESETS: [number, number][] = [
  [22 * 60, 8 * 60],
  [23 * 60, 9 * 60],
  [21 * 60, 7 * 60],
  [0, 10 * 60],
  [0, 0],
];

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/** "22:00–08:00", or the word for none. */
export function quietText(t: Translate, start: number, end: number): string {
  return start === end ? t("outreach-quiet-none") : `${hhmm(start)}–${hhmm(end)}`;
}

/**
 * An instant as the user reads it: weekday, date and time on their wall clock, in their language.
 * Intl in Node 20 knows no fixed-offset zones, so the wall time is computed here and formatted as UTC.
 */
export function formatInZone(locale: string, zone: Zone, t: number, withDate = true): string {
  const wall = new Date(t + offsetMinutes(zone, t) * 60_000);
  const options: Intl.DateTimeFormatOptions = withDate
    ? {
        timeZone: "UTC",
        weekday: "short",
        day: "numeric",
        month: "short",
        hour: "2-digit",
        minute: "2-digit",
      }
    : { timeZone: "UTC", hour: "2-digit", minute: "2-digit" };
  try {
    return new Intl.DateTimeFormat(locale, options).format(wall);
  } catch {
    return new Intl.DateTimeFormat("en", options).format(wall);
  }
}

/** A local date key ("2026-12-04") as a long date in the user's language. */
export function formatDay(locale: string, day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  const options: Intl.DateTimeFormatOptions = {
    timeZone: "UTC",
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
  };
  try {
    return new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}

/** The zone as shown: its city or offset. */
export const zoneText = (t: Translate, zone: string | null) =>
  zone ? zoneLabel(zone) : t("outreach-zone-unset");

/** The /checkins menu: the current choices and a button per cadence, quiet hours and zone. */
export function checkinsMenu(t: Translate, s: OutreachSettings) {
  const text = t("outreach-checkins-menu", {
    cadence: t(`outreach-cadence-${s.checkins}`),
    quiet: quietText(t, s.quietStart, s.quietEnd),
    zone: zoneText(t, s.timeZone),
  });
  const kb = new InlineKeyboard();
  (["off", "daily", "few", "weekly"] as const).forEach((c, i) => {
    kb.text(`${s.checkins === c ? "✅ " : ""}${t(`outreach-cadence-${c}`)}`, `out:cad:${c}`);
    if (i % 2 === 1) kb.row();
  });
  kb.row()
    .text(t("outreach-button-quiet", { quiet: quietText(t, s.quietStart, s.quietEnd) }), "out:quiet")
    .row()
    .text(t("outreach-button-zone"), "out:tz");
  return { text, kb };
}

/** The one-tap stop under a proactive message of `kind`. */
export const stopButton = (t: Translate, kind: OutreachKind) =>
  new InlineKeyboard().text(t(`outreach-button-stop-${kind}`), `out:stop:${kind}`);

type MoodLike = { valence: number; salient: string | null } | null;

/** The mood line of a diary entry. */
export function diaryMood(t: Translate, mood: unknown): string {
  const m = mood as MoodLike;
  if (!m || typeof m.valence !== "number") return t("outreach-diary-mood-unknown");
  const band = m.valence <= LOW_MOOD ? "low" : m.valence >= HIGH_MOOD ? "high" : "even";
  const salient = m.salient && m.salient !== "neutral" ? ` ${t(`mood-salient-${m.salient}`)}` : "";
  return `${t(`outreach-diary-mood-${band}`)}${salient}`;
}
