/** Shared steps of the team tests: talking to the bot as several people, in private and in a group. */
import type { Message, Update } from "grammy/types";
import { expect } from "vitest";
import { type FakeFal, startFakeFal } from "../fakes/fal-server.ts";
import { callbackQuery, command } from "../fakes/updates.ts";
import { buttons, sentMessage } from "../generation/setup.ts";
import { freePort, type Harness, startHarness } from "../helpers/harness.ts";

export const GROUP = -1_009_000_000_001;

export interface Person {
  id: number;
  username: string;
  firstName: string;
}

export const person = (id: number, name: string): Person => ({
  id,
  username: name.toLowerCase(),
  firstName: name,
});

export interface TeamStack {
  h: Harness;
  fal: FakeFal;
}

/** The app on the fake Bot API and fake FAL, optionally recording every log line. */
export async function startTeamStack(opts: { recordLogs?: boolean; env?: Record<string, string> } = {}) {
  const fal = await startFakeFal();
  const port = await freePort();
  const h = await startHarness({
    recordLogs: opts.recordLogs,
    env: {
      PORT: String(port),
      ...fal.env,
      ADMIN_IDS: "999",
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      GENERATION_RATE_LIMIT_PER_MINUTE: "1000",
      ...opts.env,
    },
  });
  return { h, fal };
}

/** Sends `/cmd args` as `who` (in a group when `chatId` is given) and returns the update. */
export async function send(
  h: Harness,
  who: Person,
  cmd: string,
  args = "",
  chatId?: number,
  replyTo?: Message,
) {
  const update = command(cmd, args || undefined, {
    userId: who.id,
    username: who.username,
    firstName: who.firstName,
    chatId,
  });
  if (replyTo) update.message!.reply_to_message = replyTo as NonNullable<Message["reply_to_message"]>;
  return h.send(update);
}

/** Sends a command and returns the text of the bot's next message in that chat. */
export async function ask(
  h: Harness,
  who: Person,
  cmd: string,
  args = "",
  chatId?: number,
  replyTo?: Message,
): Promise<string> {
  const chat = chatId ?? who.id;
  const before = h.tg.calls.length;
  await send(h, who, cmd, args, chatId, replyTo);
  const call = await h.nextCall("sendMessage", chat, before, 15_000);
  return plain(String(call.payload.text));
}

/** A bot message as a reader sees it: HTML tags dropped, entities decoded. */
export const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

/** Presses a button as `who` on a message (by default one in their private chat); returns the update. */
export const press = (h: Harness, who: Person, data: string, message?: Message): Promise<Update> =>
  h.send(callbackQuery(data, { userId: who.id, username: who.username, firstName: who.firstName, message }));

/** The token of an invitation link in a bot message. */
export function tokenIn(text: string): string {
  const m = /\?start=join_([A-Za-z0-9_-]+)/.exec(text);
  expect(m, `an invitation link in: ${text}`).not.toBeNull();
  return m![1]!;
}

/** `/imagine` in a chat, Create pressed; returns the picker message (which becomes the status message). */
export async function imagine(h: Harness, who: Person, prompt: string, chatId: number): Promise<Message> {
  const before = h.tg.calls.length;
  await send(h, who, "imagine", prompt, chatId);
  const picker = await h.nextCall("sendMessage", chatId, before, 15_000);
  const go = buttons(picker).find((b) => b.data.startsWith("g:go:"));
  expect(go, "picker has a Create button").toBeDefined();
  await press(h, who, go!.data, sentMessage(picker));
  return sentMessage(picker);
}

export { buttons, sentMessage };
