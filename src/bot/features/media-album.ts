/**
 * An album (several messages sharing a media_group_id) answered as one turn. Its messages arrive as
 * separate updates, and the durable intake works them one at a time per chat, so the first one to
 * be worked waits a moment for the rest to arrive, reads them from the inbox, and records which it
 * took (see media-group-repository.ts). The others then end quietly. The record is written before
 * anything is answered, so a re-run after a crash answers the same set, and nothing twice.
 */
import type { Message } from "grammy/types";
import type { MediaGroupRepository } from "../../db/media-group-repository.ts";

/** Telegram puts at most ten items in an album. */
const ALBUM_MAX = 10;
/** How often the inbox is looked at while waiting. */
const POLL_MS = 100;

export type AlbumRole =
  /** This message answers for these messages (itself first). */
  | { role: "leader"; messages: Message[] }
  /** Another message of the album took this one: nothing to do. */
  | { role: "member" }
  /** A message that came after its album was answered: it is answered on its own. */
  | { role: "straggler" };

/**
 * Decides what a message of an album does, waiting (up to `waitMs` after the last arrival, and
 * four times that at most) for the album's other messages when it is the first.
 */
export async function gatherAlbum(
  deps: { repo: MediaGroupRepository; waitMs: number },
  at: { lane: string; updateId: number; message: Message & { media_group_id: string } },
): Promise<AlbumRole> {
  const { repo } = deps;
  const { message } = at;
  const chatId = message.chat.id;
  const groupId = message.media_group_id;
  const roleIn = (leader: number, messages: Message[]): AlbumRole => {
    if (leader === message.message_id) return { role: "leader", messages };
    return messages.some((m) => m.message_id === message.message_id)
      ? { role: "member" }
      : { role: "straggler" };
  };
  const known = await repo.find(chatId, groupId);
  if (known) return roleIn(known.leaderMessageId, known.messages as Message[]);

  const started = Date.now();
  let others: Message[] = [];
  let lastArrival = started;
  for (;;) {
    const found = (await repo.waiting(at.lane, at.updateId, groupId)) as Message[];
    if (found.length > others.length) lastArrival = Date.now();
    others = found;
    const now = Date.now();
    if (
      others.length + 1 >= ALBUM_MAX ||
      now - lastArrival >= deps.waitMs ||
      now - started >= deps.waitMs * 4
    )
      break;
    await new Promise((r) => setTimeout(r, Math.min(POLL_MS, deps.waitMs)));
  }
  const taken = await repo.take(chatId, groupId, {
    leaderMessageId: message.message_id,
    messages: [message, ...others.slice(0, ALBUM_MAX - 1)],
  });
  return roleIn(taken.leaderMessageId, taken.messages as Message[]);
}
