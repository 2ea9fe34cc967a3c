/**
 * The bot's commands in the terminal chat: /mood, /memory, /forget, /persona, /balance, /export,
 * plus /reset, /help and /debug. They call the services the bot calls and say the bot's own
 * Fluent messages in the terminal user's language; where the bot shows buttons, the terminal says
 * which command to type instead, and a question the bot confirms with a button is confirmed by
 * typing a word.
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { customRefusal, roomTitle, taglineOf } from "../bot/features/mind-text.ts";
import { moodText } from "../bot/features/mood-text.ts";
import { ROOM_IDS, type RoomId } from "../domain/memory.ts";
import { PERSONAS } from "../engines/personality/index.ts";
import type { Translate } from "../i18n/index.ts";
import { daysAgo } from "../i18n/relative-time.ts";
import type { ChatService } from "../services/chat-service.ts";
import type { CreditsLedger } from "../services/credits/ledger.ts";
import type { MindService } from "../services/mind-service.ts";
import type { PrivacyService } from "../services/privacy.ts";
import { truncate } from "../util/text.ts";

export interface TerminalCommandDeps {
  mind: MindService;
  credits: Pick<CreditsLedger, "balance">;
  privacy: Pick<PrivacyService, "exportJson">;
  chat: Pick<ChatService, "reset">;
  /** Translator in the terminal user's language, and that language's tag (for dates). */
  t: Translate;
  locale: string;
  userId: number;
  chatId: number;
  /** Where /export writes its file. */
  exportDir: string;
  /** The LLM's model name, or undefined in offline mode (said by /help). */
  llmModel?: string;
  now?: () => number;
  /** /synesthesia, /dream and /perspectives (engine-commands.ts), by name. */
  engines?: Record<string, (args: string) => Promise<string>>;
}

/** The commands /help lists, in the order of the bot's menu. */
const LISTED = [
  "reset",
  "persona",
  "mood",
  "memory",
  "forget",
  "dream",
  "synesthesia",
  "perspectives",
  "balance",
  "export",
] as const;
const PAGE = 10;
const isRoom = (r: string): r is RoomId => (ROOM_IDS as readonly string[]).includes(r);

/**
 * Creates the command handler of one terminal session. `handle` answers a line that is a command
 * it knows (or the confirmation of a pending question) with the text to print, and anything else
 * with undefined: that line is a message for the conversation.
 */
export function createTerminalCommands(deps: TerminalCommandDeps) {
  const { mind, t, userId, chatId } = deps;
  const now = deps.now ?? Date.now;
  let pending: { run: () => Promise<string> } | undefined;
  let debug = false;

  function help(): string {
    const lines = LISTED.filter((c) => c in commandsByName()).map((command) =>
      t("help-command-line", { command, description: t(`cmd-${command}`) }),
    );
    const mode = deps.llmModel ? t("help-mode-llm", { model: deps.llmModel }) : t("help-mode-offline");
    return [t("help-intro"), "", ...lines, t("terminal-help-debug"), t("terminal-help-quit"), "", mode].join(
      "\n",
    );
  }

  async function persona(args: string): Promise<string> {
    if (/^custom\b/i.test(args)) {
      const description = args.replace(/^custom\s*/i, "");
      const result = await mind.createPersona(userId, chatId, description);
      if (!result.ok) return customRefusal(t, description);
      const { emoji, name, tagline } = result.persona;
      return t("persona-custom-created", { emoji, name, tagline });
    }
    if (args) {
      const wanted = args.toLowerCase();
      const found = PERSONAS.find((p) => p.id === wanted || p.name.toLowerCase() === wanted);
      const chosen = found ? await mind.choosePersona(userId, chatId, found.id) : null;
      if (!chosen) return t("terminal-persona-unknown", { name: args });
      return t("persona-chosen", { emoji: chosen.emoji, name: chosen.name, tagline: taglineOf(t, chosen) });
    }
    const current = await mind.persona(userId, chatId);
    const list = PERSONAS.map((p) =>
      t("persona-line", { emoji: p.emoji, name: p.name, tagline: taglineOf(t, p) }),
    ).join("\n");
    const menu = t("persona-menu", { emoji: current.emoji, name: current.name, list });
    return `${menu}\n\n${t("terminal-persona-how")}`;
  }

  /** The rooms that hold memories, one per line: the name to type, its title, how many. */
  async function roomList(): Promise<{ lines: string[]; total: number } | undefined> {
    const rooms = await mind.rooms(userId);
    if (!rooms.length) return undefined;
    return {
      lines: rooms.map((r) => `  ${r.room} — ${roomTitle(t, r.room)} (${r.count})`),
      total: rooms.reduce((sum, r) => sum + r.count, 0),
    };
  }

  async function memory(args: string): Promise<string> {
    const [roomArg, pageArg] = args.toLowerCase().split(/\s+/);
    if (!roomArg) {
      const rooms = await roomList();
      if (!rooms) return t("memory-empty");
      const overview = t("memory-overview", { memories: rooms.total, rooms: rooms.lines.length });
      return [overview, ...rooms.lines, "", t("terminal-memory-how")].join("\n");
    }
    if (!isRoom(roomArg)) return t("memory-unknown-room");
    const all = (await mind.list(userId, roomArg)).sort((a, b) => b.createdAt - a.createdAt);
    const title = roomTitle(t, roomArg);
    if (!all.length) return t("memory-room-empty", { room: title });
    const pages = Math.ceil(all.length / PAGE);
    const page = Math.min(Math.max(1, Number(pageArg) || 1), pages);
    const at = now();
    const when = (ms: number) =>
      t("memory-when", { relative: daysAgo(ms, at, deps.locale), date: new Date(ms) });
    const items = all.slice((page - 1) * PAGE, page * PAGE).map((m, i) => {
      return `${(page - 1) * PAGE + i + 1}. ${truncate(m.text, 300)}\n   (${when(m.createdAt)})`;
    });
    const lines = [t("memory-page-title", { room: title, page, pages }), "", items.join("\n\n")];
    if (page < pages)
      lines.push("", t("terminal-memory-next", { command: `/memory ${roomArg} ${page + 1}` }));
    return lines.join("\n");
  }

  async function forget(args: string): Promise<string> {
    if (!args) {
      const rooms = await roomList();
      if (!rooms) return t("memory-empty");
      return [t("forget-pick"), ...rooms.lines, "", t("terminal-forget-how")].join("\n");
    }
    if (/^(all|everything)$/i.test(args)) {
      pending = {
        run: async () => t("forget-all-done", { count: await mind.forget(userId, "all") }),
      };
      return `${t("forget-all-confirm")}\n${t("terminal-confirm", { word: t("terminal-confirm-word") })}`;
    }
    const room = args.toLowerCase();
    if (isRoom(room)) {
      const count = await mind.forget(userId, { room });
      return t("forget-room-done", { count, room: roomTitle(t, room) });
    }
    const match = await mind.findMemory(userId, args);
    if (!match) return t("forget-not-found");
    await mind.forget(userId, { memoryId: match.id });
    return t("forget-one-done", { text: truncate(match.text, 200) });
  }

  async function exportData(): Promise<string> {
    const bytes = await deps.privacy.exportJson(userId);
    const file = path.join(deps.exportDir, `velro-export-${userId}.json`);
    await writeFile(file, bytes);
    return `${t("export-caption")}\n${t("terminal-export-saved", { path: file })}`;
  }

  const commands = new Map<string, (args: string) => Promise<string>>(
    Object.entries({
      help: async () => help(),
      reset: async () => {
        await deps.chat.reset(chatId);
        return t("reset-done");
      },
      debug: async () => {
        debug = !debug;
        return t(debug ? "terminal-debug-on" : "terminal-debug-off");
      },
      persona,
      mood: async () => {
        const report = await mind.moodReport(userId, chatId);
        return report ? moodText(t, report) : t("mood-unknown");
      },
      memory,
      forget,
      balance: async () => t("gen-balance", { balance: await deps.credits.balance(userId) }),
      export: exportData,
      ...deps.engines,
    }),
  );
  const commandsByName = () => Object.fromEntries(commands);

  return {
    /** Whether replies are followed by what each engine contributed (/debug). */
    get debug() {
      return debug;
    },
    async handle(line: string): Promise<string | undefined> {
      if (pending) {
        const question = pending;
        pending = undefined;
        const answer = line.trim().toLowerCase();
        if (answer === t("terminal-confirm-word").toLowerCase() || answer === "yes") return question.run();
        return t("forget-cancelled");
      }
      const m = /^\/([a-z]+)(?:@\S+)?(?:\s+([\s\S]*))?$/i.exec(line.trim());
      if (!m) return undefined;
      // A command the terminal does not have is answered, not sent to the conversation as text.
      const run = commands.get(m[1]!.toLowerCase());
      return run ? run((m[2] ?? "").trim()) : t("unknown-command");
    },
  };
}

export type TerminalCommands = ReturnType<typeof createTerminalCommands>;
