/**
 * /deadletters (admins only): the updates that failed every try, newest first, a page at a time,
 * each with when it failed, who sent it, what it was and why it failed, and buttons to put it back
 * in the inbox (↻) or delete it (🗑). The list message is edited in place after every press.
 */
import { FluentDateTime } from "@fluent/bundle";
import { Composer, InlineKeyboard } from "grammy";
import type { DeadLetter, DeadLetterStore } from "../../db/inbox-repository.ts";
import type { Translate } from "../../i18n/index.ts";
import { timeAgo } from "../../i18n/relative-time.ts";
import { truncate } from "../../util/text.ts";
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
// The words around it are the admin's language (dl-* messages); the update's own field names
// (media kinds, member statuses) are Telegram's and stay as they are.

/** One line, at most `n` characters (code points, so an emoji is never cut in half), escaped. */
export function preview(text: string, n = 60): string {
  return escapeHtml(truncate(text.replace(/\s+/g, " ").trim(), n));
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

const amountOf = (o: Obj) => preview(`${o.total_amount ?? "?"} ${o.currency ?? ""}`, 30);

function describeMessage(t: Translate, m: Obj): string {
  const payment = obj(m.successful_payment) ?? obj(m.refunded_payment);
  if (payment) {
    const key = m.successful_payment ? "dl-kind-payment" : "dl-kind-refunded-payment";
    return t(key, { amount: amountOf(payment) });
  }
  const text = str(m.text);
  if (text !== undefined) {
    const entities = Array.isArray(m.entities) ? m.entities.map(obj) : [];
    const isCommand = entities.some((e) => e?.type === "bot_command" && e.offset === 0);
    return t(isCommand ? "dl-kind-command" : "dl-kind-text", { text: preview(text) });
  }
  const media = MEDIA.find((k) => m[k] !== undefined);
  if (media) {
    const caption = str(m.caption);
    return t("dl-kind-media", {
      media: media.replace(/_/g, " "),
      caption: caption ? `: “${preview(caption)}”` : "",
    });
  }
  if (m.new_chat_members || m.left_chat_member) return t("dl-kind-members");
  return t("dl-kind-message");
}

/** What kind of update a stored payload was, in one short line of HTML. */
export function describeUpdate(t: Translate, payload: unknown): string {
  const update = obj(payload) ?? {};
  const kind = Object.keys(update).find((k) => k !== "update_id");
  const inner = kind ? obj(update[kind]) : undefined;
  if (!kind || !inner) return t("dl-kind-unreadable");
  if (MESSAGE_KINDS.includes(kind)) {
    const line = describeMessage(t, inner);
    return kind.startsWith("edited_") ? t("dl-kind-edited", { line }) : line;
  }
  if (kind === "callback_query") {
    const data = str(inner.data) ?? str(inner.game_short_name) ?? "";
    return t("dl-kind-button", { data: preview(data) });
  }
  if (kind === "pre_checkout_query") return t("dl-kind-checkout", { amount: amountOf(inner) });
  if (kind === "my_chat_member" || kind === "chat_member") {
    const from = str(obj(inner.old_chat_member)?.status) ?? "?";
    const to = str(obj(inner.new_chat_member)?.status) ?? "?";
    return t("dl-kind-membership", { from: preview(from, 20), to: preview(to, 20) });
  }
  return t("dl-kind-other", { kind: preview(kind.replace(/_/g, " "), 30) });
}

/** Who sent the update and in which chat; the lane when the payload names neither. */
export function describeSender(t: Translate, payload: unknown, lane: string): string {
  const update = obj(payload) ?? {};
  const kind = Object.keys(update).find((k) => k !== "update_id");
  const inner = (kind && obj(update[kind])) || {};
  const from = obj(inner.from);
  const chat = obj(inner.chat) ?? obj(obj(inner.message)?.chat);
  const parts: string[] = [];
  if (from) {
    const name =
      [str(from.first_name), str(from.last_name)].filter(Boolean).join(" ") || t("dl-sender-someone");
    const handle = str(from.username) ? ` @${preview(str(from.username)!, 32)}` : "";
    parts.push(t("dl-sender", { name: preview(name, 40), handle, id: preview(String(from.id ?? "?"), 20) }));
  }
  if (chat && chat.type !== "private") {
    const title = str(chat.title) ?? str(chat.username) ?? String(chat.type ?? "chat");
    parts.push(t("dl-in-group", { title: preview(title, 40), id: preview(String(chat.id ?? "?"), 20) }));
  } else if (chat) parts.push(t("dl-in-private"));
  return parts.join(" ") || t("dl-lane", { lane: preview(lane, 40) });
}

/** "3 minutes ago (12/03/2026, 10:15 UTC)", in the reader's language. */
export function describeWhen(t: Translate, locale: string, at: Date, now = Date.now()): string {
  const date = new FluentDateTime(at.getTime(), { timeZone: "UTC", hour12: false });
  return t("dl-when", { relative: timeAgo(at.getTime(), now, locale), date });
}

/** The error's first line, clipped: enough to recognise it, short enough for a phone. */
const errorLine = (t: Translate, error: string) =>
  preview(error.split("\n").find((l) => l.trim()) ?? t("dl-error-unknown"), 100);

function letterText(t: Translate, locale: string, letter: DeadLetter, n: number): string {
  const when = describeWhen(t, locale, new Date(letter.failedAt));
  return [
    t("dl-letter-head", { n, id: String(letter.updateId), when }),
    describeSender(t, letter.payload, letter.lane),
    describeUpdate(t, letter.payload),
    t("dl-error-line", { error: errorLine(t, letter.error), tries: letter.attempts }),
  ].join("\n");
}

/** The dead letters feature. */
export function deadLettersFeature(deps: DeadLettersFeatureDeps) {
  const { deadLetters } = deps;
  const pageSize = deps.pageSize ?? 5;
  const composer = new Composer<BotContext>();
  const isAdmin = (ctx: BotContext) => ctx.from !== undefined && deps.adminIds.includes(ctx.from.id);

  const view = async (ctx: BotContext, page: number): Promise<{ text: string; kb?: InlineKeyboard }> => {
    const { t } = ctx;
    const locale = await ctx.i18n.getLocale();
    const empty = { text: t("dl-empty"), kb: undefined };
    const total = await deadLetters.count();
    if (total === 0) return empty;
    const pages = Math.ceil(total / pageSize);
    const p = Math.min(Math.max(0, page), pages - 1);
    const letters = await deadLetters.list(pageSize, p * pageSize);
    // Another admin emptied this page between the count and the list: start again from the top.
    if (!letters.length) return p > 0 ? view(ctx, 0) : empty;
    const kb = new InlineKeyboard();
    letters.forEach((l, i) => {
      const n = p * pageSize + i + 1;
      // The page rides along so the list is redrawn where the admin was.
      kb.text(t("dl-button-replay", { n }), `dl:r:${l.updateId}:${p}`)
        .text(t("dl-button-drop", { n }), `dl:d:${l.updateId}:${p}`)
        .row();
    });
    if (p > 0) kb.text("◀", `dl:p:${p - 1}`);
    kb.text(`🔄 ${p + 1}/${pages}`, `dl:p:${p}`);
    if (p < pages - 1) kb.text("▶", `dl:p:${p + 1}`);
    const head = [t("dl-head", { total, page: p + 1, pages }), t("dl-explain")].join("\n");
    const items = letters.map((l, i) => letterText(t, locale, l, p * pageSize + i + 1));
    return { text: [head, ...items].join("\n\n"), kb };
  };

  /** Edits the list in place; `note` (the outcome of a press) heads it. */
  const redraw = async (ctx: BotContext, page: number, note?: string) => {
    const v = await view(ctx, page);
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
    if (!isAdmin(ctx)) return void (await ctx.reply(ctx.t("admin-only")));
    // The list quotes users' messages; a group's other members must not read them.
    if (ctx.chat.type !== "private") return void (await ctx.reply(ctx.t("dl-private-only")));
    const v = await view(ctx, 0);
    await ctx.reply(v.text, {
      parse_mode: "HTML",
      reply_markup: v.kb,
      link_preview_options: { is_disabled: true },
    });
  });

  composer.callbackQuery(/^dl:/, async (ctx, next) => {
    if (isAdmin(ctx)) return next();
    await ctx.answerCallbackQuery({ text: ctx.t("admin-only-button") });
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
    const outcome = ctx.t(!done ? "dl-gone" : replay ? "dl-replayed" : "dl-dropped", {
      id: String(updateId),
    });
    await ctx.answerCallbackQuery({ text: outcome });
    // Said in the list as well: when the press waited behind other work in its chat, the intake
    // has already acknowledged it quietly and this toast never shows.
    await redraw(ctx, Number(page ?? 0), outcome);
  });

  return composer;
}
