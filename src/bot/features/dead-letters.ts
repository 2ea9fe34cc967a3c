/**
 * /deadletters (admins only): the updates that failed every try, newest first, a page at a time,
 * each with when it failed, who sent it, what it was and why it failed, and buttons to put it back
 * in the inbox (↻) or delete it (🗑). The list message is edited in place after every press.
 */
import { Composer, InlineKeyboard } from "grammy";
import type { DeadLetter, DeadLetterStore } from "../../db/inbox-repository.ts";
import type { BotContext } from "../context.ts";
import { escapeHtml } from "../format.ts";
import { isNotModified } from "../telegram-send.ts";

export interface DeadLettersFeatureDeps {
  deadLetters: DeadLetterStore;
  adminIds: readonly number[];
  /** Letters per page (default 5: with two buttons each, the keyboard stays readable on a phone). */
  pageSize?: number;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Obj) : undefined;
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

// Everything shown comes from users or from a stored error, so it is escaped (escapeHtml) before it
// reaches Telegram's HTML parser, which rejects a stray "<" and would turn the whole list into an error.

/** One line, at most `n` characters (code points, so an emoji is never cut in half), escaped. */
export function preview(text: string, n = 60): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  return escapeHtml(chars.length > n ? `${chars.slice(0, n - 1).join("")}…` : chars.join(""));
}

// Update kinds that carry a Message; edited ones are labelled as such.
const MESSAGE_KINDS = [
  "message",
  "edited_message",
  "channel_post",
  "edited_channel_post",
  "business_message",
  "edited_business_message",
];
const MEDIA = [
  "photo",
  "video",
  "animation",
  "voice",
  "video_note",
  "audio",
  "document",
  "sticker",
  "location",
  "venue",
  "contact",
  "poll",
  "dice",
  "story",
];

function describeMessage(m: Obj): string {
  const payment = obj(m.successful_payment) ?? obj(m.refunded_payment);
  if (payment) {
    const verb = m.successful_payment ? "⭐ payment" : "↩️ refunded payment";
    return `${verb}: ${preview(`${payment.total_amount ?? "?"} ${payment.currency ?? ""}`, 30)}`;
  }
  const text = str(m.text);
  if (text !== undefined) {
    const entities = Array.isArray(m.entities) ? m.entities.map(obj) : [];
    const isCommand = entities.some((e) => e?.type === "bot_command" && e.offset === 0);
    return isCommand ? `⌨️ command: <code>${preview(text)}</code>` : `💬 text: “${preview(text)}”`;
  }
  const media = MEDIA.find((k) => m[k] !== undefined);
  if (media) {
    const caption = str(m.caption);
    return `📎 ${media.replace(/_/g, " ")}${caption ? `: “${preview(caption)}”` : ""}`;
  }
  if (m.new_chat_members || m.left_chat_member) return "👥 members joined or left";
  return "✉️ message";
}

/** What kind of update a stored payload was, in one short line of HTML. */
export function describeUpdate(payload: unknown): string {
  const update = obj(payload) ?? {};
  const kind = Object.keys(update).find((k) => k !== "update_id");
  const inner = kind ? obj(update[kind]) : undefined;
  if (!kind || !inner) return "❓ unreadable update";
  if (MESSAGE_KINDS.includes(kind)) {
    const line = describeMessage(inner);
    return kind.startsWith("edited_") ? `✏️ edited · ${line}` : line;
  }
  if (kind === "callback_query") {
    const data = str(inner.data) ?? str(inner.game_short_name) ?? "";
    return `🔘 button press: <code>${preview(data)}</code>`;
  }
  if (kind === "pre_checkout_query") {
    return `🧾 checkout: ${preview(`${inner.total_amount ?? "?"} ${inner.currency ?? ""}`, 30)}`;
  }
  if (kind === "my_chat_member" || kind === "chat_member") {
    const from = str(obj(inner.old_chat_member)?.status) ?? "?";
    const to = str(obj(inner.new_chat_member)?.status) ?? "?";
    return `👥 membership: ${preview(from, 20)} → ${preview(to, 20)}`;
  }
  return `❓ ${preview(kind.replace(/_/g, " "), 30)}`;
}

/** Who sent the update and in which chat; the lane when the payload names neither. */
export function describeSender(payload: unknown, lane: string): string {
  const update = obj(payload) ?? {};
  const kind = Object.keys(update).find((k) => k !== "update_id");
  const inner = (kind && obj(update[kind])) || {};
  const from = obj(inner.from);
  const chat = obj(inner.chat) ?? obj(obj(inner.message)?.chat);
  const parts: string[] = [];
  if (from) {
    const name = [str(from.first_name), str(from.last_name)].filter(Boolean).join(" ") || "someone";
    const handle = str(from.username) ? ` @${preview(str(from.username)!, 32)}` : "";
    parts.push(`👤 ${preview(name, 40)}${handle} (<code>${preview(String(from.id ?? "?"), 20)}</code>)`);
  }
  if (chat && chat.type !== "private") {
    const title = str(chat.title) ?? str(chat.username) ?? String(chat.type ?? "chat");
    parts.push(`in 👥 ${preview(title, 40)} (<code>${preview(String(chat.id ?? "?"), 20)}</code>)`);
  } else if (chat) parts.push("in a private chat");
  return parts.join(" ") || `lane <code>${preview(lane, 40)}</code>`;
}

/** "3 min ago (2026-12-03 10:15 UTC)". */
export function describeWhen(at: Date, now = Date.now()): string {
  const minutes = Math.floor((now - at.getTime()) / 60_000);
  const rel =
    minutes < 1
      ? "just now"
      : minutes < 60
        ? `${minutes} min ago`
        : minutes < 48 * 60
          ? `${Math.floor(minutes / 60)} h ago`
          : `${Math.floor(minutes / 1440)} days ago`;
  return `${rel} (${at.toISOString().slice(0, 16).replace("T", " ")} UTC)`;
}

/** The error's first line, clipped: enough to recognise it, short enough for a phone. */
const errorLine = (error: string) => preview(error.split("\n").find((l) => l.trim()) ?? "unknown error", 100);

function letterText(letter: DeadLetter, n: number): string {
  const tries = letter.attempts === 1 ? "1 try" : `${letter.attempts} tries`;
  return [
    `<b>${n}.</b> update <code>${letter.updateId}</code> · ${describeWhen(new Date(letter.failedAt))}`,
    describeSender(letter.payload, letter.lane),
    describeUpdate(letter.payload),
    `⚠️ ${errorLine(letter.error)} · ${tries}`,
  ].join("\n");
}

/** The dead letters feature. */
export function deadLettersFeature(deps: DeadLettersFeatureDeps) {
  const { deadLetters } = deps;
  const pageSize = deps.pageSize ?? 5;
  const composer = new Composer<BotContext>();
  const isAdmin = (ctx: BotContext) => ctx.from !== undefined && deps.adminIds.includes(ctx.from.id);

  const empty = { text: "✅ No dead letters — every update was handled.", kb: undefined };
  const view = async (page: number): Promise<{ text: string; kb?: InlineKeyboard }> => {
    const total = await deadLetters.count();
    if (total === 0) return empty;
    const pages = Math.ceil(total / pageSize);
    const p = Math.min(Math.max(0, page), pages - 1);
    const letters = await deadLetters.list(pageSize, p * pageSize);
    // Another admin emptied this page between the count and the list: start again from the top.
    if (!letters.length) return p > 0 ? view(0) : empty;
    const kb = new InlineKeyboard();
    letters.forEach((l, i) => {
      const n = p * pageSize + i + 1;
      // The page rides along so the list is redrawn where the admin was.
      kb.text(`↻ Replay ${n}`, `dl:r:${l.updateId}:${p}`)
        .text(`🗑 Drop ${n}`, `dl:d:${l.updateId}:${p}`)
        .row();
    });
    if (p > 0) kb.text("◀", `dl:p:${p - 1}`);
    kb.text(`🔄 ${p + 1}/${pages}`, `dl:p:${p}`);
    if (p < pages - 1) kb.text("▶", `dl:p:${p + 1}`);
    const head = [
      `<b>☠️ Dead letters: ${total}</b> · page ${p + 1}/${pages}`,
      "Updates that failed every try. ↻ puts one back in the queue, 🗑 deletes it for good.",
    ].join("\n");
    return { text: [head, ...letters.map((l, i) => letterText(l, p * pageSize + i + 1))].join("\n\n"), kb };
  };

  /** Edits the list in place; `note` (the outcome of a press) heads it. */
  const redraw = async (ctx: BotContext, page: number, note?: string) => {
    const v = await view(page);
    await ctx
      .editMessageText(note ? `${note}\n\n${v.text}` : v.text, {
        parse_mode: "HTML",
        reply_markup: v.kb,
        link_preview_options: { is_disabled: true },
      })
      .catch((err) => {
        if (!isNotModified(err)) throw err;
      });
  };

  composer.command("deadletters", async (ctx) => {
    if (!isAdmin(ctx)) return void (await ctx.reply("This command is for admins."));
    // The list quotes users' messages; a group's other members must not read them.
    if (ctx.chat.type !== "private") {
      return void (await ctx.reply("For privacy, ask me for /deadletters in a private chat."));
    }
    const v = await view(0);
    await ctx.reply(v.text, {
      parse_mode: "HTML",
      reply_markup: v.kb,
      link_preview_options: { is_disabled: true },
    });
  });

  composer.callbackQuery(/^dl:/, async (ctx, next) => {
    if (isAdmin(ctx)) return next();
    await ctx.answerCallbackQuery({ text: "This is for admins." });
  });

  composer.callbackQuery(/^dl:p:(\d{1,6})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    await redraw(ctx, Number(ctx.match[1]));
  });

  composer.callbackQuery(/^dl:([rd]):(\d{1,19})(?::(\d{1,6}))?$/, async (ctx) => {
    const [, action, id, page] = ctx.match;
    const updateId = Number(id);
    const replay = action === "r";
    const done = replay ? await deadLetters.replay(updateId) : await deadLetters.drop(updateId);
    if (done) {
      ctx.log.info(
        { dead_update_id: updateId, by: ctx.from.id },
        replay ? "dead letter replayed" : "dead letter dropped",
      );
    }
    const outcome = !done
      ? `Update ${updateId} is no longer a dead letter — someone already handled it.`
      : replay
        ? `↻ Update ${updateId} is back in the queue and will be handled again.`
        : `🗑 Update ${updateId} dropped.`;
    await ctx.answerCallbackQuery({ text: outcome });
    // Said in the list as well: when the press waited behind other work in its chat, the intake
    // has already acknowledged it quietly and this toast never shows.
    await redraw(ctx, Number(page ?? 0), outcome);
  });

  return composer;
}
