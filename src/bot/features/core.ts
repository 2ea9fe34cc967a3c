/** /start, /help and /reset. */
import { Composer, InlineKeyboard } from "grammy";
import type { ChatRepository } from "../../db/chat-repository.ts";
import type { Translate } from "../../i18n/index.ts";
import type { ChatService } from "../../services/chat-service.ts";
import { COMMANDS, commandsIn } from "../commands.ts";
import type { BotContext } from "../context.ts";

export interface CoreFeatureDeps {
  repo: ChatRepository;
  chat: ChatService;
  /** The language model writing the replies, or null for the built-in offline responder. */
  llmModel: string | null;
  commands?: readonly string[];
  /** The Mini App's https URL: /start and /help then offer a button that opens it. */
  appUrl?: string;
}

/** Text of /help: every listed command and where replies come from, in one language. */
export function helpText(
  t: Translate,
  llmModel: string | null,
  commands: readonly string[] = COMMANDS,
): string {
  const lines = commandsIn(t, commands).map((c) => t("help-command-line", { ...c }));
  const mode = llmModel ? t("help-mode-llm", { model: llmModel }) : t("help-mode-offline");
  return [t("help-intro"), "", ...lines, "", mode].join("\n");
}

/** The core commands feature. */
export function coreFeature(deps: CoreFeatureDeps) {
  const composer = new Composer<BotContext>();
  const commands = deps.commands ?? COMMANDS;
  // Telegram opens web_app buttons in private chats only.
  const appButton = (ctx: BotContext) =>
    deps.appUrl && ctx.chat?.type === "private"
      ? new InlineKeyboard().webApp(ctx.t("app-open-button"), deps.appUrl)
      : undefined;

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

  composer.command("start", async (ctx, next) => {
    // An invitation link (`/start join_<token>`) is the teams feature's, further down the chain.
    if (ctx.match.startsWith("join_")) return next();
    if (!ctx.from || !ctx.chat) return;
    const created = ctx.isNewUser === true;
    ctx.log.info({ user_id: ctx.from.id, created }, "user started the bot");
    const name = ctx.from.first_name;
    await ctx.reply(ctx.t(created ? "start-new-user" : "start-returning-user", { name }), {
      reply_markup: appButton(ctx),
    });
  });

  composer.command("help", async (ctx) => {
    await ctx.reply(helpText(ctx.t, deps.llmModel, commands), { reply_markup: appButton(ctx) });
  });

  composer.command("reset", async (ctx) => {
    if (!ctx.chat) return;
    await deps.chat.reset(ctx.chat.id);
    await ctx.reply(ctx.t("reset-done"));
  });

  return composer;
}
