/**
 * Every locale through the real bot (grammY against the fake Bot API, FAL configured): /start,
 * /help, the /imagine picker, /buy, /memory and the common errors come out in the user's language
 * with no missing message (no "{message-id}" left in the text, no translation warning in the log).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n, LOCALES, telegramLanguageCode } from "../../src/i18n/index.ts";
import { type FakeFal, startFakeFal } from "../fakes/fal-server.ts";
import { callbackQuery, command } from "../fakes/updates.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { type Harness, startHarness } from "../helpers/harness.ts";

let h: Harness;
let fal: FakeFal;
const i18n = createI18n();

beforeAll(async () => {
  fal = await startFakeFal();
  h = await startHarness({ env: { ...fal.env }, recordLogs: true });
});
afterAll(async () => {
  await h?.stop();
  await fal?.close();
  await dropFreshDatabases();
});

const LEFTOVER_ID = /\{[a-z][\w.-]*\}/;

describe.each(LOCALES.map((locale, i) => [locale, 9100 + i] as const))("%s", (locale, userId) => {
  const t = i18n.t(locale);
  // Telegram sends the app's language in lower case ("pt-br"), or just the language ("pt").
  const who = {
    userId,
    firstName: "Zoë",
    languageCode: locale === "pt-BR" ? "pt-br" : telegramLanguageCode(locale),
  };

  /** Sends a command and returns the text of the bot's answer in that chat. */
  const ask = async (cmd: string, args?: string) => {
    const before = h.tg.calls.length;
    await h.send(command(cmd, args, who));
    return String((await h.nextCall("sendMessage", userId, before)).payload.text);
  };

  it("renders the main screens and errors in the user's language", async () => {
    const logBefore = h.lines.length;
    const texts: string[] = [];
    const start = await ask("start");
    expect(start).toBe(t("start-new-user", { name: "Zoë" }));
    const help = await ask("help");
    expect(help.startsWith(t("help-intro"))).toBe(true);
    expect(help).toContain(t("help-command-line", { command: "language", description: t("cmd-language") }));
    const picker = await ask("imagine", "a fox in the snow");
    expect(picker.split("\n")[0]).toBe(t("gen-title-image"));
    expect(picker).toContain(t("gen-picker-balance", { balance: 100 }));
    expect(await ask("buy")).toBe(t("buy-choose", { balance: 100 }));
    expect(await ask("memory")).toBe(t("memory-empty"));
    expect(await ask("imagine")).toBe(t("gen-imagine-usage"));
    expect(await ask("nosuchcommand")).toBe(t("unknown-command"));
    texts.push(start, help, picker);

    const before = h.tg.calls.length;
    await h.send(callbackQuery("gone:1", who));
    const toast = await h.tg.waitFor((c) => c.method === "answerCallbackQuery", 5_000, before);
    expect(toast.payload.text).toBe(t("button-expired"));

    for (const text of texts) expect(text).not.toMatch(LEFTOVER_ID);
    // Only this locale's: the command menus of every locale are published in the background.
    const mine = `"locales":["${locale}"]`;
    const problems = h.lines
      .slice(logBefore)
      .filter((l) => l.includes("translation problem") && l.includes(mine));
    expect(problems).toEqual([]);
  });
});
