/** Small pieces every page uses: loading and empty states, errors, toasts, dates and numbers. */
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { ApiError } from "./api.ts";
import { locale, t } from "./i18n.ts";
import { signal, useSignal } from "./state.ts";
import { confirm, haptic } from "./telegram.ts";

/** The toast at the bottom of the screen. */
const toastText = signal<{ text: string; tone: "ok" | "error" } | null>(null);
let toastTimer: ReturnType<typeof setTimeout> | undefined;

export function toast(text: string, tone: "ok" | "error" = "ok"): void {
  haptic(tone === "ok" ? "success" : "error");
  toastText.set({ text, tone });
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => toastText.set(null), 3_500);
}

/** Takes the toast away (a new page: it spoke of the old one). */
export function clearToast(): void {
  clearTimeout(toastTimer);
  toastText.set(null);
}

/** Says what went wrong with an action, in the user's language. */
export function failed(err: unknown): void {
  toast(err instanceof ApiError && err.status === 0 ? t("app-network-error") : t("app-error"), "error");
}

export function Toast() {
  const value = useSignal(toastText);
  if (!value) return null;
  return (
    <div class={`toast toast-${value.tone}`} role="status" data-testid="toast">
      {value.text}
    </div>
  );
}

export function Spinner() {
  return (
    <div class="spinner" role="progressbar" aria-label={t("app-loading")}>
      <span />
    </div>
  );
}

export function Empty(props: { children: ComponentChildren }) {
  return <p class="empty">{props.children}</p>;
}

/** Loads data for a page: `{ data, error, reload }`; reload keeps showing the old data meanwhile. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[] = []) {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (d) => {
        if (!live) return;
        setData(d);
        setError(undefined);
      },
      (e) => {
        if (live) setError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  return { data, error, reload: () => setTick((n) => n + 1), setData };
}

/** A failed load, with a button that tries again. */
export function LoadError(props: { error: unknown; retry: () => void }) {
  const network = props.error instanceof ApiError && props.error.status === 0;
  return (
    <div class="error-box">
      <p>{t(network ? "app-network-error" : "app-error")}</p>
      <button type="button" class="button" onClick={props.retry}>
        {t("app-retry")}
      </button>
    </div>
  );
}

/** A date the way the user's language writes it ("3 Dec", "3 дек."). */
export function shortDate(iso: string): string {
  return new Intl.DateTimeFormat(locale(), { day: "numeric", month: "short" }).format(new Date(iso));
}

/** A Delete button that asks first (Telegram's own dialog), then does it. */
export function DeleteButton(props: { question: string; onConfirmed(): Promise<unknown> }) {
  return (
    <button
      type="button"
      class="button small danger"
      data-action="delete"
      onClick={async () => {
        if (await confirm(props.question)) await props.onConfirmed();
      }}
    >
      {t("app-delete")}
    </button>
  );
}
