/**
 * The ways into the Mini App from Telegram, against the fake Bot API: with an https PUBLIC_URL the
 * default menu button opens the app, /start sets the user's own in their language, and /start and
 * /help carry a web_app button in private chats only. Without one (Telegram opens web apps over
 * https only) nothing points at the app.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { command } from "../fakes/updates.ts";
import { dropFreshDatabases } from "../helpers/env.ts";
import { eventually, type Harness, startHarness } from "../helpers/harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ env: { PUBLIC_URL: "https://velro.example" } });
});
afterAll(async () => {
  await h?.stop();
  await dropFreshDatabases();
});

const webAppButtons = (markup: unknown) => {
  const kb = typeof markup === "string" ? JSON.parse(markup) : markup;
  return (
    (kb as { inline_keyboard?: { text: string; web_app?: { url: string } }[][] })?.inline_keyboard ?? []
  )
    .flat()
    .filter((b) => b.web_app);
};

describe("opening the Mini App from Telegram", () => {
  it("sets the default menu button at start-up", async () => {
    expect(await eventually(() => h.tg.menuButton(), 10_000)).toEqual({
      type: "web_app",
      text: "Velro app",
      web_app: { url: "https://velro.example/app" },
    });
  });

  it("/start and /help offer the app in a private chat, in the user's language", async () => {
    let before = h.tg.calls.length;
    await h.send(command("start", undefined, { userId: 6601, languageCode: "de" }));
    const start = await h.nextCall("sendMessage", 6601, before);
    expect(webAppButtons(start.payload.reply_markup)).toEqual([
      { text: "✨ Velro-App öffnen", web_app: { url: "https://velro.example/app" } },
    ]);
    expect(h.tg.menuButton(6601)).toEqual({
      type: "web_app",
      text: "Velro-App",
      web_app: { url: "https://velro.example/app" },
    });
    before = h.tg.calls.length;
    await h.send(command("help", undefined, { userId: 6601, languageCode: "de" }));
    const help = await h.nextCall("sendMessage", 6601, before);
    expect(webAppButtons(help.payload.reply_markup)).toHaveLength(1);
  });

  it("offers no web_app button in a group", async () => {
    const before = h.tg.calls.length;
    await h.send(command("help", undefined, { userId: 6602, chatId: -100_660 }));
    const help = await h.nextCall("sendMessage", -100_660, before);
    expect(webAppButtons(help.payload.reply_markup)).toEqual([]);
  });
});

describe("without an https public URL", () => {
  it("points nowhere: no menu button, no web_app button", async () => {
    const plain = await startHarness({ env: { PUBLIC_URL: "http://127.0.0.1:9" } });
    try {
      const before = plain.tg.calls.length;
      await plain.send(command("start", undefined, { userId: 6603 }));
      const start = await plain.nextCall("sendMessage", 6603, before);
      expect(webAppButtons(start.payload.reply_markup)).toEqual([]);
      await plain.idle();
      expect(plain.tg.callsOf("setChatMenuButton")).toEqual([]);
    } finally {
      await plain.stop();
    }
  });
});
