/**
 * Reaching out, as use cases: a user's outreach settings (time zone, check-in cadence, quiet
 * hours, diary, dreams), reminders, and the planning of recurring jobs — the next check-in, the
 * night's diary entry, the morning's dream — as rows of the durable scheduler. Every recurring job
 * is keyed by its kind, user and local date, so planning the same day twice (two instances, a
 * re-run update, the scheduler's repair sweep) is one job, and a day's job that ran is never
 * planned again. Blocking the bot stops everything for that user.
 */
import type { OutreachRepository, OutreachSettings, SettingsPatch } from "../../db/outreach-repository.ts";
import type { ScheduledJob, ScheduleRepository } from "../../db/schedule-repository.ts";
import {
  CADENCES,
  type Cadence,
  DIARY_MINUTE,
  ignoredInRow,
  localDate,
  morningMinute,
  nextCheckin,
  nextLocalSlot,
  type QuietHours,
} from "../../engines/outreach/index.ts";

/** Kinds of scheduled work that reach a user. */
export const OUTREACH_KINDS = ["reminder", "checkin", "diary", "dream"] as const;
export type OutreachKind = (typeof OUTREACH_KINDS)[number];

/** What waits for the time zone to be known. */
export type PendingAction =
  | { kind: "checkins"; cadence: Exclude<Cadence, "off"> }
  | { kind: "diary" }
  | { kind: "dreams"; illustrated: boolean }
  | { kind: "remind"; text: string; chatId: number; messageId: number; lang: string };

export const quietOf = (s: OutreachSettings): QuietHours => ({ start: s.quietStart, end: s.quietEnd });
export const isCadence = (c: string): c is Cadence => (CADENCES as readonly string[]).includes(c);

export interface OutreachServiceDeps {
  jobs: ScheduleRepository;
  settings: OutreachRepository;
  clock?: () => number;
}

/** Creates the service. */
export function createOutreachService(deps: OutreachServiceDeps) {
  const { jobs, settings: store } = deps;
  const clock = deps.clock ?? Date.now;

  /** Plans the next check-in after `last` (the one that just ran) or from now. */
  async function planCheckin(userId: number, now: number, last?: number): Promise<void> {
    const s = await store.settings(userId);
    if (!s.timeZone || s.blockedAt !== null || !isCadence(s.checkins) || s.checkins === "off") return;
    // Without a check-in that just ran, the latest one that did keeps the cadence (turning them
    // off and on again does not bring the next one forward).
    last ??= (await jobs.latest(userId, "checkin", 5)).find((j) => j.status !== "cancelled")?.dueAt;
    const asked = last === undefined ? [] : await store.topics(userId, now, 8);
    const dueAt = nextCheckin({
      zone: s.timeZone,
      quiet: quietOf(s),
      cadence: s.checkins,
      now,
      last,
      ignoredInRow: ignoredInRow(asked),
    });
    await jobs.schedule({
      kind: "checkin",
      userId,
      chatId: userId,
      dueAt,
      key: `checkin:${userId}:${localDate(s.timeZone, dueAt)}`,
    });
  }

  /**
   * Plans a once-a-day job at `minute` local time: the next such slot after `after`, or the one
   * after it when that day's job already ran (its key is taken).
   */
  async function planDaily(
    kind: "diary" | "dream",
    userId: number,
    zone: string,
    minute: number,
    now: number,
    after: number,
  ) {
    let from = after;
    for (let tries = 0; tries < 2; tries++) {
      const dueAt = nextLocalSlot(zone, from, Math.max(now, from), 0, minute);
      const day = localDate(zone, dueAt);
      const planned = await jobs.schedule({
        kind,
        userId,
        chatId: userId,
        dueAt,
        payload: { day },
        key: `${kind}:${userId}:${day}`,
      });
      if (planned.created) return;
      const existing = await jobs.find(planned.id);
      if (existing && (existing.status === "queued" || existing.status === "sending")) return;
      from = dueAt;
    }
  }

  /** Plans tonight's (or, past its time, tomorrow night's) diary entry. */
  async function planDiary(userId: number, now: number, after = now): Promise<void> {
    const s = await store.settings(userId);
    if (!s.timeZone || s.blockedAt !== null || !s.diary) return;
    await planDaily("diary", userId, s.timeZone, DIARY_MINUTE, now, after);
  }

  /** Plans the next morning's dream. */
  async function planDream(userId: number, now: number, after = now): Promise<void> {
    const s = await store.settings(userId);
    if (!s.timeZone || s.blockedAt !== null || !s.dreams) return;
    await planDaily("dream", userId, s.timeZone, morningMinute(quietOf(s)), now, after);
  }

  /** Re-plans every recurring kind the user has on (after a settings change or an unblock). */
  async function replanAll(userId: number): Promise<void> {
    const now = clock();
    await planCheckin(userId, now);
    await planDiary(userId, now);
    await planDream(userId, now);
  }

  return {
    clock,
    settings: (userId: number) => store.settings(userId),

    /** Sets the time zone, then does what waited for it; returns that, so the caller can confirm it. */
    async setZone(
      userId: number,
      zone: string,
    ): Promise<{ settings: OutreachSettings; pending: PendingAction | null }> {
      const before = await store.settings(userId);
      const pending = (before.pending as PendingAction | null) ?? null;
      let patch: SettingsPatch = { timeZone: zone, zonePromptId: null, pending: null };
      if (pending?.kind === "checkins") patch = { ...patch, checkins: pending.cadence };
      if (pending?.kind === "diary") patch = { ...patch, diary: true };
      if (pending?.kind === "dreams")
        patch = { ...patch, dreams: true, dreamsIllustrated: pending.illustrated };
      const settings = await store.update(userId, patch);
      // Everything already planned was planned in the old zone.
      await jobs.cancel(userId, { kinds: ["checkin", "diary", "dream"] }, "time zone changed");
      await replanAll(userId);
      return { settings, pending };
    },

    /** Remembers what to do once the zone is known, and the message that asked for it. */
    async awaitZone(userId: number, promptId: number, pending: PendingAction | null): Promise<void> {
      await store.update(userId, { zonePromptId: promptId, pending });
    },

    async setCheckins(userId: number, cadence: Cadence): Promise<OutreachSettings> {
      const s = await store.update(userId, { checkins: cadence });
      await jobs.cancel(userId, { kinds: ["checkin"] }, "cadence changed");
      await planCheckin(userId, clock());
      return s;
    },

    async setQuiet(userId: number, quiet: QuietHours): Promise<OutreachSettings> {
      const s = await store.update(userId, { quietStart: quiet.start, quietEnd: quiet.end });
      await jobs.cancel(userId, { kinds: ["checkin", "dream"] }, "quiet hours changed");
      await replanAll(userId);
      return s;
    },

    async setDiary(userId: number, on: boolean): Promise<OutreachSettings> {
      const s = await store.update(userId, { diary: on });
      if (on) await planDiary(userId, clock());
      else await jobs.cancel(userId, { kinds: ["diary"] }, "diary turned off");
      return s;
    },

    async setDreams(userId: number, on: boolean, illustrated?: boolean): Promise<OutreachSettings> {
      const s = await store.update(userId, { dreams: on, dreamsIllustrated: illustrated });
      if (on) await planDream(userId, clock());
      else await jobs.cancel(userId, { kinds: ["dream"] }, "dreams turned off");
      return s;
    },

    /** The one-tap stop under a proactive message: turns that kind off; returns what it cancelled. */
    async stop(userId: number, kind: OutreachKind): Promise<number> {
      if (kind === "checkin") await store.update(userId, { checkins: "off" });
      if (kind === "diary") await store.update(userId, { diary: false });
      if (kind === "dream") await store.update(userId, { dreams: false });
      return jobs.cancel(userId, { kinds: [kind] }, "stopped by the user");
    },

    /** The user blocked the bot: nothing more goes out to them until they come back. */
    async block(userId: number): Promise<void> {
      await store.setBlocked(userId, true);
      await jobs.cancel(userId, { kinds: [...OUTREACH_KINDS] }, "blocked");
    },

    /** The user is back (unblocked, or wrote again): their recurring work resumes. */
    async unblock(userId: number): Promise<void> {
      const s = await store.settings(userId);
      if (s.blockedAt === null) return;
      await store.setBlocked(userId, false);
      await replanAll(userId);
    },

    /**
     * Schedules a reminder; keyed by the message that asked for it, so a re-run of that update
     * plans it once. Returns the job id.
     */
    async addReminder(r: {
      userId: number;
      chatId: number;
      messageId: number;
      at: number;
      text: string;
    }): Promise<number> {
      const { id } = await jobs.schedule({
        kind: "reminder",
        userId: r.userId,
        chatId: r.chatId,
        dueAt: r.at,
        payload: { text: r.text },
        key: `reminder:${r.chatId}:${r.messageId}`,
      });
      return id;
    },

    /** The `index`th diary entry back from the latest, and how many there are. */
    diary: (userId: number, index: number) => store.diary(userId, index),

    reminders: (userId: number): Promise<ScheduledJob[]> => jobs.upcoming(userId, "reminder"),

    /** Cancels one of the user's own reminders; false when it is not theirs or already went out. */
    async cancelReminder(userId: number, jobId: number): Promise<boolean> {
      return (await jobs.cancel(userId, { id: jobId }, "cancelled by the user")) > 0;
    },

    planCheckin,
    planDiary,
    planDream,
    replanAll,
  };
}

export type OutreachService = ReturnType<typeof createOutreachService>;
