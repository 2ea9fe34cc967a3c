/**
 * The /live-status page in a real browser (Debian's chromium through playwright-core): it takes a
 * token from the URL fragment, connects to /ws, and shows generations, balance, replies and
 * announcements as events are published on the bus.
 */
import { existsSync } from "node:fs";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishAnyEvent } from "../helpers/events.ts";
import { CHROMIUM_ARGS as ARGS, CHROMIUM } from "../helpers/mini-app.ts";
import { type LiveServer, startLiveServer } from "./setup.ts";

let s: LiveServer;
let browser: Browser;
beforeAll(async () => {
  s = await startLiveServer();
  if (existsSync(CHROMIUM)) browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await s?.stop();
});

const text = (page: Page, selector: string) => page.locator(selector).first().textContent();

describe.skipIf(!existsSync(CHROMIUM))("live status page", () => {
  it("shows a generation progressing, the balance and replies in real time", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (err) => errors.push(err.message));
    const token = s.token(3131);
    await page.goto(`http://127.0.0.1:${s.port}/live-status#token=${token}`);
    await page.waitForSelector('#status[data-state="open"]');
    expect(await text(page, "#status")).toContain("Connected as 3131");
    // The token is taken out of the address bar once read.
    expect(page.url()).not.toContain(token);

    const job = "tr[data-job='job-1']";
    await publishAnyEvent(s.cache, {
      type: "generation.queued",
      userId: 3131,
      payload: { jobId: "job-1", model: "flux-schnell", kind: "image" },
    });
    await page.waitForSelector(`${job}[data-status="queued"]`);
    expect(await text(page, `${job} [data-col="model"]`)).toBe("flux-schnell");

    await publishAnyEvent(s.cache, {
      type: "generation.progress",
      userId: 3131,
      payload: { jobId: "job-1", stage: "running", progress: 0.4 },
    });
    await page.waitForSelector(`${job}[data-status="running"]`);
    expect(await page.locator(`${job} progress`).getAttribute("value")).toBe("40");

    await publishAnyEvent(s.cache, {
      type: "generation.completed",
      userId: 3131,
      payload: { jobId: "job-1", url: "https://cdn.example.com/cat.png" },
    });
    await page.waitForSelector(`${job}[data-status="completed"]`);
    expect(await page.locator(`${job} a`).getAttribute("href")).toBe("https://cdn.example.com/cat.png");

    await publishAnyEvent(s.cache, { type: "credits.updated", userId: 3131, payload: { balance: 95 } });
    await page.locator("#balance", { hasText: /^95$/ }).waitFor();
    await publishAnyEvent(s.cache, { type: "credits.updated", userId: 3132, payload: { balance: 1 } });
    await publishAnyEvent(s.cache, {
      type: "conversation.message",
      userId: 3131,
      payload: { role: "assistant", text: "<b>Pixel</b> sounds adorable" },
    });
    await page.locator("#messages li", { hasText: "Pixel" }).waitFor();
    // Event text is shown as text, never parsed as HTML.
    expect(await page.locator("#messages b").count()).toBe(0);
    // Another user's balance never reaches this page.
    expect(await text(page, "#balance")).toBe("95");

    await publishAnyEvent(s.cache, { type: "announcement", payload: { text: "Maintenance at noon" } });
    await page.locator("#announcements li", { hasText: "Maintenance at noon" }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says why when the token is refused", async () => {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${s.port}/live-status`);
    await page.fill("#token", "not.a.token");
    await page.click("button[type=submit]");
    await page.waitForSelector('#status[data-state="closed"]');
    expect(await text(page, "#status")).toMatch(/invalid token.*\/token/);
    await page.close();
  });
});
