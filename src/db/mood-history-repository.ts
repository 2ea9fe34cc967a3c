/**
 * Each day's mood of a user in a chat (`mood_days`): every message read adds its valence and
 * arousal, weighted by how sure the reading was, to the row of its UTC day. The mind state keeps
 * only the current, decaying mood; this is what lets the Mini App draw it over weeks.
 */
import type { Database } from "./database.ts";
import { Prisma } from "./generated/client.ts";

/** One message's reading, as the emotion engine gave it. */
export interface MoodReading {
  valence: number;
  arousal: number;
  /** The reading's confidence, 0..1: an unsure reading moves the day's average less. */
  weight: number;
  /** The dominant emotion label. */
  label: string;
}

/** One day, averaged. */
export interface MoodDayView {
  /** YYYY-MM-DD (UTC). */
  day: string;
  valence: number;
  arousal: number;
  samples: number;
  /** Messages by dominant emotion. */
  emotions: Record<string, number>;
}

const LABEL = /^[a-z_]{1,24}$/;

/** Creates the repository. */
export function createMoodHistoryRepository(db: Pick<Database, "prisma" | "sql">) {
  return {
    /** Adds one reading to its day's row (one upsert). */
    async record(userId: number, chatId: number, at: Date, r: MoodReading): Promise<void> {
      const weight = Math.max(0.05, Math.min(1, r.weight));
      const label = LABEL.test(r.label) ? r.label : "neutral";
      const day = at.toISOString().slice(0, 10);
      await db.sql(
        "mood_days.upsert",
        Prisma.sql`INSERT INTO mood_days (user_id, chat_id, day, valence_sum, arousal_sum, weight, samples, emotions)
          VALUES (${BigInt(userId)}, ${BigInt(chatId)}, ${day}::date, ${r.valence * weight}::double precision,
            ${r.arousal * weight}::double precision, ${weight}::double precision, 1, jsonb_build_object(${label}::text, 1))
          ON CONFLICT (user_id, chat_id, day) DO UPDATE SET
            valence_sum = mood_days.valence_sum + EXCLUDED.valence_sum,
            arousal_sum = mood_days.arousal_sum + EXCLUDED.arousal_sum,
            weight = mood_days.weight + EXCLUDED.weight,
            samples = mood_days.samples + 1,
            emotions = mood_days.emotions || jsonb_build_object(${label}::text,
              COALESCE((mood_days.emotions ->> ${label}::text)::integer, 0) + 1)`,
      );
    },

    /** The days from `since` on, oldest first, with their weighted averages. */
    async days(userId: number, chatId: number, since: Date): Promise<MoodDayView[]> {
      const rows = await db.prisma.moodDay.findMany({
        where: { userId: BigInt(userId), chatId: BigInt(chatId), day: { gte: since } },
        orderBy: { day: "asc" },
      });
      return rows.map((r) => ({
        day: r.day.toISOString().slice(0, 10),
        valence: r.weight > 0 ? round(r.valenceSum / r.weight) : 0,
        arousal: r.weight > 0 ? round(r.arousalSum / r.weight) : 0,
        samples: r.samples,
        emotions: (r.emotions ?? {}) as Record<string, number>,
      }));
    },
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export type MoodHistoryRepository = ReturnType<typeof createMoodHistoryRepository>;
