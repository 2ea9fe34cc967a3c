/**
 * The terminal chat's settings (`npm run chat`): the name it calls its user by, and the language
 * the terminal speaks, from the POSIX locale variables. Part of the one configuration schema
 * (config.ts spreads these fields into it); kept here so the service's settings stay readable.
 */
import { z } from "zod";

const optional = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

/** The variables, as fields of the configuration schema. */
export const terminalEnv = {
  USER_NAME: optional,
  LC_ALL: optional,
  LC_MESSAGES: optional,
  LANG: optional,
};

export interface TerminalConfig {
  /** What the terminal chat calls its user; unset → the chat's own word for "you". */
  userName?: string;
  /**
   * The terminal's language as an IETF tag ("ru-RU" from `ru_RU.UTF-8`), read the way POSIX
   * programs do: LC_ALL, then LC_MESSAGES, then LANG. Unset for the C/POSIX locale.
   */
  language?: string;
}

/** A POSIX locale name ("pt_BR.UTF-8", "de_DE@euro", "C") as an IETF tag, or undefined. */
export function posixLocaleTag(value: string | undefined): string | undefined {
  const name = value?.split(/[.@]/)[0]?.trim();
  if (!name || name === "C" || name === "POSIX") return undefined;
  return name.replace(/_/g, "-");
}

export function terminalConfig(e: { [K in keyof typeof terminalEnv]?: string }): TerminalConfig {
  return {
    userName: e.USER_NAME,
    language: posixLocaleTag(e.LC_ALL ?? e.LC_MESSAGES ?? e.LANG),
  };
}
