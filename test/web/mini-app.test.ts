/**
 * The Mini App in a real browser (Debian's chromium through playwright-core), opened as Telegram
 * opens it, against the whole service, the fake Bot API and the fake LLM: sign-in with initData
 * (forged and stale refused), a reply streaming in, a memory added in the app and used by the bot
 * in Telegram, a creation in the gallery sent to the chat again, a purchase through openInvoice,
 * persona and mood, live progress, and the team and projects pages. With VELRO_SCREENSHOTS=1 it also writes each page at phone
 * size to docs/screenshots (see README).
 */
import { existsSync, mkdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishEvent } from "../../src/services/events.ts";
import type { FakeLlm } from "../fakes/llm-server.ts";
import { command, privateText } from "../fakes/updates.ts";
import { eventually, freePort, type Harness } from "../helpers/harness.ts";
import { useLlmHarness } from "../helpers/llm-harness.ts";
import {
  bridgeEvents,
  CHROMIUM,
  CHROMIUM_ARGS,
  creationRow,
  DARK_THEME,
  ensureAppBuilt,
  type LaunchOptions,
  launchUrl,
  telegramPage,
} from "../helpers/mini-app.ts";

const SHOTS =
  process.env.VELRO_SCREENSHOTS === "1" ? new URL("../../docs/screenshots/", import.meta.url) : null;
const USER = { id: 5151, first_name: "Maya", language_code: "en" };

let h: Harness;
let llm: FakeLlm;
let browser: Browser;
let images: Server;
let imageBase = "";
useLlmHarness({ JWT_SECRET: "mini-app-test-secret-0123456789-012345" }, (stack) => {
  ({ h, llm } = stack);
});

/** A small picture for the gallery, served on loopback (the page may load http images off https). */
const FOX = `<svg xmlns="http://www.w3.org/2000/svg" width="768" height="512" viewBox="0 0 768 512">
<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#1d3b6e"/><stop offset="1" stop-color="#f4a261"/></linearGradient></defs>
<rect width="768" height="512" fill="url(#s)"/><circle cx="600" cy="120" r="46" fill="#fdf0c2"/>
<path d="M0 400 Q200 330 384 390 T768 380 V512 H0Z" fill="#e9f1f7"/>
<path d="M330 380 L360 300 L385 345 L410 300 L440 380 Q385 430 330 380Z" fill="#e76f2e"/>
<path d="M360 360 L385 395 L410 360 Q385 372 360 360Z" fill="#fff"/></svg>`;

beforeAll(async () => {
  ensureAppBuilt();
  const port = await freePort();
  images = createServer((_req, res) => res.writeHead(200, { "content-type": "image/svg+xml" }).end(FOX));
  await new Promise<void>((resolve) => images.listen(port, "127.0.0.1", resolve));
  imageBase = `http://127.0.0.1:${port}`;
  if (existsSync(CHROMIUM))
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => images?.close(resolve));
});

const launch = (o: Partial<LaunchOptions> = {}) =>
  launchUrl(h.base, { botToken: h.env.BOT_TOKEN!, user: USER, ...o });
/** Text without Fluent's bidi isolation marks around placeables. */
const plain = (text: string | null) => (text ?? "").replace(/[\u2068\u2069]/g, "");
const tab = (page: Page, id: string) => page.click(`[data-tab="${id}"]`);
async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  await page.waitForTimeout(250);
  await page.screenshot({ path: new URL(`${name}.png`, SHOTS).pathname });
}

async function seed() {
  const prisma = h.app.db.prisma;
  const uid = BigInt(USER.id);
  const day = 86_400_000;
  const now = Date.now();
  for (let i = 0; i < 30; i++) {
    if (i % 3 === 1) continue;
    const at = new Date(now - (30 - i) * day);
    const valence = Math.sin(i / 4) * 0.5 + 0.15;
    await prisma.moodDay.create({
      data: {
        userId: uid,
        chatId: uid,
        day: new Date(at.toISOString().slice(0, 10)),
        valenceSum: valence * 2,
        arousalSum: 0.8,
        weight: 2,
        samples: 2 + (i % 4),
        emotions: { joy: 1 },
      },
    });
  }
  const job = (prompt: string, status: string, minutesAgo: number) =>
    creationRow({
      userId: USER.id,
      prompt,
      status,
      at: new Date(now - minutesAgo * 60_000),
      url: `${imageBase}/fox.svg`,
    });
  const done = job("a red fox curled up in fresh snow at dusk, watercolour", "completed", 90);
  const running = job("a lighthouse in a storm, oil painting", "queued", 1);
  await prisma.generationJob.createMany({ data: [done, running] });
  return { done: done.id, running: running.id };
}

describe.skipIf(!existsSync(CHROMIUM))("the Mini App in a browser", () => {
  it("refuses forged and stale initData with a clear message", async () => {
    const { context, page } = await telegramPage(browser);
    await page.goto(launch({ signWith: "123:not-this-bot" }));
    await expect(page.getByTestId("signin-error").textContent()).resolves.toMatch(/doesn't match this bot/);
    await page.goto("about:blank");
    await page.goto(launch({ authDate: Math.floor(Date.now() / 1000) - 2 * 86_400 }));
    await page.reload();
    await expect(page.getByTestId("signin-error").textContent()).resolves.toMatch(/too old/);
    await context.close();
  });

  it("chats, remembers, shows creations, sells credits and follows progress", async () => {
    const { page, errors } = await telegramPage(browser);
    await page.goto(launch());
    await page.waitForSelector('[data-tab="chat"].active');
    const ids = await seed();

    // Chat: the reply streams in as it is written.
    llm.script({ reply: "Hi Maya! Tell me about your day — I'm all ears.", chunkSize: 3, chunkDelayMs: 60 });
    await page.fill('[data-testid="composer"]', "Hello! It's my first time here");
    await page.keyboard.press("Enter");
    const reply = page.locator('.bubble[data-role="assistant"]').last();
    const seen = new Set<string>();
    await eventually(async () => {
      seen.add((await reply.textContent()) ?? "");
      return seen.has("Hi Maya! Tell me about your day — I'm all ears.");
    }, 15_000);
    // Several partial texts were on screen before the whole reply.
    expect([...seen].filter((s) => s && s.length < 45).length).toBeGreaterThanOrEqual(2);
    await shot(page, "chat");

    // Memory palace: a memory added in the app …
    await tab(page, "memories");
    await page.click('[data-action="add-memory"]');
    await page.fill('[data-testid="new-memory"]', "My favourite colour is teal");
    await page.click('.add-memory button[type="submit"]');
    const card = page.locator(".memory", { hasText: "My favourite colour is teal" });
    await card.waitFor();
    await card.locator('[data-action="pin"]').click();
    await page.locator(".memory.pinned", { hasText: "favourite colour is teal" }).waitFor();
    // … is what the bot draws on in Telegram, for a question that never names it.
    llm.setHandler((req) => {
      const prompt = JSON.stringify(req.body.messages);
      return {
        reply: prompt.includes("teal") ? "Teal, of course — your favourite!" : "Any colour you like.",
      };
    });
    const before = h.tg.calls.length;
    await h.send(privateText("What colour should I paint my room?", { userId: USER.id, firstName: "Maya" }));
    const answer = await h.nextCall("sendMessage", USER.id, before, 15_000);
    expect(String(answer.payload.text)).toContain("Teal, of course");
    llm.setHandler(null);
    await h.idle();
    await page.reload();
    await page.waitForSelector('[data-tab="chat"].active');
    await tab(page, "memories");
    await page.getByTestId("last-used").getByText("My favourite colour is teal").waitFor();
    await shot(page, "memories");

    // Gallery: the creation with its prompt, model, cost and date; sent to the chat again.
    await tab(page, "creations");
    const creation = page.locator(`[data-creation="${ids.done}"]`);
    await creation.waitFor();
    expect(plain(await creation.textContent())).toMatch(
      /red fox curled up.*FLUX1\.1 \[pro\] ultra · 50 credits/s,
    );
    const sends = h.tg.calls.length;
    await creation.locator('[data-action="send"]').click();
    const photo = await h.nextCall("sendPhoto", USER.id, sends);
    expect(String(photo.payload.caption)).toContain("red fox");
    await shot(page, "creations");

    // Credits: a pack opens Telegram's payment sheet with the bot's invoice link.
    await tab(page, "credits");
    await page.getByTestId("balance").waitFor();
    await page.click('[data-pack="s"]');
    await page
      .getByTestId("toast")
      .getByText(/Thank you/)
      .waitFor();
    const invoice = (await bridgeEvents(page)).find((e) => e.type === "web_app_open_invoice");
    const link = h.tg.invoices().at(-1)!.link!;
    expect(invoice?.data.slug).toBe(link.replace("https://t.me/$", ""));
    expect(h.tg.invoices().at(-1)).toMatchObject({
      payload: `credits:s:${USER.id}`,
      currency: "XTR",
      amount: 50,
    });
    // Telegram then completes the payment; the balance follows.
    await h.tg.simulatePurchase({
      userId: USER.id,
      invoicePayload: `credits:s:${USER.id}`,
      amount: 50,
      currency: "XTR",
    });
    await page.getByTestId("balance").getByText(/350/).waitFor({ timeout: 15_000 });
    await page.waitForSelector(".ledger li");
    await shot(page, "credits");

    // Persona and mood.
    await tab(page, "persona");
    await page.click('[data-persona="sage"]');
    await page.waitForSelector('[data-persona="sage"][aria-pressed="true"]');
    await shot(page, "persona");
    await page.getByTestId("mood").locator("circle").first().waitFor();
    await page.getByTestId("mood").scrollIntoViewIfNeeded();
    await shot(page, "mood");

    // Live: progress of a creation as its events arrive.
    await tab(page, "live");
    const job = page.locator(`[data-job="${ids.running}"]`);
    await job.waitFor();
    await publishEvent(h.app.cache, {
      type: "generation.progress",
      userId: USER.id,
      chatId: USER.id,
      payload: {
        jobId: ids.running,
        model: "flux-ultra",
        modelName: "FLUX1.1 [pro] ultra",
        kind: "image",
        prompt: "a lighthouse in a storm, oil painting",
        cost: 50,
        stage: "running",
      },
    });
    await page.waitForSelector(`[data-job="${ids.running}"][data-status="running"]`);
    await shot(page, "live");

    // Telegram saw the app get ready, follow the theme and buzz; Back returns to the last page.
    const events = (await bridgeEvents(page)).map((e) => e.type);
    expect(events).toEqual(
      expect.arrayContaining(["web_app_ready", "web_app_expand", "web_app_trigger_haptic_feedback"]),
    );
    expect(events).toContain("web_app_setup_back_button");
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it("shows the team and files a creation in a project whose privacy the owner changes", async () => {
    const owner = { id: 5153, first_name: "Noa", language_code: "en" };
    const teams = h.app.runtime.teams;
    for (const [id, name] of [
      [owner.id, "Noa"],
      [5154, "Omar"],
    ] as const) {
      await h.send(command("team", undefined, { userId: id, firstName: name, username: name.toLowerCase() }));
    }
    await h.idle();
    const team = await teams.members.create(owner.id, "Atelier");
    const invite = await teams.members.invite(owner.id, "editor");
    if (!team.ok || !invite.ok) throw new Error("team not set up");
    expect((await teams.members.join(5154, invite.token)).ok).toBe(true);
    expect((await teams.projects.create(owner.id, "Moodboard", true)).ok).toBe(true);
    const row = creationRow({
      userId: owner.id,
      prompt: "a paper boat on a rainy street, ink and wash",
      status: "completed",
      at: new Date(),
      url: `${imageBase}/fox.svg`,
    });
    await h.app.db.prisma.generationJob.create({ data: row });

    const { context, page, errors } = await telegramPage(browser);
    await page.goto(launch({ user: owner }));
    await tab(page, "team");
    await page.locator(".member", { hasText: "Omar" }).getByText("editor").waitFor();
    await page.getByTestId("audit-log").getByText(/Omar/).first().waitFor();
    expect(plain(await page.textContent(".team-card"))).toMatch(/Atelier.*owner.*Shared pool: 0 credits/s);
    await shot(page, "team");

    // The gallery's picker files the creation in the team's project.
    await tab(page, "creations");
    const card = page.locator(`[data-creation="${row.id}"]`);
    await card.locator('[data-action="add-to-project"]').click();
    await card.getByTestId("project-picker").getByText("Moodboard").click();
    await page
      .getByTestId("toast")
      .getByText(/Added to/)
      .waitFor();

    // The project shows it; made public, its page link appears, and Back returns to the list.
    await tab(page, "projects");
    await page.locator(".project-row", { hasText: "Moodboard" }).click();
    await page.locator(`.project [data-creation="${row.id}"]`).waitFor();
    await page.click('[data-privacy="public"]');
    const link = await page.getByTestId("public-link").inputValue();
    expect(link).toMatch(/\/p\/[A-Za-z0-9_-]{22}$/);
    expect((await fetch(link)).status).toBe(200);
    await shot(page, "projects");
    expect((await bridgeEvents(page)).map((e) => e.type)).toContain("web_app_setup_back_button");
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it("speaks the user's language right to left, in the dark theme", async () => {
    const { context, page } = await telegramPage(browser, { scheme: "dark" });
    await page.goto(
      launch({ user: { id: 5152, first_name: "ليلى", language_code: "ar" }, theme: DARK_THEME }),
    );
    await page.waitForSelector('[data-tab="memories"]');
    expect(
      await page.evaluate(() => {
        const root = (
          globalThis as unknown as { document: { documentElement: { lang: string; dir: string } } }
        ).document.documentElement;
        return [root.lang, root.dir];
      }),
    ).toEqual(["ar", "rtl"]);
    expect(await page.textContent('[data-tab="memories"]')).toContain("ذاكرة");
    await tab(page, "memories");
    await page.click('[data-action="add-memory"]');
    await page.fill('[data-testid="new-memory"]', "أحب القهوة العربية مع الهيل");
    await page.click('.add-memory button[type="submit"]');
    await page.locator(".memory", { hasText: "القهوة" }).waitFor();
    await shot(page, "memories-ar-dark");
    await context.close();
  });
});
