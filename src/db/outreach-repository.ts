/**
 * What reaching out keeps per user besides its jobs: the settings (time zone, check-in cadence,
 * quiet hours, diary, dreams, blocked), the topics check-ins asked about and whether they were
 * answered, and the diary's entries. Whether a check-in was answered is read from the conversation
 * itself (a message from the user in their private chat within a day of it), decided when the next
 * check-in is planned, so an ordinary chat turn pays nothing for it.
 */
import type { Database } from "./database.ts";
import { Prisma } from "./generated/client.ts";

export interface OutreachSettings {
  userId: number;
  timeZone: string | null;
  checkins: string;
  /** Quiet hours, minutes since local midnight. */
  quietStart: number;
  quietEnd: number;
  diary: boolean;
  dreams: boolean;
  dreamsIllustrated: boolean;
  zonePromptId: number | null;
  /** What waits for the time zone (JSON). */
  pending: unknown;
  blockedAt: number | null;
}

export type SettingsPatch = Partial<Omit<OutreachSettings, "userId" | "blockedAt">>;

export interface StoredTopic {
  jobId: number;
  memoryId: string | null;
  stems: string[];
  askedAt: number;
  answered: boolean | null;
}

export interface DiaryEntry {
  day: string;
  mood: unknown;
  summary: string;
}

const DEFAULTS = {
  timeZone: null,
  checkins: "off",
  quietStart: 22 * 60,
  quietEnd: 8 * 60,
  diary: false,
  dreams: false,
  dreamsIllustrated: false,
  zonePromptId: null,
  pending: null,
  blockedAt: null,
};

type SettingsRow = {
  user_id: bigint;
  time_zone: string | null;
  checkins: string;
  quiet_start: number;
  quiet_end: number;
  diary: boolean;
  dreams: boolean;
  dreams_illustrated: boolean;
  zone_prompt_id: number | null;
  pending: string | null;
  blocked_at: Date | null;
};

const COLUMN: Record<keyof SettingsPatch, string> = {
  timeZone: "time_zone",
  checkins: "checkins",
  quietStart: "quiet_start",
  quietEnd: "quiet_end",
  diary: "diary",
  dreams: "dreams",
  dreamsIllustrated: "dreams_illustrated",
  zonePromptId: "zone_prompt_id",
  pending: "pending",
};

const uid = (userId: number) => Prisma.sql`${String(userId)}::bigint`;
const at = (t: number) => Prisma.sql`${new Date(t).toISOString()}::timestamptz(3)`;

/** Creates the repository. */
export function createOutreachRepository(db: Pick<Database, "sql">) {
  return {
    /** A user's settings; the defaults (everything off, zone unknown) when they never chose any. */
    async settings(userId: number): Promise<OutreachSettings> {
      const rows = await db.sql<SettingsRow>(
        "outreach.settings",
        Prisma.sql`SELECT * FROM outreach_settings WHERE user_id = ${uid(userId)}`,
      );
      const r = rows[0];
      if (!r) return { userId, ...DEFAULTS };
      return {
        userId,
        timeZone: r.time_zone,
        checkins: r.checkins,
        quietStart: r.quiet_start,
        quietEnd: r.quiet_end,
        diary: r.diary,
        dreams: r.dreams,
        dreamsIllustrated: r.dreams_illustrated,
        zonePromptId: r.zone_prompt_id,
        pending: r.pending === null ? null : JSON.parse(r.pending),
        blockedAt: r.blocked_at?.getTime() ?? null,
      };
    },

    /** Changes some settings (creating the row on first use) and returns them all. */
    async update(userId: number, patch: SettingsPatch): Promise<OutreachSettings> {
      const entries = Object.entries(patch).filter(([, v]) => v !== undefined) as [
        keyof SettingsPatch,
        unknown,
      ][];
      const value = (k: keyof SettingsPatch, v: unknown) =>
        k === "pending" ? (v === null ? null : JSON.stringify(v)) : v;
      const cols = entries.map(([k]) => Prisma.raw(COLUMN[k]));
      const vals = entries.map(([k, v]) => Prisma.sql`${value(k, v)}`);
      const sets = entries.map(([k]) => Prisma.raw(`${COLUMN[k]} = EXCLUDED.${COLUMN[k]}`));
      await db.sql(
        "outreach.update",
        Prisma.sql`INSERT INTO outreach_settings (user_id${entries.length ? Prisma.sql`, ${Prisma.join(cols)}` : Prisma.empty})
          VALUES (${uid(userId)}${entries.length ? Prisma.sql`, ${Prisma.join(vals)}` : Prisma.empty})
          ON CONFLICT (user_id) DO UPDATE SET updated_at = now()${entries.length ? Prisma.sql`, ${Prisma.join(sets)}` : Prisma.empty}`,
      );
      return this.settings(userId);
    },

    /** The user's first name as Telegram last gave it ("" for an unknown user). */
    async userName(userId: number): Promise<string> {
      const rows = await db.sql<{ first_name: string }>(
        "outreach.user_name",
        Prisma.sql`SELECT first_name FROM users WHERE id = ${uid(userId)}`,
      );
      return rows[0]?.first_name ?? "";
    },

    /** Marks a user as having blocked the bot (all outreach stops), or clears the mark. */
    async setBlocked(userId: number, blocked: boolean): Promise<void> {
      await db.sql(
        "outreach.blocked",
        Prisma.sql`INSERT INTO outreach_settings (user_id, blocked_at) VALUES (${uid(userId)}, ${blocked ? Prisma.sql`now()` : null})
          ON CONFLICT (user_id) DO UPDATE SET blocked_at = EXCLUDED.blocked_at, updated_at = now()`,
      );
    },

    /** Records what a check-in asked about (once per job). */
    async recordTopic(
      jobId: number,
      userId: number,
      topic: { memoryId: string | null; stems: string[] },
      askedAt: number,
    ) {
      await db.sql(
        "outreach.topic",
        Prisma.sql`INSERT INTO checkin_topics (job_id, user_id, memory_id, stems, asked_at)
          VALUES (${String(jobId)}::bigint, ${uid(userId)}, ${topic.memoryId}, ${topic.stems.join(" ")}, ${at(askedAt)})
          ON CONFLICT (job_id) DO NOTHING`,
      );
    },

    /**
     * The latest check-in topics, newest first, with `answered` decided for those old enough: true
     * once the user wrote in their private chat within a day after it, false once that day passed
     * in silence.
     */
    async topics(userId: number, now: number, limit = 50): Promise<StoredTopic[]> {
      const replied = Prisma.sql`EXISTS (SELECT 1 FROM messages m JOIN conversations c ON c.id = m.conversation_id
        WHERE c.chat_id = t.user_id AND m.role = 'user' AND m.created_at > t.asked_at
          AND m.created_at < t.asked_at + interval '1 day')`;
      await db.sql(
        "outreach.topics_decide",
        Prisma.sql`UPDATE checkin_topics t SET answered = ${replied}
          WHERE t.user_id = ${uid(userId)} AND t.answered IS NULL
            AND (t.asked_at <= ${at(now)} - interval '1 day' OR ${replied})`,
      );
      const rows = await db.sql<{
        job_id: bigint;
        memory_id: string | null;
        stems: string;
        asked_at: Date;
        answered: boolean | null;
      }>(
        "outreach.topics",
        Prisma.sql`SELECT job_id, memory_id, stems, asked_at, answered FROM checkin_topics
          WHERE user_id = ${uid(userId)} ORDER BY asked_at DESC, job_id DESC LIMIT ${limit}::integer`,
      );
      return rows.map((r) => ({
        jobId: Number(r.job_id),
        memoryId: r.memory_id,
        stems: r.stems ? r.stems.split(" ") : [],
        askedAt: r.asked_at.getTime(),
        answered: r.answered,
      }));
    },

    /** What the user wrote in their private chat between two instants, oldest first. */
    async userMessages(userId: number, from: number, to: number, limit = 60): Promise<string[]> {
      const rows = await db.sql<{ content: string }>(
        "outreach.day_messages",
        Prisma.sql`SELECT m.content FROM messages m JOIN conversations c ON c.id = m.conversation_id
          WHERE c.chat_id = ${uid(userId)} AND m.role = 'user' AND m.created_at >= ${at(from)} AND m.created_at < ${at(to)}
          ORDER BY m.id DESC LIMIT ${limit}::integer`,
      );
      return rows.map((r) => r.content).reverse();
    },

    /** Writes the entry of one local day (a re-run rewrites the same day). */
    async saveDiary(userId: number, day: string, mood: unknown, summary: string): Promise<void> {
      await db.sql(
        "outreach.diary_save",
        Prisma.sql`INSERT INTO diary_entries (user_id, day, mood, summary)
          VALUES (${uid(userId)}, ${day}, ${mood === null ? null : JSON.stringify(mood)}, ${summary})
          ON CONFLICT (user_id, day) DO UPDATE SET mood = EXCLUDED.mood, summary = EXCLUDED.summary, created_at = now()`,
      );
    },

    /** The `index`th entry counting back from the latest (0 = latest), and how many there are. */
    async diary(userId: number, index: number): Promise<{ entry: DiaryEntry | null; total: number }> {
      const rows = await db.sql<{ day: string; mood: string | null; summary: string; total: bigint }>(
        "outreach.diary",
        Prisma.sql`SELECT day, mood, summary, count(*) OVER () AS total FROM diary_entries
          WHERE user_id = ${uid(userId)} ORDER BY day DESC OFFSET ${Math.max(0, index)}::integer LIMIT 1`,
      );
      const r = rows[0];
      if (!r) {
        const count = await db.sql<{ n: bigint }>(
          "outreach.diary_count",
          Prisma.sql`SELECT count(*) AS n FROM diary_entries WHERE user_id = ${uid(userId)}`,
        );
        return { entry: null, total: Number(count[0]?.n ?? 0) };
      }
      return {
        entry: { day: r.day, mood: r.mood === null ? null : JSON.parse(r.mood), summary: r.summary },
        total: Number(r.total),
      };
    },
  };
}

export type OutreachRepository = ReturnType<typeof createOutreachRepository>;
