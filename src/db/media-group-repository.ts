/**
 * Albums as one turn. Telegram delivers each picture of an album as its own message, and the
 * durable intake works a chat's updates one at a time, so while the first of them is worked the
 * others wait in the inbox behind it. The first one reads them from there (same lane, same
 * media_group_id), and records which messages it took, with their content, in `media_groups`:
 * the others find themselves in that record and end without a word, and a re-run of the first
 * after a crash answers exactly the same set.
 */
import type { Database } from "./database.ts";
import { Prisma } from "./generated/client.ts";

/** A recorded album: the message that answers it, and every message it took (the first included). */
export interface MediaGroupRecord {
  leaderMessageId: number;
  messages: unknown[];
}

/** How long records are kept: Telegram never redelivers an update that old. */
const KEEP_MS = 24 * 3_600_000;

export function createMediaGroupRepository(db: Pick<Database, "sql">) {
  async function find(chatId: number, mediaGroupId: string): Promise<MediaGroupRecord | null> {
    const rows = await db.sql<{ leader_message_id: number; messages: string }>(
      "media_groups.find",
      Prisma.sql`SELECT leader_message_id, messages FROM media_groups
        WHERE chat_id = ${String(chatId)}::bigint AND media_group_id = ${mediaGroupId}`,
    );
    const row = rows[0];
    return row ? { leaderMessageId: row.leader_message_id, messages: JSON.parse(row.messages) } : null;
  }

  return {
    /** The record of an album, if one of its messages has already taken it. */
    find,

    /**
     * Messages of the album waiting in the inbox behind `afterUpdateId` in its lane, oldest first
     * (their `message` objects). JSON.stringify writes `"media_group_id":"…"` without spaces, so a
     * plain substring search finds them without parsing every payload of the lane.
     */
    async waiting(lane: string, afterUpdateId: number, mediaGroupId: string): Promise<unknown[]> {
      const needle = `"media_group_id":${JSON.stringify(mediaGroupId)}`;
      const rows = await db.sql<{ payload: string }>(
        "media_groups.waiting",
        Prisma.sql`SELECT payload FROM inbox_updates
          WHERE lane = ${lane} AND update_id > ${String(afterUpdateId)}::bigint AND status = 'queued'
            AND strpos(payload, ${needle}) > 0
          ORDER BY update_id`,
      );
      return rows
        .map((r) => (JSON.parse(r.payload) as { message?: { media_group_id?: string } }).message)
        .filter((m) => m?.media_group_id === mediaGroupId);
    },

    /**
     * Records the album as taken by `leaderMessageId` with `messages`; when a record exists
     * already (a re-run), it wins and is returned instead. Old records are cleared on the way.
     */
    async take(chatId: number, mediaGroupId: string, record: MediaGroupRecord): Promise<MediaGroupRecord> {
      await db.sql(
        "media_groups.purge",
        Prisma.sql`DELETE FROM media_groups WHERE created_at < now() - ${KEEP_MS}::integer * interval '1 millisecond'`,
      );
      const rows = await db.sql<{ leader_message_id: number }>(
        "media_groups.take",
        Prisma.sql`INSERT INTO media_groups (chat_id, media_group_id, leader_message_id, messages)
          VALUES (${String(chatId)}::bigint, ${mediaGroupId}, ${record.leaderMessageId}::integer, ${JSON.stringify(record.messages)})
          ON CONFLICT (chat_id, media_group_id) DO NOTHING RETURNING leader_message_id`,
      );
      if (rows.length) return record;
      return (await find(chatId, mediaGroupId)) ?? record;
    },
  };
}

export type MediaGroupRepository = ReturnType<typeof createMediaGroupRepository>;
