/**
 * No string left behind: every locale has exactly the messages English has, written in valid
 * Fluent, using only the variables English gives them, and within Telegram's length limits; a
 * Telegram language_code finds the right locale; plural forms follow each language's rules.
 */
import fs from "node:fs";
import path from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import { COMMANDS, commandsIn, PROFILE_LIMITS, profileIn } from "../../src/bot/commands.ts";
import { CREDIT_PACKS } from "../../src/engines/generation/catalog.ts";
import { createI18n, LOCALES, LOCALES_DIR, matchLocale, telegramLanguageCode } from "../../src/i18n/index.ts";

interface Parsed {
  /** Message id → the variables it references. */
  messages: Map<string, Set<string>>;
  problems: string[];
}

/** Collects `$variable` references anywhere in a Fluent pattern's AST. */
function variablesOf(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const n of node) variablesOf(n, into);
  else if (node && typeof node === "object") {
    const o = node as Record<string, unknown>;
    if (o.type === "var" && typeof o.name === "string") into.add(o.name);
    for (const v of Object.values(o)) variablesOf(v, into);
  }
  return into;
}

/** Every .ftl of a locale, parsed; junk (entries the parser skipped) and bundle errors are problems. */
function parseLocale(locale: string): Parsed {
  const dir = path.join(LOCALES_DIR, locale);
  const messages = new Map<string, Set<string>>();
  const problems: string[] = [];
  if (!fs.existsSync(dir)) return { messages, problems: [`locales/${locale}/ is missing`] };
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
    const source = fs.readFileSync(path.join(dir, file), "utf8");
    const resource = new FluentResource(source);
    // The runtime parser skips what it cannot read; every "id =" line must have become a message.
    const declared = source.match(/^-?[a-zA-Z][\w-]*(?=[ \t]*=)/gm) ?? [];
    const parsed = new Set(resource.body.map((m) => m.id));
    for (const id of declared) {
      if (!id.startsWith("-") && !parsed.has(id)) problems.push(`${locale}/${file}: "${id}" does not parse`);
    }
    const bundle = new FluentBundle(locale, { useIsolating: false });
    for (const err of bundle.addResource(resource)) problems.push(`${locale}/${file}: ${err.message}`);
    for (const m of resource.body) {
      if (messages.has(m.id)) problems.push(`${locale}/${file}: "${m.id}" is defined twice`);
      messages.set(m.id, variablesOf(m));
    }
  }
  if (!messages.size) problems.push(`locales/${locale}/ has no messages`);
  return { messages, problems };
}

const english = parseLocale("en");

describe("the English source", () => {
  it("parses cleanly and has the messages the code uses", () => {
    expect(english.problems).toEqual([]);
    for (const c of COMMANDS) expect(english.messages.has(`cmd-${c}`)).toBe(true);
    expect(english.messages.size).toBeGreaterThan(200);
  });
});

describe.each(LOCALES.filter((l) => l !== "en"))("locale %s", (locale) => {
  const parsed = parseLocale(locale);

  it("parses without errors", () => {
    expect(parsed.problems).toEqual([]);
  });

  it("has every English message and nothing English lacks", () => {
    const missing = [...english.messages.keys()].filter((id) => !parsed.messages.has(id));
    const extra = [...parsed.messages.keys()].filter((id) => !english.messages.has(id));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it("uses only the variables English provides", () => {
    const unknown: string[] = [];
    for (const [id, vars] of parsed.messages) {
      const given = english.messages.get(id);
      if (!given) continue;
      for (const v of vars) if (!given.has(v)) unknown.push(`${id}: $${v}`);
    }
    expect(unknown).toEqual([]);
  });
});

describe("Telegram's limits in every locale", () => {
  const i18n = createI18n();
  it.each(LOCALES)("%s: profile, command menu and invoices fit", (locale) => {
    const t = i18n.t(locale);
    const profile = profileIn(t);
    expect(profile.name.length).toBeGreaterThan(0);
    expect(profile.name.length).toBeLessThanOrEqual(PROFILE_LIMITS.name);
    expect(profile.description.length).toBeLessThanOrEqual(PROFILE_LIMITS.description);
    expect(profile.shortDescription.length).toBeLessThanOrEqual(PROFILE_LIMITS.shortDescription);
    for (const c of commandsIn(t)) {
      expect(c.description.length, c.command).toBeGreaterThan(0);
      expect(c.description.length, c.command).toBeLessThanOrEqual(256);
    }
    for (const pack of CREDIT_PACKS) {
      expect(t("pack-title", { credits: pack.credits }).length).toBeLessThanOrEqual(32);
      expect(t("invoice-description", { credits: pack.credits }).length).toBeLessThanOrEqual(255);
    }
  });
});

describe("choosing a locale from Telegram's language_code", () => {
  it("finds the shipped locale for a tag, and English for anything else", () => {
    expect(matchLocale("pt")).toBe("pt-BR");
    expect(matchLocale("pt-br")).toBe("pt-BR");
    expect(matchLocale("pt-BR")).toBe("pt-BR");
    expect(matchLocale("en-US")).toBe("en");
    expect(matchLocale("ar")).toBe("ar");
    expect(matchLocale("fa")).toBe("fa");
    expect(matchLocale("uk")).toBe("uk");
    expect(matchLocale("zh-hans")).toBe("en");
    expect(matchLocale(undefined)).toBe("en");
    expect(matchLocale("not a tag!")).toBe("en");
  });

  it("publishes menus under two-letter codes", () => {
    expect(LOCALES.map(telegramLanguageCode)).toEqual([
      "en",
      "ru",
      "uk",
      "es",
      "pt",
      "de",
      "fr",
      "it",
      "tr",
      "id",
      "fa",
      "ar",
    ]);
  });
});

describe("plural forms", () => {
  const i18n = createI18n();
  it("English: one credit, many credits, with grouping", () => {
    const t = i18n.t("en");
    expect(t("pack-title", { credits: 1 })).toBe("1 credit");
    expect(t("pack-title", { credits: 1500 })).toBe("1,500 credits");
  });

  it("Russian: 1 кредит, 2 кредита, 5 кредитов, 21 кредит", () => {
    const t = i18n.t("ru");
    expect(t("pack-title", { credits: 1 })).toContain("1 кредит");
    expect(t("pack-title", { credits: 1 })).not.toContain("кредита");
    expect(t("pack-title", { credits: 2 })).toContain("2 кредита");
    expect(t("pack-title", { credits: 5 })).toContain("5 кредитов");
    expect(t("pack-title", { credits: 21 })).toContain("21 кредит");
    expect(t("pack-title", { credits: 21 })).not.toMatch(/кредит(а|ов)/);
  });
});
