/**
 * DATA_DIR's default and meaning, in a module of its own: main.ts starts the embedded database from
 * it before the configuration schema (and zod) has even loaded.
 */
import path from "node:path";

export const DEFAULT_DATA_DIR = "./data";

/** "memory://" keeps the embedded database in memory; anything else is a directory. */
export const resolveDataDir = (raw: string): string => (raw === "memory://" ? raw : path.resolve(raw));
