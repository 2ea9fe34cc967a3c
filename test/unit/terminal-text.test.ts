import { describe, expect, it } from "vitest";
import { telegramHtmlToTerminal, terminalLocale } from "../../src/cli/terminal-text.ts";
import { createConfig } from "../../src/config/config.ts";
import { posixLocaleTag } from "../../src/config/terminal.ts";

describe("the terminal chat's text and language", () => {
  it("turns Telegram HTML into terminal text and leaves other angle brackets alone", () => {
    const html = 'Payment id: <code>ch_1</code> &amp; <b>bold</b> — <a href="https://x.test">docs</a>';
    expect(telegramHtmlToTerminal(html, false)).toBe("Payment id: ch_1 & bold — docs (https://x.test)");
    expect(telegramHtmlToTerminal("<b>hi</b>", true)).toBe("\x1b[1mhi\x1b[22m");
    expect(telegramHtmlToTerminal("/persona custom <description>", false)).toBe(
      "/persona custom <description>",
    );
  });

  it("reads the language from LC_ALL, then LC_MESSAGES, then LANG, as POSIX programs do", () => {
    expect(posixLocaleTag("ru_RU.UTF-8")).toBe("ru-RU");
    expect(posixLocaleTag("pt_BR")).toBe("pt-BR");
    expect(posixLocaleTag("C.UTF-8")).toBeUndefined();
    expect(terminalLocale(posixLocaleTag("ru_RU.UTF-8"))).toBe("ru");
    expect(terminalLocale(posixLocaleTag("pt_BR.UTF-8"))).toBe("pt-BR");
    expect(terminalLocale(posixLocaleTag("ja_JP.UTF-8"))).toBe("en");
    expect(terminalLocale(undefined)).toBe("en");
    const config = (env: Record<string, string>) =>
      createConfig(env, "test", { requireBotToken: false }).terminal.language;
    expect(config({ LANG: "de_DE.UTF-8", LC_MESSAGES: "fr_FR.UTF-8" })).toBe("fr-FR");
    expect(config({ LANG: "de_DE.UTF-8", LC_ALL: "C" })).toBeUndefined();
    expect(config({ LANG: "uk_UA.UTF-8" })).toBe("uk-UA");
  });

  it("uses the caller's log level default only when LOG_LEVEL is unset", () => {
    const level = (env: Record<string, string>) =>
      createConfig(env, "test", { requireBotToken: false, defaultLogLevel: "warn" }).logLevel;
    expect(level({})).toBe("warn");
    expect(level({ LOG_LEVEL: "debug" })).toBe("debug");
    expect(createConfig({}, "test", { requireBotToken: false }).logLevel).toBe("info");
  });
});
