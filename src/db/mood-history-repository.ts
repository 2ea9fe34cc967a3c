/**
 * Each day's mood of a user in a chat (`mood_days`): every message read adds its valence and
 * arousal, weighted by how sure the reading was, to the row of its UTC day. The mind state keeps
 * only the current, decaying mood; this is what lets the Mini App draw it over weeks.
 */
import { createBatcher } from "./batcher.ts";
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

/** One day's row to add to: the sums of a batch's readings for one user, chat and day. */
interface DayDelta {
  userId: number;
  chatId: number;
  day: string;
  valence: number;
  arousal: number;
  weight: number;
  samples: number;
  emotions: Record<string, number>;
}

/** One reading as recorded: whose, in which chat, and when. */
interface DatedReading {
  userId: number;
  chatId: number;
  at: Date;
  reading: MoodReading;
}

/** Sums a batch's readings per user, chat and day: one row each, so one statement can add them. */
function sumByDay(items: DatedReading[]) {
  const days = new Map<string, DayDelta>();
  for (const { userId, chatId, at, reading: r } of items) {
    const weight = Math.max(0.05, Math.min(1, r.weight));
    const label = LABEL.test(r.label) ? r.label : "neutral";
    const day = at.toISOString().slice(0, 10);
    const key = `${userId}:${chatId}:${day}`;
    const delta: DayDelta = days.get(key) ?? {
      userId,
      chatId,
      day,
      valence: 0,
      arousal: 0,
      weight: 0,
      samples: 0,
      emotions: {},
    };
    delta.valence += r.valence * weight;
    delta.arousal += r.arousal * weight;
    delta.weight += weight;
    delta.samples += 1;
    delta.emotions[label] = (delta.emotions[label] ?? 0) + 1;
    days.set(key, delta);
  }
  return [...days.values()];
}

/** Creates the repository. */
export function createMoodHistoryRepository(db: Pick<Database, "prisma" | "sql">) {
  // Every private message adds a reading: the readings of a tick go in as one statement.
  const writer = createBatcher<DatedReading, void>(async (items) => {
    const rows = sumByDay(items);
    const column = <T>(pick: (d: DayDelta) => T) => rows.map(pick);
    await db.sql(
      "mood_days.upsert",
      Prisma.sql`INSERT INTO mood_days (user_id, chat_id, day, valence_sum, arousal_sum, weight, samples, emotions)
          SELECT user_id, chat_id, day, valence, arousal, weight, samples, emotions::jsonb
          FROM unnest(${column((d) => String(d.userId))}::bigint[], ${column((d) => String(d.chatId))}::bigint[],
            ${column((d) => d.day)}::date[], ${column((d) => d.valence)}::double precision[],
            ${column((d) => d.arousal)}::double precision[], ${column((d) => d.weight)}::double precision[],
            ${column((d) => d.samples)}::integer[], ${column((d) => JSON.stringify(d.emotions))}::text[])
            AS v(user_id, chat_id, day, valence, arousal, weight, samples, emotions)
          ON CONFLICT (user_id, chat_id, day) DO UPDATE SET
            valence_sum = mood_days.valence_sum + EXCLUDED.valence_sum,
            arousal_sum = mood_days.arousal_sum + EXCLUDED.arousal_sum,
            weight = mood_days.weight + EXCLUDED.weight,
            samples = mood_days.samples + EXCLUDED.samples,
            emotions = mood_days.emotions || (
              SELECT jsonb_object_agg(e.key, COALESCE((mood_days.emotions ->> e.key)::integer, 0) + e.value::integer)
              FROM jsonb_each_text(EXCLUDED.emotions) AS e)`,
    );
    return items.map(() => undefined);
  });
  return {
    /** Adds one reading to its day's row. */
    record(userId: number, chatId: number, at: Date, reading: MoodReading): Promise<void> {
      return writer.add({ userId, chatId, at, reading });
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
