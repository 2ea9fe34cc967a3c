/**
 * `.env` for `npm start`, `npm run chat` and `npm run migrate`: the README and `.env.example` tell
 * users to keep their settings there, so the entry points read it when it exists. Variables the
 * environment already has win over the file, so a value given on the command line or by an
 * orchestrator is never overridden by a file left in the working directory.
 */
import fs from "node:fs";
import path from "node:path";

/** Loads `<dir>/.env` into the process environment when the file exists; returns its path then. */
export function loadEnvFile(dir = process.cwd()): string | undefined {
  const file = path.join(dir, ".env");
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return undefined;
  // Node's loader (20.12+) sets only variables that are not set yet.
  process.loadEnvFile(file);
  return file;
}
