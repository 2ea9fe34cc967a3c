/**
 * `npm run chat`: talk to the same pipeline as the bot, in the terminal, without Telegram.
 * Interactive on a TTY; line by line (one reply per input line) when stdin is piped.
 * Commands: /reset, /help, /debug (show what each engine contributed), /quit.
 */
import readline from "node:readline";
import { createConfig } from "../config/config.ts";
import { createLogger } from "../observability/logger.ts";
import { openRuntime } from "../runtime.ts";
import type { ReplySink } from "../services/chat-service.ts";

const interactive = process.stdin.isTTY === true;
const config = createConfig(process.env, "chat", { requireBotToken: false });
// Logs go to stderr so piped output holds only the conversation.
const logger = createLogger({
  level: process.env.LOG_LEVEL ?? (interactive ? "warn" : "error"),
  destination: process.stderr,
});
const runtime = await openRuntime(config, logger);
const user = { id: 1, firstName: process.env.USER_NAME || "You" };
const chatInfo = { id: 1, type: "private" };
await runtime.repo.upsertUser(user);
await runtime.repo.upsertChat(chatInfo);
let debug = false;

const out = (s: string) => process.stdout.write(s);

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

if (interactive) {
  out(`Velro terminal chat — ${runtime.modeLine}\nType /help for commands, /quit to leave.\n`);
}
const rl = readline.createInterface({ input: process.stdin, terminal: interactive });
const prompt = () => interactive && out("\nyou › ");
prompt();
for await (const raw of rl) {
  const line = raw.trim();
  if (!line) {
    prompt();
    continue;
  }
  if (line === "/quit" || line === "/exit") break;
  if (line === "/help") out("/reset — fresh conversation\n/debug — toggle engine details\n/quit — leave\n");
  else if (line === "/reset") {
    await runtime.chat.reset(chatInfo.id);
    out("🧹 Fresh start.\n");
  } else if (line === "/debug") {
    debug = !debug;
    out(`debug ${debug ? "on" : "off"}\n`);
  } else {
    if (interactive) out("velro › ");
    const result = await runtime.chat.handleTurn(
      { user, chat: chatInfo, text: line },
      terminalSink(),
      logger,
    );
    if (debug)
      out(`${JSON.stringify(result.shaping.debug ?? { persona: result.shaping.persona.name }, null, 2)}\n`);
  }
  prompt();
}
rl.close();
await runtime.close();
