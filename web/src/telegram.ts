/**
 * The Telegram side of the app, over Telegram's own telegram-web-app.js (bundled from @twa-dev/sdk,
 * never loaded from a CDN). The script reads the launch parameters Telegram puts in the URL's
 * fragment (initData, theme, version, platform) and talks to the client through its bridge: a
 * `postMessage` to the parent frame in Telegram Web, `TelegramWebviewProxy.postEvent` in the apps.
 * Everything the pages need goes through the few typed functions here.
 */
import WebApp from "@twa-dev/sdk";

export type Haptic = "tap" | "select" | "success" | "error" | "warning";

/** Whether the page runs inside Telegram (it was given signed initData). */
export const inTelegram = (): boolean => WebApp.initData !== "";

/** The raw initData to send to the server for sign-in (never trusted on the client). */
export const initData = (): string => WebApp.initData;

/** Telegram's language for the user (a hint until the server says which language they chose). */
export const telegramLanguage = (): string | undefined => WebApp.initDataUnsafe.user?.language_code;

/** Where the app was opened from: a `startapp` parameter names a page (e.g. "memories"). */
export const startParam = (): string | undefined => WebApp.initDataUnsafe.start_param;

/** Tells Telegram the app is ready, opens it to full height and follows the theme. */
export function start(onTheme: () => void): void {
  WebApp.ready();
  WebApp.expand();
  applyTheme();
  WebApp.onEvent("themeChanged", () => {
    applyTheme();
    onTheme();
  });
}

/**
 * The script sets --tg-theme-* on the document; the scheme also decides the fallbacks the styles
 * use outside Telegram, and the header colour follows the page's background.
 */
function applyTheme(): void {
  const root = document.documentElement;
  root.dataset.scheme = WebApp.colorScheme;
  const bg = WebApp.themeParams.secondary_bg_color ?? WebApp.themeParams.bg_color;
  if (bg && WebApp.isVersionAtLeast("6.1")) {
    try {
      WebApp.setHeaderColor("secondary_bg_color");
      WebApp.setBackgroundColor(bg as `#${string}`);
    } catch {
      // Older clients refuse these; the page itself still follows the theme.
    }
  }
}

/** A light touch of the device's haptics (nothing where the client has none). */
export function haptic(kind: Haptic): void {
  if (!WebApp.isVersionAtLeast("6.1")) return;
  const h = WebApp.HapticFeedback;
  if (kind === "tap") h.impactOccurred("light");
  else if (kind === "select") h.selectionChanged();
  else h.notificationOccurred(kind);
}

let backHandler: (() => void) | undefined;
/** Shows Telegram's back button with this action, or hides it (undefined). */
export function setBack(handler: (() => void) | undefined): void {
  if (!WebApp.isVersionAtLeast("6.1")) return;
  if (backHandler) WebApp.BackButton.offClick(backHandler);
  backHandler = handler;
  if (handler) {
    WebApp.BackButton.onClick(handler);
    WebApp.BackButton.show();
  } else WebApp.BackButton.hide();
}

export type InvoiceStatus = "paid" | "cancelled" | "failed" | "pending";

/** Opens Telegram's payment sheet for an invoice link; resolves with how it closed. */
export function openInvoice(link: string): Promise<InvoiceStatus> {
  return new Promise((resolve) => WebApp.openInvoice(link, (status) => resolve(status)));
}

/** Asks a yes/no question with Telegram's own dialog (the browser's outside Telegram). */
export function confirm(message: string): Promise<boolean> {
  if (!inTelegram() || !WebApp.isVersionAtLeast("6.2")) return Promise.resolve(window.confirm(message));
  return new Promise((resolve) => WebApp.showConfirm(message, (ok) => resolve(ok)));
}
