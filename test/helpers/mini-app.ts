/**
 * The Mini App in a real browser for tests: the built bundle (built here when stale, under a lock
 * so parallel test files do not build at once), Debian's chromium through playwright-core, and a
 * page opened the way Telegram opens it — launch parameters in the URL's fragment and the native
 * apps' bridge, `window.TelegramWebviewProxy.postEvent`, answered like a Telegram client would.
 */
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { signInitData } from "../../src/ws/init-data.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Builds dist/app if any of its inputs changed since the last build. */
export function ensureAppBuilt(): void {
  const lock = path.join(os.tmpdir(), "velro-app-build.lock");
  execFileSync("flock", [lock, process.execPath, path.join(ROOT, "scripts/build-app.mjs"), "--if-stale"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (!existsSync(path.join(ROOT, "dist/app/index.html"))) throw new Error("dist/app was not built");
}

export const LIGHT_THEME = {
  bg_color: "#ffffff",
  secondary_bg_color: "#f0f2f5",
  text_color: "#16181d",
  hint_color: "#7d8590",
  link_color: "#2481cc",
  button_color: "#2a8bf2",
  button_text_color: "#ffffff",
  destructive_text_color: "#e5484d",
};
export const DARK_THEME = {
  bg_color: "#1c2229",
  secondary_bg_color: "#11161c",
  text_color: "#eef1f4",
  hint_color: "#8a96a3",
  link_color: "#6ab3f3",
  button_color: "#5288c1",
  button_text_color: "#ffffff",
  destructive_text_color: "#ef5b5b",
};

export interface LaunchOptions {
  botToken: string;
  user: { id: number; first_name: string; language_code?: string };
  /** Seconds since the epoch; now by default (older than a day is refused). */
  authDate?: number;
  /** Sign with this token instead (a forgery). */
  signWith?: string;
  theme?: Record<string, string>;
  startParam?: string;
}

/** The URL Telegram would open: the app with its launch parameters in the fragment. */
export function launchUrl(base: string, o: LaunchOptions): string {
  const fields: Record<string, string> = {
    auth_date: String(o.authDate ?? Math.floor(Date.now() / 1000)),
    query_id: "AAH-test-query",
    user: JSON.stringify(o.user),
    ...(o.startParam ? { start_param: o.startParam } : {}),
  };
  const initData = signInitData(fields, o.signWith ?? o.botToken);
  const hash = new URLSearchParams({
    tgWebAppData: initData,
    tgWebAppVersion: "8.0",
    tgWebAppPlatform: "ios",
    tgWebAppThemeParams: JSON.stringify(o.theme ?? LIGHT_THEME),
  });
  return `${base}/app#${hash}`;
}

/** Events the page posted to "Telegram", in order. */
export async function bridgeEvents(page: Page): Promise<{ type: string; data: Record<string, unknown> }[]> {
  return page.evaluate(() => (globalThis as unknown as { __tgEvents: never[] }).__tgEvents);
}

/**
 * A phone-sized page whose Telegram bridge answers as a client does: an invoice closes with
 * `invoiceStatus` (paid by default), a confirmation popup is confirmed.
 */
export async function telegramPage(
  browser: Browser,
  options: { scheme?: "light" | "dark"; invoiceStatus?: string } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 780 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    colorScheme: options.scheme ?? "light",
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  await page.addInitScript((invoiceStatus: string) => {
    const w = globalThis as unknown as {
      __tgEvents: { type: string; data: Record<string, unknown> }[];
      TelegramWebviewProxy: { postEvent(type: string, data: string): void };
      Telegram: { WebView: { receiveEvent(type: string, data: unknown): void } };
    };
    w.__tgEvents = [];
    w.TelegramWebviewProxy = {
      postEvent(type, raw) {
        const data = raw ? JSON.parse(raw) : {};
        w.__tgEvents.push({ type, data });
        const answer = (event: string, payload: unknown) =>
          setTimeout(() => w.Telegram.WebView.receiveEvent(event, payload), 50);
        if (type === "web_app_open_invoice")
          answer("invoice_closed", { slug: data.slug, status: invoiceStatus });
        if (type === "web_app_open_popup")
          answer("popup_closed", { button_id: data.buttons?.[0]?.id ?? "ok" });
      },
    };
  }, options.invoiceStatus ?? "paid");
  return { context, page, errors };
}

/** A generation job row as the gallery and the live page read it: FLUX ultra, 50 credits. */
export function creationRow(o: { userId: number; prompt: string; status: string; at: Date; url?: string }) {
  const id = randomUUID();
  const done = o.status === "completed";
  return {
    id,
    userId: BigInt(o.userId),
    chatId: BigInt(o.userId),
    model: "flux-ultra",
    kind: "image",
    endpoint: "fal-ai/flux-pro/v1.1-ultra",
    prompt: o.prompt,
    input: { prompt: o.prompt },
    cost: 50,
    status: o.status,
    result: done
      ? { images: [{ url: o.url ?? `https://cdn.example.com/${id}.png`, width: 768, height: 512 }] }
      : undefined,
    createdAt: o.at,
    finishedAt: done ? o.at : null,
    deliveredAt: done ? new Date() : null,
    queuePosition: o.status === "queued" ? 2 : null,
  };
}
