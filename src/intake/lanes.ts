/**
 * Which queue an update waits in. Updates of one chat share a lane and run one at a time, in
 * order; a few kinds must never wait behind a chat's running reply and get a lane of their own:
 * Telegram cancels a payment whose pre-checkout query is not answered within 10 s, and a stop
 * request is pointless once the reply it stops has finished.
 */
import type { Update } from "grammy/types";
import { STOP_PREFIX } from "../bot/features/cancel.ts";

/** The prefix of a fast lane's key (a lane of one update). */
export const FAST_LANE = "fast:";

/** Update kinds that skip the chat's queue. */
export function isFastLane(update: Update): boolean {
  if (update.pre_checkout_query) return true;
  if ("stopped_message_generation" in update) return true;
  const data = update.callback_query?.data;
  if (typeof data === "string" && data.startsWith(STOP_PREFIX)) return true;
  const text = update.message?.text;
  return typeof text === "string" && /^\/cancel(@\w+)?(\s|$)/i.test(text);
}

/**
 * The chat an update belongs to, when it has one. The webhook stores whatever carries an
 * update_id, so a malformed body must give no chat rather than throw.
 */
function chatIdOf(update: Update): number | undefined {
  try {
    return chatIdOfUpdate(update);
  } catch {
    return undefined;
  }
}

function chatIdOfUpdate(update: Update): number | undefined {
  const u = update as Update & { stopped_message_generation?: { chat?: { id: number } } };
  return (
    u.message?.chat.id ??
    u.edited_message?.chat.id ??
    u.callback_query?.message?.chat.id ??
    u.my_chat_member?.chat.id ??
    u.chat_member?.chat.id ??
    u.channel_post?.chat.id ??
    u.edited_channel_post?.chat.id ??
    u.message_reaction?.chat.id ??
    u.stopped_message_generation?.chat?.id
  );
}

/** The user behind an update without a chat (inline queries, pre-checkout queries…). */
function userIdOf(update: Update): number | undefined {
  const from = (
    update.callback_query ??
    update.pre_checkout_query ??
    update.inline_query ??
    update.shipping_query
  )?.from;
  return typeof from?.id === "number" ? from.id : undefined;
}

/** The lane key: `fast:<update_id>` for fast-lane kinds, else the chat, else the user. */
export function laneOf(update: Update): string {
  if (isFastLane(update)) return `${FAST_LANE}${update.update_id}`;
  const chat = chatIdOf(update);
  if (typeof chat === "number") return `chat:${chat}`;
  const user = userIdOf(update);
  return user !== undefined ? `user:${user}` : `update:${update.update_id}`;
}

/** The chat to tell when an update could not be handled (none for chat-less kinds). */
export function replyChatOf(update: Update): number | undefined {
  return chatIdOf(update);
}
