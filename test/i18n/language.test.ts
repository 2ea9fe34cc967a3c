/**
 * /language: the buttons name each language in itself; a choice is confirmed in the new language,
 * stored, and still holds after a restart on the same database. In a group only an admin may
 * choose, and the group's language then wins over each member's own.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Api } from "grammy";
import type { Message } from "grammy/types";
import { afterAll, describe, expect, it } from "vitest";
import { createI18n } from "../../src/i18n/index.ts";
import { startFakeTelegram } from "../fakes/telegram-server.ts";
import { callbackQuery, command } from "../fakes/updates.ts";
import { dropFreshDatabases, freshDatabaseUrl } from "../helpers/env.ts";
import { eventually, type Harness, startHarness } from "../helpers/harness.ts";

const i18n = createI18n();
const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  await dropFreshDatabases();
});

type Markup = { inline_keyboard: { text: string; callback_data: string }[][] };
const buttonsOf = (payload: Record<string, unknown>) => {
  const raw = payload.reply_markup as Markup | string;
  return (typeof raw === "string" ? (JSON.parse(raw) as Markup) : raw).inline_keyboard.flat();
};

async function ask(h: Harness, cmd: string, opts: Parameters<typeof command>[2], chatId: number) {
  const before = h.tg.calls.length;
  await h.send(command(cmd, undefined, opts));
  return h.nextCall("sendMessage", chatId, before);
}

async function press(h: Harness, data: string, opts: Parameters<typeof callbackQuery>[1]) {
  const before = h.tg.calls.length;
  await h.send(callbackQuery(data, opts));
  return h.tg.waitFor((c) => c.method === "answerCallbackQuery", 5_000, before);
}

describe("/language", () => {
  it("switches a user's language, confirms in it, and remembers it across a restart", async () => {
    const tg = await startFakeTelegram();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "velro-lang-"));
    dirs.push(dataDir);
    const env = { DATA_DIR: dataDir, DATABASE_URL: await freshDatabaseUrl() };
    const user = { userId: 9401, firstName: "Ann", languageCode: "en" };
    const ru = i18n.t("ru");

    const first = await startHarness({ tg, env });
    await ask(first, "start", user, 9401);
    const menu = await ask(first, "language", user, 9401);
    expect(String(menu.payload.text)).toBe(i18n.t("en")("language-choose", { language: "English" }));
    const buttons = buttonsOf(menu.payload);
    expect(buttons.map((b) => b.callback_data)).toEqual(i18n.locales.map((l) => `lang:${l}`));
    expect(buttons.find((b) => b.callback_data === "lang:ru")?.text).toBe(ru("language-self-name"));
    expect(buttons.find((b) => b.callback_data === "lang:en")?.text).toBe("✅ English");

    const toast = await press(first, "lang:ru", { ...user, message: menu.result as Message });
    expect(toast.payload.text).toBe(ru("language-set", { language: ru("language-self-name") }));
    const stored = await first.app.db.prisma.user.findUnique({ where: { id: 9401n } });
    expect(stored?.locale).toBe("ru");
    await first.stop({ keepTelegram: true });

    // A new process on the same database; the user's Telegram app still says English.
    const second = await startHarness({ tg, env });
    const again = await ask(second, "start", user, 9401);
    expect(String(again.payload.text)).toBe(ru("start-returning-user", { name: "Ann" }));
    const menuAgain = await ask(second, "language", user, 9401);
    expect(buttonsOf(menuAgain.payload).find((b) => b.callback_data === "lang:ru")?.text).toBe(
      `✅ ${ru("language-self-name")}`,
    );
    await second.stop();
    // Two starts of the service, each opening the embedded database.
  }, 60_000);

  it("in a group lets only admins choose, and the group's language then wins", async () => {
    const h = await startHarness();
    try {
      const group = -100500;
      const member = { userId: 9402, firstName: "Bo", languageCode: "en", chatId: group };
      const menu = await ask(h, "language", member, group);
      expect(String(menu.payload.text)).toBe(i18n.t("en")("language-choose-group", { language: "English" }));
      const message = menu.result as Message;

      // A member who is not an admin (the fake knows no admins) is told so, and nothing changes.
      const refused = await press(h, "lang:de", { userId: 9402, firstName: "Bo", message });
      expect(refused.payload.text).toBe(i18n.t("en")("language-admins-only"));
      expect(refused.payload.show_alert).toBe(true);
      expect((await h.app.db.prisma.chat.findUnique({ where: { id: BigInt(group) } }))?.locale).toBeNull();

      // An anonymous admin writes as Telegram's GroupAnonymousBot.
      const de = i18n.t("de");
      const anon = { userId: 1087968824, firstName: "Group", username: "GroupAnonymousBot", message };
      const chosen = await press(h, "lang:de", anon);
      expect(chosen.payload.text).toBe(de("language-set-group", { language: de("language-self-name") }));
      expect((await h.app.db.prisma.chat.findUnique({ where: { id: BigInt(group) } }))?.locale).toBe("de");

      // A real admin (as getChatMember reports) may switch it again.
      h.tg.setChatMember(group, 9403, "administrator");
      const admin = { userId: 9403, firstName: "Ann", message };
      const back = await press(h, "lang:en", admin);
      expect(back.payload.text).toBe(i18n.t("en")("language-set-group", { language: "English" }));
      await press(h, "lang:de", admin);
      expect((await h.app.db.prisma.chat.findUnique({ where: { id: BigInt(group) } }))?.locale).toBe("de");

      const help = await ask(h, "help", { ...member, botUsername: h.tg.botInfo.username }, group);
      expect(String(help.payload.text).startsWith(de("help-intro"))).toBe(true);
      // In the private chat the same member still gets their own language.
      const own = await ask(h, "help", { userId: 9402, firstName: "Bo", languageCode: "en" }, 9402);
      expect(String(own.payload.text).startsWith(i18n.t("en")("help-intro"))).toBe(true);
    } finally {
      await h.stop();
    }
  }, 60_000);

  it("publishes the command menu and the bot's profile in every language", async () => {
    const h = await startHarness();
    try {
      const ru = i18n.t("ru");
      await eventually(() => h.tg.profile("short_description", "ar") !== undefined, 20_000);
      // What a user of each language is shown (a language without its own value shows the default).
      const api = new Api(h.tg.token, { apiRoot: h.tg.apiRoot });
      expect((await api.getMyName({ language_code: "ru" })).name).toBe(ru("bot-name"));
      expect((await api.getMyDescription({ language_code: "pt" })).description).toBe(
        i18n.t("pt-BR")("bot-description"),
      );
      expect(h.tg.profile("short_description", "fa")).toBe(i18n.t("fa")("bot-short-description"));
      expect((await api.getMyShortDescription()).short_description).toBe(
        i18n.t("en")("bot-short-description"),
      );
      const menu = await api.getMyCommands({ language_code: "ru" });
      expect(menu.find((c) => c.command === "language")?.description).toBe(ru("cmd-language"));
      const fallback = await api.getMyCommands();
      expect(fallback.find((c) => c.command === "help")?.description).toBe(i18n.t("en")("cmd-help"));
    } finally {
      await h.stop();
    }
  }, 60_000);
});
