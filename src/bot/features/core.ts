/** /start, /help and /reset. */
import { Composer } from "grammy";
import type { ChatRepository } from "../../db/chat-repository.ts";
import type { ChatService } from "../../services/chat-service.ts";
import { COMMANDS, type CommandInfo } from "../commands.ts";
import type { BotContext } from "../context.ts";

export interface CoreFeatureDeps {
  repo: ChatRepository;
  chat: ChatService;
  /** A line describing where replies come from (model name, or the offline responder). */
  modeLine: string;
  commands?: CommandInfo[];
}

/** Text of /help: every registered command and the reply mode. */
export function helpText(commands: CommandInfo[], modeLine: string): string {
  const lines = commands.map((c) => `/${c.command} — ${c.description}`);
  return [
    "I'm Velro, your AI companion. Just write to me — in groups, mention me or reply to my message.",
    "",
    ...lines,
    "",
    modeLine,
  ].join("\n");
}

/** The core commands feature. */
export function coreFeature(deps: CoreFeatureDeps) {
  const composer = new Composer<BotContext>();
  const commands = deps.commands ?? COMMANDS;

  // Every feature may store data for the user or chat, so both rows exist before any handler runs.
  // The upserts are cached, so this costs a cache read per update.
  composer.use(async (ctx, next) => {
    if (ctx.from && !ctx.from.is_bot) {
      ctx.isNewUser = await deps.repo.upsertUser({
        id: ctx.from.id,
        firstName: ctx.from.first_name,
        username: ctx.from.username,
        languageCode: ctx.from.language_code,
      });
    }
    if (ctx.chat) {
      await deps.repo.upsertChat({
        id: ctx.chat.id,
        type: ctx.chat.type,
        title: "title" in ctx.chat ? ctx.chat.title : undefined,
      });
    }
    await next();
  });

  composer.command("start", async (ctx) => {
    if (!ctx.from || !ctx.chat) return;
    const created = ctx.isNewUser === true;
    ctx.log.info({ user_id: ctx.from.id, created }, "user started the bot");
    const name = ctx.from.first_name;
    await ctx.reply(
      created
        ? `Hi ${name}! I'm Velro 👋 — an AI companion who listens, remembers what matters to you and keeps you company.\n\nJust tell me what's on your mind. /help lists everything I can do.`
        : `Welcome back, ${name}! Pick up where we left off, or /reset for a fresh start.`,
    );
  });

  composer.command("help", async (ctx) => {
    await ctx.reply(helpText(commands, deps.modeLine));
  });

  composer.command("reset", async (ctx) => {
    if (!ctx.chat) return;
    await deps.chat.reset(ctx.chat.id);
    await ctx.reply("🧹 Fresh start! I've put our previous conversation aside — what shall we talk about?");
  });

  return composer;
}
