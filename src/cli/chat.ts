/**
 * `npm run chat`: talk to the same pipeline as the bot, in the terminal, without Telegram.
 * Interactive on a TTY; line by line (one reply per input line) when stdin is piped. It reads
 * `.env` like `npm start`, speaks the terminal's language (LC_ALL, LC_MESSAGES, LANG), and knows
 * the bot's commands that make sense here (/mood, /memory, /forget, /persona, /balance, /export,
 * /reset, /help) plus /debug (what each engine contributed) and /quit.
 */
import readline from "node:readline";
import { ConfigError, createConfig } from "../config/config.ts";
import { loadEnvFile } from "../config/env-file.ts";
import { embeddedNeedsCreating } from "../db/embedded.ts";
import { createEmotionEngine } from "../engines/emotion/index.ts";
import { createI18n } from "../i18n/index.ts";
import { createLogger } from "../observability/logger.ts";
import { openRuntime } from "../runtime.ts";
import type { ReplySink } from "../services/chat-service.ts";
import { createDreamService } from "../services/dreams.ts";
import { createPerspectivesService } from "../services/perspectives.ts";
import { createPrivacyService } from "../services/privacy.ts";
import { createSynesthesiaService } from "../services/synesthesia.ts";
import { createTerminalCommands } from "./commands.ts";
import { createEngineCommands } from "./engine-commands.ts";
import { telegramHtmlToTerminal, terminalLocale } from "./terminal-text.ts";

const interactive = process.stdin.isTTY === true;
let config: ReturnType<typeof createConfig>;
try {
  loadEnvFile();
  // Quiet by default: logs go to stderr, and piped output holds only the conversation.
  config = createConfig(process.env, "chat", {
    requireBotToken: false,
    defaultLogLevel: interactive ? "warn" : "error",
  });
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : `could not read .env: ${(err as Error).message}`);
  process.exit(1);
}
const logger = createLogger({ level: config.logLevel, destination: process.stderr });
const locale = terminalLocale(config.terminal.language);
const i18n = createI18n({ logger });
const t = i18n.t(locale);
const styled = process.stdout.isTTY === true;
const out = (s: string) => process.stdout.write(s);
const say = (text: string) => out(`${telegramHtmlToTerminal(text, styled)}\n`);

if (!config.databaseUrl && embeddedNeedsCreating(config.dataDir)) {
  process.stderr.write(`${t("terminal-first-start", { dir: config.dataDir })}\n`);
}
const runtime = await openRuntime(config, logger);
const user = { id: 1, firstName: config.terminal.userName ?? "You", languageCode: locale };
const chatInfo = { id: 1, type: "private" };
await runtime.repo.upsertUser(user);
await runtime.repo.upsertChat(chatInfo);
// The weights the mind reads with, loaded once; /synesthesia and /perspectives read with them too.
const emotion = createEmotionEngine();
const commands = createTerminalCommands({
  mind: runtime.mind,
  credits: runtime.credits,
  privacy: createPrivacyService({ prisma: runtime.db.prisma, cache: runtime.cache, ledger: runtime.credits }),
  chat: runtime.chat,
  t,
  locale,
  userId: user.id,
  chatId: chatInfo.id,
  exportDir: process.cwd(),
  llmModel: config.llm?.model,
  engines: createEngineCommands({
    synesthesia: createSynesthesiaService({ emotion, mind: runtime.mind }),
    dreams: createDreamService({
      mind: runtime.mind,
      llm: runtime.llm,
      translate: (l, id, v) => i18n.t(l)(id, v),
      logger,
    }),
    perspectives: createPerspectivesService({
      emotion,
      llm: runtime.llm,
      translate: (l, id, v) => i18n.t(l)(id, v),
      logger,
    }),
    t,
    locale,
    userId: user.id,
    chatId: chatInfo.id,
    outDir: process.cwd(),
  }),
});

/** Streams deltas to stdout as they arrive on a TTY; prints whole replies when piped. */
function terminalSink(): ReplySink {
  let printed = 0;
  return {
    progress(text) {
      if (!interactive) return;
      out(text.slice(printed));
      printed = text.length;
    },
    async finish(text) {
      if (interactive && text.startsWith(text.slice(0, printed)) && printed > 0)
        out(`${text.slice(printed)}\n`);
      else out(`${text}\n`);
      return undefined;
    },
  };
}

if (interactive) say(t("terminal-welcome"));
const rl = readline.createInterface({ input: process.stdin, terminal: interactive });
const prompt = () => interactive && out("\n› ");
prompt();
for await (const raw of rl) {
  const line = raw.trim();
  if (!line) {
    prompt();
    continue;
  }
  if (line === "/quit" || line === "/exit") break;
  const answer = await commands.handle(line);
  if (answer !== undefined) say(answer);
  else {
    if (interactive) out("velro › ");
    const result = await runtime.chat.handleTurn(
      { user, chat: chatInfo, text: line },
      terminalSink(),
      logger,
    );
    if (commands.debug)
      out(`${JSON.stringify(result.shaping.debug ?? { persona: result.shaping.persona.name }, null, 2)}\n`);
  }
  prompt();
}
rl.close();
await runtime.close();
