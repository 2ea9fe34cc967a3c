/**
 * The mind's commands: /persona (inline menu, or `/persona custom …`), /mood, /memory (the palace
 * room by room, paged, with delete buttons) and /forget (one memory, a room, or everything after
 * confirmation). Callback data always acts on the presser's own data, never on a user id in it.
 */
import { Composer, InlineKeyboard } from "grammy";
import { formatWhen } from "../../engines/memory-palace/index.ts";
import { ROOM_IDS, type RoomId } from "../../engines/memory-palace/types.ts";
import { PERSONAS } from "../../engines/personality/index.ts";
import type { MindService } from "../../services/mind-service.ts";
import type { BotContext } from "../context.ts";

const ROOM_TITLES: Record<RoomId, string> = {
  identity: "🪪 About you",
  people: "👥 People",
  work: "💼 Work",
  education: "🎓 Education",
  hobbies: "🎨 Hobbies",
  preferences: "❤️ Likes & dislikes",
  plans: "🗓 Plans",
  events: "📅 Events",
  health: "🩺 Health",
  places: "📍 Places",
  pets: "🐾 Pets",
  feelings: "💭 Feelings",
  episodes: "💬 Conversations",
};
const PAGE = 5;
const isRoom = (r: string): r is RoomId => (ROOM_IDS as readonly string[]).includes(r);
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

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
      await ctx.reply(
        result.ok
          ? `${result.persona.emoji} Meet ${result.persona.name}: ${result.persona.tagline}\nI'll talk like this from now on. /persona switches back.`
          : `I can't use that character: ${result.error}\n\nExample: /persona custom a calm retired sailor named Ned who loves tea`,
      );
      return;
    }
    const current = await mind.persona(ctx.from.id, ctx.chat.id);
    const lines = PERSONAS.map((p) => `${p.emoji} ${p.name} — ${p.tagline}`);
    await ctx.reply(
      `I'm currently ${current.emoji} ${current.name}. Who should I be?\n\n${lines.join("\n")}\n\nOr describe your own: /persona custom <description>`,
      { reply_markup: personaMenu(current.id) },
    );
  });

  composer.callbackQuery(/^persona:([a-z0-9-]{1,32})$/, async (ctx) => {
    const chatId = ctx.chat?.id ?? ctx.from.id;
    const persona = await mind.choosePersona(ctx.from.id, chatId, ctx.match[1]!);
    if (!persona) {
      await ctx.answerCallbackQuery({ text: "That character is not available any more." });
      return;
    }
    await ctx.answerCallbackQuery({ text: `${persona.emoji} ${persona.name} it is!` });
    await ctx
      .editMessageText(`${persona.emoji} I'm ${persona.name} now — ${persona.tagline}`, {
        reply_markup: personaMenu(persona.id),
      })
      .catch(() => {});
  });

  composer.command("mood", async (ctx) => {
    if (!ctx.from || !ctx.chat) return;
    await ctx.reply(await mind.describeMood(ctx.from.id, ctx.chat.id));
  });

  const roomsView = async (userId: number, forgetting = false) => {
    const rooms = await mind.rooms(userId);
    if (!rooms.length)
      return { text: "I don't remember anything about you yet. Tell me about yourself!", kb: undefined };
    const kb = new InlineKeyboard();
    rooms.forEach((r, i) => {
      kb.text(
        `${forgetting ? "🗑 " : ""}${ROOM_TITLES[r.room]} (${r.count})`,
        forgetting ? `mem:dr:${r.room}` : `mem:r:${r.room}:0`,
      );
      if (i % 2 === 1) kb.row();
    });
    if (forgetting) kb.row().text("🧨 Forget everything", "mem:wipe");
    const total = rooms.reduce((s, r) => s + r.count, 0);
    return {
      text: forgetting
        ? "What should I forget? Pick a room, or everything."
        : `🏛 Your memory palace: ${total} memories in ${rooms.length} rooms. Pick a room.`,
      kb,
    };
  };

  const roomPage = async (userId: number, room: RoomId, page: number) => {
    const all = (await mind.list(userId, room)).sort((a, b) => b.createdAt - a.createdAt);
    const pages = Math.max(1, Math.ceil(all.length / PAGE));
    const p = Math.min(Math.max(0, page), pages - 1);
    const items = all.slice(p * PAGE, p * PAGE + PAGE);
    const now = Date.now();
    const text = items.length
      ? `${ROOM_TITLES[room]} — page ${p + 1}/${pages}\n\n${items.map((m, i) => `${p * PAGE + i + 1}. ${clip(m.text, 300)}\n   (${formatWhen(m.createdAt, now)})`).join("\n\n")}`
      : `${ROOM_TITLES[room]} is empty now.`;
    const kb = new InlineKeyboard();
    for (const [i, m] of items.entries()) kb.text(`🗑 ${p * PAGE + i + 1}`, `mem:d:${m.id}`);
    kb.row();
    if (p > 0) kb.text("‹ Prev", `mem:r:${room}:${p - 1}`);
    kb.text("« Rooms", "mem:rooms");
    if (p < pages - 1) kb.text("Next ›", `mem:r:${room}:${p + 1}`);
    return { text, kb };
  };

  composer.command("memory", async (ctx) => {
    if (!ctx.from) return;
    const view = await roomsView(ctx.from.id);
    await ctx.reply(view.text, { reply_markup: view.kb });
  });

  composer.command("forget", async (ctx) => {
    if (!ctx.from) return;
    const args = ctx.match.trim();
    if (!args) {
      const view = await roomsView(ctx.from.id, true);
      await ctx.reply(view.text, { reply_markup: view.kb });
    } else if (/^(all|everything)$/i.test(args)) {
      await ctx.reply("Forget everything I remember about you? This cannot be undone.", {
        reply_markup: new InlineKeyboard()
          .text("Yes, forget everything", "mem:wipe:yes")
          .text("Cancel", "mem:cancel"),
      });
    } else if (isRoom(args.toLowerCase())) {
      const n = await mind.forget(ctx.from.id, { room: args.toLowerCase() as RoomId });
      await ctx.reply(`Done: I forgot ${n} memories from ${ROOM_TITLES[args.toLowerCase() as RoomId]}.`);
    } else {
      const match = await mind.findMemory(ctx.from.id, args);
      if (!match) {
        await ctx.reply("I couldn't find a memory like that. /memory shows everything I remember.");
        return;
      }
      await mind.forget(ctx.from.id, { memoryId: match.id });
      await ctx.reply(`Forgotten: “${clip(match.text, 200)}”`);
    }
  });

  composer.callbackQuery("mem:rooms", async (ctx) => {
    const view = await roomsView(ctx.from.id);
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(view.text, { reply_markup: view.kb }).catch(() => {});
  });

  composer.callbackQuery(/^mem:r:([a-z]+):(\d{1,4})$/, async (ctx) => {
    const room = ctx.match[1]!;
    if (!isRoom(room)) return ctx.answerCallbackQuery({ text: "Unknown room." });
    const view = await roomPage(ctx.from.id, room, Number(ctx.match[2]));
    await ctx.answerCallbackQuery();
    await ctx.editMessageText(view.text, { reply_markup: view.kb }).catch(() => {});
  });

  composer.callbackQuery(/^mem:d:([\w-]{1,56})$/, async (ctx) => {
    const id = ctx.match[1]!;
    const memory = (await mind.list(ctx.from.id)).find((m) => m.id === id);
    const removed = memory ? await mind.forget(ctx.from.id, { memoryId: id }) : 0;
    await ctx.answerCallbackQuery({ text: removed ? "Forgotten." : "Already gone." });
    if (memory) {
      const view = await roomPage(ctx.from.id, memory.room, 0);
      await ctx.editMessageText(view.text, { reply_markup: view.kb }).catch(() => {});
    }
  });

  composer.callbackQuery(/^mem:dr:([a-z]+)$/, async (ctx) => {
    const room = ctx.match[1]!;
    if (!isRoom(room)) return ctx.answerCallbackQuery({ text: "Unknown room." });
    const n = await mind.forget(ctx.from.id, { room });
    await ctx.answerCallbackQuery({ text: `Forgot ${n} memories.` });
    const view = await roomsView(ctx.from.id, true);
    await ctx.editMessageText(view.text, { reply_markup: view.kb }).catch(() => {});
  });

  composer.callbackQuery("mem:wipe", async (ctx) => {
    await ctx.answerCallbackQuery();
    await ctx
      .editMessageText("Forget everything I remember about you? This cannot be undone.", {
        reply_markup: new InlineKeyboard()
          .text("Yes, forget everything", "mem:wipe:yes")
          .text("Cancel", "mem:cancel"),
      })
      .catch(() => {});
  });

  composer.callbackQuery("mem:wipe:yes", async (ctx) => {
    const n = await mind.forget(ctx.from.id, "all");
    await ctx.answerCallbackQuery({ text: "Done." });
    await ctx
      .editMessageText(`🧹 Done — I forgot all ${n} memories. We start from a clean slate.`)
      .catch(() => {});
  });

  composer.callbackQuery("mem:cancel", async (ctx) => {
    await ctx.answerCallbackQuery({ text: "Nothing was forgotten." });
    await ctx.editMessageText("Okay, I'll keep remembering.").catch(() => {});
  });

  return composer;
}
