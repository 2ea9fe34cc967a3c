/**
 * The Mini App's start: Telegram's script has read the launch parameters; the app follows the
 * theme, speaks Telegram's language for the user at once, signs in with initData, then switches to
 * the language the user chose with the bot (/language), and opens the page it was asked for.
 */
import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { APP_BASE, api, SignInFailure, signIn } from "./api.ts";
import { languageSignal, t, useLocale } from "./i18n.ts";
import { PAGES } from "./pages/index.ts";
import { connect } from "./socket.ts";
import { useSignal } from "./state.ts";
import { haptic, initData, inTelegram, setBack, start, startParam, telegramLanguage } from "./telegram.ts";
import { clearToast, Spinner, Toast } from "./ui.tsx";
import "./styles.css";

type Phase = { kind: "loading" } | { kind: "refused"; reason: string } | { kind: "ready" };

function Shell(props: { first: string }) {
  useSignal(languageSignal);
  const [stack, setStack] = useState<string[]>([props.first]);
  const page = stack.at(-1)!;
  const go = (id: string) => {
    if (id === page) return;
    haptic("select");
    clearToast();
    // The tab bar keeps one level: Back returns to where the user came from, then to the chat.
    setStack((s) => [...s.filter((p) => p !== id).slice(-1), id]);
  };
  const canGoBack = stack.length > 1;
  useEffect(() => setBack(canGoBack ? () => setStack((s) => s.slice(0, -1)) : undefined), [canGoBack]);
  const Page = (PAGES.find((p) => p.id === page) ?? PAGES[0]!).component;
  return (
    <div class="shell" data-page={page}>
      <main class="page">
        <Page go={go} />
      </main>
      <nav class="tabs" aria-label="Velro">
        {PAGES.map((p) => (
          <button
            type="button"
            key={p.id}
            class={p.id === page ? "tab active" : "tab"}
            aria-current={p.id === page ? "page" : undefined}
            data-tab={p.id}
            onClick={() => go(p.id)}
          >
            <svg class="tab-icon" viewBox="0 0 24 24" aria-hidden="true">
              <path d={p.icon} />
            </svg>
            <span class="tab-label">{t(p.label)}</span>
          </button>
        ))}
      </nav>
      <Toast />
    </div>
  );
}

function Root(props: { phase: Phase; first: string }) {
  useSignal(languageSignal);
  const { phase } = props;
  if (phase.kind === "loading") {
    return (
      <div class="center">
        <Spinner />
      </div>
    );
  }
  if (phase.kind === "refused") {
    return (
      <div class="center refused" data-testid="signin-error">
        <div class="refused-icon">🔒</div>
        <p>{t(phase.reason === "network" ? "app-network-error" : `app-signin-${phase.reason}`)}</p>
      </div>
    );
  }
  return <Shell first={props.first} />;
}

async function boot() {
  const mount = document.getElementById("app")!;
  const first = PAGES.some((p) => p.id === startParam()) ? startParam()! : "chat";
  const show = (phase: Phase) => render(<Root phase={phase} first={first} />, mount);
  start(() => show({ kind: "ready" }));
  await useLocale(telegramLanguage() ?? navigator.language, APP_BASE);
  show({ kind: "loading" });
  try {
    await signIn(inTelegram() ? initData() : "");
  } catch (err) {
    haptic("error");
    show({ kind: "refused", reason: err instanceof SignInFailure ? err.reason : "network" });
    return;
  }
  connect();
  // The language the user chose with the bot wins over Telegram's.
  const me = await api.me().catch(() => null);
  if (me) await useLocale(me.locale, APP_BASE);
  show({ kind: "ready" });
}

void boot();
