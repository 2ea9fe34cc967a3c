/**
 * DATA_DIR's default and meaning, in a module of its own: main.ts starts the embedded database from
 * it before the configuration schema (and zod) has even loaded.
 */
import path from "node:path";

export const DEFAULT_DATA_DIR = "./data";

/** "memory://" keeps the embedded database in memory; anything else is a directory. */
export const resolveDataDir = (raw: string): string => (raw === "memory://" ? raw : path.resolve(raw));

/**
 * Where the embedded database will live for this environment, or undefined when DATABASE_URL
 * points at Postgres: the same rule the configuration schema applies, without loading it.
 */
export function embeddedDataDir(env: Record<string, string | undefined>): string | undefined {
  return env.DATABASE_URL?.trim() ? undefined : resolveDataDir(env.DATA_DIR ?? DEFAULT_DATA_DIR);
}
