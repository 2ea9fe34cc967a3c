/**
 * The app's words in the user's language: locales/<locale>/app.ftl, fetched from the service
 * (/app/i18n/<locale>.ftl) and formatted with Fluent, so plurals and numbers follow each language.
 * English is loaded too, as the fallback for a message a translation lacks.
 */
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { signal } from "./state.ts";

const LOCALES = ["en", "ru", "uk", "es", "pt-BR", "de", "fr", "it", "tr", "id", "fa", "ar"] as const;
const RTL = new Set(["fa", "ar"]);

/** The shipped locale for a language tag ("pt-br", "en-US", "fa") — English when none fits. */
export function matchLocale(tag: string | undefined): string {
  if (!tag) return "en";
  const lower = tag.toLowerCase();
  const exact = LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const base = lower.split(/[-_]/)[0]!;
  return LOCALES.find((l) => l.toLowerCase().split("-")[0] === base) ?? "en";
}

interface Loaded {
  locale: string;
  bundles: FluentBundle[];
}

const current = signal<Loaded>({ locale: "en", bundles: [] });
const cache = new Map<string, Promise<FluentBundle>>();

function load(locale: string, base: string): Promise<FluentBundle> {
  let bundle = cache.get(locale);
  if (!bundle) {
    bundle = fetch(`${base}i18n/${locale}.ftl`)
      .then((r) => (r.ok ? r.text() : ""))
      .then((text) => {
        const b = new FluentBundle(locale);
        b.addResource(new FluentResource(text));
        return b;
      });
    cache.set(locale, bundle);
  }
  return bundle;
}

/** Switches the app to a locale (loads its messages and English's); sets lang and dir. */
export async function useLocale(tag: string | undefined, base: string): Promise<void> {
  const locale = matchLocale(tag);
  const bundles = await Promise.all(
    locale === "en" ? [load("en", base)] : [load(locale, base), load("en", base)],
  );
  document.documentElement.lang = locale;
  document.documentElement.dir = RTL.has(locale) ? "rtl" : "ltr";
  current.set({ locale, bundles });
}

/** The current locale. */
export const locale = () => current.get().locale;

/** A message in the current language (the id itself if no bundle has it). */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  for (const bundle of current.get().bundles) {
    const message = bundle.getMessage(id);
    if (message?.value) return bundle.formatPattern(message.value, args);
  }
  return id;
}

/** Re-renders a component when the language changes. */
export const languageSignal = current;
