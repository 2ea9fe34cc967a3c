/**
 * When proactive messages may go out: quiet hours in the user's own zone, and the next slot of a
 * cadence (daily, every few days, weekly) for check-ins, the morning for dreams and the night for
 * the diary. Everything is computed from plain numbers and a zone, so a fake clock drives it.
 */
import { localTime, type Zone, zonedInstant } from "./zones.ts";

const DAY_MS = 86_400_000;

export type Cadence = "off" | "daily" | "few" | "weekly";
export const CADENCES: readonly Cadence[] = ["off", "daily", "few", "weekly"];

/** Days between two check-ins for each cadence ("every few days": three). */
export const CADENCE_DAYS: Record<Exclude<Cadence, "off">, number> = { daily: 1, few: 3, weekly: 7 };

/** Quiet hours as minutes since local midnight; start = end means none. */
export interface QuietHours {
  start: number;
  end: number;
}

/** Defaults: 22:00–08:00. */
export const DEFAULT_QUIET: QuietHours = { start: 22 * 60, end: 8 * 60 };

/** True when minute-of-day `m` falls inside the quiet hours (which may wrap past midnight). */
export function isQuietMinute(quiet: QuietHours, m: number): boolean {
  if (quiet.start === quiet.end) return false;
  return quiet.start < quiet.end ? m >= quiet.start && m < quiet.end : m >= quiet.start || m < quiet.end;
}

/** True when instant `t` falls in the user's quiet hours. */
export function isQuiet(zone: Zone, quiet: QuietHours, t: number): boolean {
  return isQuietMinute(quiet, localTime(zone, t).minuteOfDay);
}

/** The first instant at or after `t` outside the quiet hours (the end of the current quiet span). */
export function afterQuiet(zone: Zone, quiet: QuietHours, t: number): number {
  if (!isQuiet(zone, quiet, t)) return t;
  const now = localTime(zone, t);
  // The quiet span ends today at `end`, or tomorrow when it wrapped past midnight and began today.
  const endsToday = now.minuteOfDay < quiet.end;
  const base = Date.UTC(now.year, now.month, now.day + (endsToday ? 0 : 1));
  const d = new Date(base);
  return zonedInstant(zone, d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), quiet.end);
}

/**
 * The local minute of day a check-in is sent at: early evening (18:00), moved into the waking
 * hours when the quiet hours cover it (then one hour after they end).
 */
export function checkinMinute(quiet: QuietHours): number {
  const preferred = 18 * 60;
  if (!isQuietMinute(quiet, preferred)) return preferred;
  return (quiet.end + 60) % (24 * 60);
}

/** The morning slot for a dream: half an hour after the quiet hours end (08:30 by default). */
export function morningMinute(quiet: QuietHours): number {
  const end = quiet.start === quiet.end ? 8 * 60 : quiet.end;
  return (end + 30) % (24 * 60);
}

/** The night slot for the diary: 23:30, the day's conversation being over by then. */
export const DIARY_MINUTE = 23 * 60 + 30;

/**
 * The first instant after `after` (strictly) whose local date is at least `minDays` days past the
 * local date of `from`, at `minuteOfDay` in `zone`. With `minDays` 0 it is the next such time today
 * or later.
 */
export function nextLocalSlot(
  zone: Zone,
  from: number,
  after: number,
  minDays: number,
  minuteOfDay: number,
): number {
  const start = localTime(zone, from);
  for (let add = minDays; add < minDays + 400; add++) {
    const d = new Date(Date.UTC(start.year, start.month, start.day + add));
    const t = zonedInstant(zone, d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), minuteOfDay);
    if (t > after) return t;
  }
  return after + DAY_MS;
}

/**
 * When the next check-in is due. `last` is when the previous one was due (undefined for the
 * first: the next slot from now). Ignored check-ins slow the cadence down: each one in a row
 * doubles the gap, up to two weeks, so someone who stopped answering is not pestered.
 */
export function nextCheckin(opts: {
  zone: Zone;
  quiet: QuietHours;
  cadence: Exclude<Cadence, "off">;
  now: number;
  last?: number;
  ignoredInRow?: number;
}): number {
  const minute = checkinMinute(opts.quiet);
  if (opts.last === undefined) return nextLocalSlot(opts.zone, opts.now, opts.now, 0, minute);
  const gap = Math.min(14, CADENCE_DAYS[opts.cadence] * 2 ** Math.min(4, opts.ignoredInRow ?? 0));
  return nextLocalSlot(opts.zone, opts.last, Math.max(opts.now, opts.last), gap, minute);
}

/** The local date ("2026-12-04") of instant `t` in `zone`: the key of once-a-day work. */
export const localDate = (zone: Zone, t: number): string => localTime(zone, t).date;
