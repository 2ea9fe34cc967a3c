/**
 * Payment help that reaches a person. /paysupport asks the user to describe the problem; their next
 * private message goes to every admin as a ticket (who they are, their language, the charge ids of
 * their recent Stars payments) instead of to the AI. An admin answers with the ticket's Reply
 * button or by replying to the ticket in Telegram; the answer reaches the user, who can write back
 * the same two ways. An admin closes the ticket with a button and the user is told.
 *
 * Who writes next is kept in the database (see support-repository.ts), so it survives a restart
 * and works with several instances. Each relay is recorded under the Telegram message it carries,
 * and the sends go through the intake's send record: a handler run again after a crash relays
 * nothing twice. A recipient who blocked the bot is logged and skipped; the update still succeeds.
 */
import { FluentDateTime } from "@fluent/bundle";
import { type Api, Composer, GrammyError, InlineKeyboard } from "grammy";
import type { Message, User } from "grammy/types";
import type { RecentStarPayment, SupportRepository, SupportRole } from "../../db/support-repository.ts";
import type { BotI18n, Translate } from "../../i18n/index.ts";
import type { BotContext } from "../context.ts";
import { escapeHtml } from "../format.ts";
import { isNotModified } from "../telegram-send.ts";

export interface SupportFeatureDeps {
  support: SupportRepository;
  i18n: BotI18n;
  /** Who receives tickets and may answer and close them. */
  adminIds: readonly number[];
}

/** Room left for the words around a relayed text within Telegram's 4096 characters. */
const BODY_LIMIT = 3500;
/** Media other than photos and documents: not relayed, the writer is asked for words instead. */
const UNSUPPORTED = ["sticker", "voice", "video_note", "audio", "video", "animation", "location", "contact"];

const isCommand = (m: Message) => m.entities?.some((e) => e.type === "bot_command" && e.offset === 0);

/** At most `n` characters (code points, so an emoji is never cut in half), escaped for HTML. */
const clip = (text: string, n = BODY_LIMIT) => {
  const chars = Array.from(text.trim());
  return escapeHtml(chars.length > n ? `${chars.slice(0, n - 1).join("")}…` : chars.join(""));
};

/** Telegram's refusals that no retry will change: blocked by the user, or no chat with them yet. */
const undeliverable = (err: unknown) =>
  err instanceof GrammyError &&
  (err.error_code === 403 || (err.error_code === 400 && /chat not found/i.test(err.description)));

/** "Ann Lee (@ann)", escaped for HTML. */
const displayName = (u: User) =>
  escapeHtml([u.first_name, u.last_name].filter(Boolean).join(" ")) +
  (u.username ? ` (@${escapeHtml(u.username)})` : "");

function paymentLines(t: Translate, payments: RecentStarPayment[]): string[] {
  if (!payments.length) return [t("support-ticket-no-payments")];
  return payments.map((p) =>
    t("support-ticket-payment", {
      charge: escapeHtml(p.chargeId),
      stars: p.stars,
      credits: p.credits,
      date: new FluentDateTime(p.createdAt.getTime(), { timeZone: "UTC", hour12: false }),
      refunded: p.status === "refunded" ? "yes" : "no",
    }),
  );
}

/**
 * Sends a support message's content to one chat under `head` (already HTML): text as one message;
 * a photo or document as the words first (with the buttons), then the file as a reply to them.
 */
async function relay(
  api: Api,
  chatId: number,
  m: Message,
  head: string,
  markup: InlineKeyboard,
): Promise<Message[]> {
  const words = m.text ?? m.caption ?? "";
  const text = words.trim() ? `${head}\n\n${clip(words)}` : head;
  const card = await api.sendMessage(chatId, text, {
    parse_mode: "HTML",
    reply_markup: markup,
    link_preview_options: { is_disabled: true },
  });
  const attached = { reply_parameters: { message_id: card.message_id, allow_sending_without_reply: true } };
  if (m.photo?.length) return [card, await api.sendPhoto(chatId, m.photo.at(-1)!.file_id, attached)];
  if (m.document) return [card, await api.sendDocument(chatId, m.document.file_id, attached)];
  return [card];
}

/** The support feature; install it before the chat feature, whose text handler would answer first. */
export function supportFeature(deps: SupportFeatureDeps) {
  const { support, i18n } = deps;
  const composer = new Composer<BotContext>();
  const isAdmin = (id: number) => deps.adminIds.includes(id);
  const tFor = async (userId: number) =>
    i18n.t(await i18n.localeFor({ userId, chatId: userId, chatType: "private" }));

  /** Runs a send to someone other than the sender; a blocked recipient is logged, not an error. */
  async function deliver<T>(ctx: BotContext, to: number, send: () => Promise<T>): Promise<T | null> {
    try {
      return await send();
    } catch (err) {
      if (!undeliverable(err)) throw err;
      ctx.log.warn({ to, err: (err as GrammyError).description }, "support message not delivered");
      return null;
    }
  }

  const cancelKeyboard = (t: Translate) =>
    new InlineKeyboard().text(t("support-cancel-button"), "support:cancel");

  /** A user's message, opening a ticket or continuing one: to every admin, then a receipt. */
  async function toAdmins(ctx: BotContext, m: Message, ticketId: number, opened: boolean) {
    const from = m.from!;
    const payments = opened ? await support.recentPayments(from.id) : [];
    const code = from.language_code;
    const locale = await ctx.i18n.getLocale();
    const language = code && code !== locale ? `${locale} / ${code}` : locale;
    const links: { chatId: number; messageId: number }[] = [];
    let reached = 0;
    for (const adminId of deps.adminIds) {
      const t = await tFor(adminId);
      const who = { ticket: ticketId, name: displayName(from), id: String(from.id) };
      const head = opened
        ? [
            t("support-ticket-card", { ...who, language }),
            ...paymentLines(t, payments),
            t("support-ticket-hint"),
          ]
        : [t("support-ticket-followup", who)];
      const markup = new InlineKeyboard()
        .text(t("support-reply-button"), `support:reply:${ticketId}`)
        .text(t("support-close-button"), `support:close:${ticketId}`);
      const sent = await deliver(ctx, adminId, () => relay(ctx.api, adminId, m, head.join("\n"), markup));
      if (!sent) continue;
      reached++;
      for (const s of sent) links.push({ chatId: adminId, messageId: s.message_id });
    }
    await support.link(ticketId, links);
    if (!reached) ctx.log.error({ ticket: ticketId }, "no admin could receive a support message");
    else ctx.log.info({ ticket: ticketId, admins: reached, opened }, "support message relayed");
    await ctx.reply(ctx.t(opened ? "support-received" : "support-added", { ticket: ticketId }));
  }

  /** An admin's answer: to the ticket's user, in the user's language, then a word to the admin. */
  async function toUser(ctx: BotContext, m: Message, ticketId: number, userId: number) {
    const t = await tFor(userId);
    const head = t("support-answer-head", { ticket: ticketId });
    const markup = new InlineKeyboard().text(t("support-answer-button"), `support:answer:${ticketId}`);
    const sent = await deliver(ctx, userId, () => relay(ctx.api, userId, m, head, markup));
    if (sent) {
      await support.link(
        ticketId,
        sent.map((s) => ({ chatId: userId, messageId: s.message_id })),
      );
      ctx.log.info({ ticket: ticketId }, "support answer relayed");
    }
    await ctx.reply(ctx.t(sent ? "support-reply-sent" : "support-reply-blocked", { ticket: ticketId }));
  }

  const pm = composer.chatType("private");

  pm.command("paysupport", async (ctx) => {
    if (!deps.adminIds.length) return void (await ctx.reply(ctx.t("support-unavailable")));
    await support.setPending(ctx.from.id, null);
    await ctx.reply(ctx.t("support-ask"), { reply_markup: cancelKeyboard(ctx.t) });
  });

  // In a group the problem would be told in front of everyone.
  composer.command("paysupport", async (ctx) => {
    await ctx.reply(ctx.t("support-in-private"));
  });

  pm.callbackQuery("support:cancel", async (ctx) => {
    await support.clearPending(ctx.from.id);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(ctx.t("support-cancelled")).catch((err) => {
      if (!isNotModified(err)) throw err;
    });
  });

  pm.callbackQuery(/^support:(reply|answer|close):(\d+)$/, async (ctx) => {
    const [, action, id] = ctx.match;
    const ticket = await support.ticket(Number(id));
    const mine =
      ticket !== null && (action === "answer" ? ticket.userId === ctx.from.id : isAdmin(ctx.from.id));
    if (!ticket || !mine) return void (await ctx.answerCallbackQuery({ text: ctx.t("button-expired") }));
    if (action !== "close") {
      await support.setPending(ctx.from.id, ticket.id);
      await ctx.answerCallbackQuery();
      const ask = action === "reply" ? "support-reply-ask" : "support-answer-ask";
      return void (await ctx.reply(ctx.t(ask, { ticket: ticket.id }), {
        reply_markup: cancelKeyboard(ctx.t),
      }));
    }
    const closed = await support.close(ticket.id, ctx.from.id, ctx.callbackQuery.id);
    await ctx.answerCallbackQuery({ text: ctx.t("support-closed-toast", { ticket: ticket.id }) });
    if (!closed?.closedNow) return;
    ctx.log.info({ ticket: ticket.id }, "support ticket closed");
    const t = await tFor(ticket.userId);
    await deliver(ctx, ticket.userId, () =>
      ctx.api.sendMessage(ticket.userId, t("support-closed-user", { ticket: ticket.id })),
    );
  });

  pm.on("message", async (ctx, next) => {
    const m = ctx.message;
    const supported = m.text !== undefined || m.photo !== undefined || m.document !== undefined;
    const unsupported = UNSUPPORTED.some((k) => k in m);
    if ((!supported && !unsupported) || isCommand(m)) return next();
    const route = await support.route({
      chatId: m.chat.id,
      messageId: m.message_id,
      userId: ctx.from.id,
      replyToMessageId: m.reply_to_message?.message_id,
    });
    if (!route) return next();
    if (unsupported) return void (await ctx.reply(ctx.t("support-unsupported")));

    let role: SupportRole;
    if (route.via === "recorded") role = route.role;
    else if (route.ticketId === null) role = "open";
    else {
      const ticket = await support.ticket(route.ticketId);
      if (ticket?.userId === ctx.from.id) role = "user";
      else if (ticket && isAdmin(ctx.from.id)) role = "admin";
      else return next();
    }
    const rec = await support.record({
      chatId: m.chat.id,
      messageId: m.message_id,
      authorId: ctx.from.id,
      role,
      ticketId: route.ticketId,
    });
    if (!rec) return next();
    if (rec.role === "admin") await toUser(ctx, m, rec.ticket.id, rec.ticket.userId);
    else await toAdmins(ctx, m, rec.ticket.id, rec.role === "open");
  });

  return composer;
}
