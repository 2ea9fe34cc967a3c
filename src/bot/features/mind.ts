/**
 * The mind's commands: /persona (inline menu, or `/persona custom …`), /mood, /memory (the palace
 * room by room, paged, with delete buttons) and /forget (one memory, a room, or everything after
 * confirmation). Callback data always acts on the presser's own data, never on a user id in it.
 */
import { Composer, InlineKeyboard } from "grammy";
import { ROOM_IDS, type RoomId } from "../../engines/memory-palace/types.ts";
import { PERSONAS } from "../../engines/personality/index.ts";
import { daysAgo } from "../../i18n/relative-time.ts";
import type { MindService } from "../../services/mind-service.ts";
import { truncate } from "../../util/text.ts";
import type { BotContext } from "../context.ts";
import { customRefusal, roomTitle, taglineOf } from "./mind-text.ts";
import { moodText } from "./mood-text.ts";

const PAGE = 5;
const isRoom = (r: string): r is RoomId => (ROOM_IDS as readonly string[]).includes(r);

/** The mind feature. */
export function mindFeature(deps: { mind: MindService }) {
  const { mind } = deps;
  const composer = new Composer<BotContext>();

  const personaMenu = (currentId: string) => {
    const kb = new InlineKeyboard();
    PERSONAS.forEach((p, i) => {
      kb.text(`${p.id === currentId ? "✅ " : ""}${p.emoji} ${p.name}`, `persona:${p.id}`);
      if (i % 2 === 1) kb.row();
    });
    return kb;
  };

  composer.command("persona", async (ctx) => {
    if (!ctx.from || !ctx.chat) return;
    const args = ctx.match.trim();
    if (/^custom\b/i.test(args)) {
      const description = args.replace(/^custom\s*/i, "");
      const result = await mind.createPersona(ctx.from.id, ctx.chat.id, description);
      if (!result.ok) ctx.log.info({ reason: result.error }, "custom persona refused");
      await ctx.reply(
        result.ok
          ? ctx.t("persona-custom-created", {
              emoji: result.persona.emoji,
              name: result.persona.name,
              tagline: result.persona.tagline,
            })
          : customRefusal(ctx.t, description),
      );
      return;
    }
    const current = await mind.persona(ctx.from.id, ctx.chat.id);
    const list = PERSONAS.map((p) =>
      ctx.t("persona-line", { emoji: p.emoji, name: p.name, tagline: taglineOf(ctx.t, p) }),
    ).join("\n");
    await ctx.reply(ctx.t("persona-menu", { emoji: current.emoji, name: current.name, list }), {
      reply_markup: personaMenu(current.id),
    });
  });

  composer.callbackQuery(/^persona:([a-z0-9-]{1,32})$/, async (ctx) => {
    const chatId = ctx.chat?.id ?? ctx.from.id;
    const persona = await mind.choosePersona(ctx.from.id, chatId, ctx.match[1]!);
    if (!persona) {
      await ctx.answerCallbackQuery({ text: ctx.t("persona-unavailable") });
      return;
    }
    const names = { emoji: persona.emoji, name: persona.name };
    await ctx.answerCallbackQuery({ text: ctx.t("persona-chosen-toast", names) });
    await ctx
      .editMessageText(ctx.t("persona-chosen", { ...names, tagline: taglineOf(ctx.t, persona) }), {
        reply_markup: personaMenu(persona.id),
      })
      .catch(() => {});
  });

  composer.command("mood", async (ctx) => {
    if (!ctx.from || !ctx.chat) return;
    const report = await mind.moodReport(ctx.from.id, ctx.chat.id);
    await ctx.reply(report ? moodText(ctx.t, report) : ctx.t("mood-unknown"));
  });

  const roomsView = async (ctx: BotContext, forgetting = false) => {
    const { t } = ctx;
    const rooms = await mind.rooms(ctx.from!.id);
    if (!rooms.length) return { text: t("memory-empty"), kb: undefined };
    const kb = new InlineKeyboard();
    rooms.forEach((r, i) => {
      kb.text(
        `${forgetting ? "🗑 " : ""}${roomTitle(t, r.room)} (${r.count})`,
        forgetting ? `mem:dr:${r.room}` : `mem:r:${r.room}:0`,
      );
      if (i % 2 === 1) kb.row();
    });
    if (forgetting) kb.row().text(t("forget-button-everything"), "mem:wipe");
    const total = rooms.reduce((s, r) => s + r.count, 0);
    return {
      text: forgetting ? t("forget-pick") : t("memory-overview", { memories: total, rooms: rooms.length }),
      kb,
    };
  };

  const roomPage = async (ctx: BotContext, room: RoomId, page: number) => {
    const { t } = ctx;
    const locale = await ctx.i18n.getLocale();
    const all = (await mind.list(ctx.from!.id, room)).sort((a, b) => b.createdAt - a.createdAt);
    const pages = Math.max(1, Math.ceil(all.length / PAGE));
    const p = Math.min(Math.max(0, page), pages - 1);
    const items = all.slice(p * PAGE, p * PAGE + PAGE);
    const now = Date.now();
    const when = (at: number) => t("memory-when", { relative: daysAgo(at, now, locale), date: new Date(at) });
    const lines = items.map(
      (m, i) => `${p * PAGE + i + 1}. ${truncate(m.text, 300)}\n   (${when(m.createdAt)})`,
    );
    const title = roomTitle(t, room);
    const text = items.length
      ? `${t("memory-page-title", { room: title, page: p + 1, pages })}\n\n${lines.join("\n\n")}`
      : t("memory-room-empty", { room: title });
    const kb = new InlineKeyboard();
    for (const [i, m] of items.entries()) kb.text(`🗑 ${p * PAGE + i + 1}`, `mem:d:${m.id}`);
    kb.row();
    if (p > 0) kb.text(t("memory-button-prev"), `mem:r:${room}:${p - 1}`);
    kb.text(t("memory-button-rooms"), "mem:rooms");
    if (p < pages - 1) kb.text(t("memory-button-next"), `mem:r:${room}:${p + 1}`);
    return { text, kb };
  };

  composer.command("memory", async (ctx) => {
    if (!ctx.from) return;
    const view = await roomsView(ctx);
    await ctx.reply(view.text, { reply_markup: view.kb });
  });

  const wipeConfirmation = (ctx: BotContext) => ({
    text: ctx.t("forget-all-confirm"),
    kb: new InlineKeyboard()
      .text(ctx.t("forget-button-confirm"), "mem:wipe:yes")
      .text(ctx.t("button-cancel"), "mem:cancel"),
  });

  composer.command("forget", async (ctx) => {
    if (!ctx.from) return;
    const args = ctx.match.trim();
    if (!args) {
      const view = await roomsView(ctx, true);
      await ctx.reply(view.text, { reply_markup: view.kb });
    } else if (/^(all|everything)$/i.test(args)) {
      const confirm = wipeConfirmation(ctx);
      await ctx.reply(confirm.text, { reply_markup: confirm.kb });
    } else if (isRoom(args.toLowerCase())) {
      const room = args.toLowerCase() as RoomId;
      const count = await mind.forget(ctx.from.id, { room });
      await ctx.reply(ctx.t("forget-room-done", { count, room: roomTitle(ctx.t, room) }));
    } else {
      const match = await mind.findMemory(ctx.from.id, args);
      if (!match) {
        await ctx.reply(ctx.t("forget-not-found"));
        return;
      }
      await mind.forget(ctx.from.id, { memoryId: match.id });
      await ctx.reply(ctx.t("forget-one-done", { text: truncate(match.text, 200) }));
    }
  });

  composer.callbackQuery("mem:rooms", async (ctx) => {
    const view = await roomsView(ctx);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(view.text, { reply_markup: view.kb }).catch(() => {});
  });

  composer.callbackQuery(/^mem:r:([a-z]+):(\d{1,4})$/, async (ctx) => {
    const room = ctx.match[1]!;
    if (!isRoom(room)) return ctx.answerCallbackQuery({ text: ctx.t("memory-unknown-room") });
    const view = await roomPage(ctx, room, Number(ctx.match[2]));
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(view.text, { reply_markup: view.kb }).catch(() => {});
  });

  composer.callbackQuery(/^mem:d:([\w-]{1,56})$/, async (ctx) => {
    const id = ctx.match[1]!;
    const memory = (await mind.list(ctx.from.id)).find((m) => m.id === id);
    const removed = memory ? await mind.forget(ctx.from.id, { memoryId: id }) : 0;
    await ctx.answerCallbackQuery({ text: ctx.t(removed ? "forget-toast-forgotten" : "forget-toast-gone") });
    if (memory) {
      const view = await roomPage(ctx, memory.room, 0);
      await ctx.editMessageText(view.text, { reply_markup: view.kb }).catch(() => {});
    }
  });

  composer.callbackQuery(/^mem:dr:([a-z]+)$/, async (ctx) => {
    const room = ctx.match[1]!;
    if (!isRoom(room)) return ctx.answerCallbackQuery({ text: ctx.t("memory-unknown-room") });
    const count = await mind.forget(ctx.from.id, { room });
    await ctx.answerCallbackQuery({ text: ctx.t("forget-room-toast", { count }) });
    const view = await roomsView(ctx, true);
    await ctx.editMessageText(view.text, { reply_markup: view.kb }).catch(() => {});
  });

  composer.callbackQuery("mem:wipe", async (ctx) => {
    await ctx.answerCallbackQuery();
    const confirm = wipeConfirmation(ctx);
    await ctx.editMessageText(confirm.text, { reply_markup: confirm.kb }).catch(() => {});
  });

  composer.callbackQuery("mem:wipe:yes", async (ctx) => {
    const count = await mind.forget(ctx.from.id, "all");
    await ctx.answerCallbackQuery({ text: ctx.t("forget-toast-wiped") });
    await ctx.editMessageText(ctx.t("forget-all-done", { count })).catch(() => {});
  });

  composer.callbackQuery("mem:cancel", async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t("forget-toast-cancelled") });
    await ctx.editMessageText(ctx.t("forget-cancelled")).catch(() => {});
  });

  return composer;
}
