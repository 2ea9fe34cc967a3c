/**
 * Builds the Mini App (web/) into dist/app with Vite. `npm run build` and `npm start` call it
 * through scripts/build.mjs; run alone, `node scripts/build-app.mjs [--if-stale]`. With
 * `--if-stale` it builds only when a file under web/, the lock file or this script is newer than
 * the last build (its stamp, dist/app/.built).
 */
import { readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const web = path.join(root, "web");
const out = path.join(root, "dist", "app");
const STAMP = path.join(out, ".built");

function newestInput() {
  const files = readdirSync(web, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
  files.push(fileURLToPath(import.meta.url), path.join(root, "package-lock.json"));
  return Math.max(
    ...files.map((f) => statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? Number.POSITIVE_INFINITY),
  );
}

/** True when the app needs building. */
export function appStale() {
  const built = statSync(STAMP, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return built <= newestInput();
}

/** Builds the app (always, or only when stale). */
export async function buildApp({ ifStale = false } = {}) {
  if (ifStale && !appStale()) return false;
  const started = performance.now();
  // Vite is loaded only when there is something to build: `npm start` on a fresh build pays nothing.
  const { build } = await import("vite");
  // Built beside dist/app and swapped in whole, so a service serving the app (a test running
  // meanwhile) never finds it half written; the same sources give the same hashed file names.
  const next = path.join(root, "dist", `.app-${process.pid}`);
  const old = path.join(root, "dist", `.app-old-${process.pid}`);
  await build({ configFile: path.join(web, "vite.config.ts"), logLevel: "warn", build: { outDir: next } });
  writeFileSync(path.join(next, ".built"), "");
  if (statSync(out, { throwIfNoEntry: false })) renameSync(out, old);
  renameSync(next, out);
  rmSync(old, { recursive: true, force: true });
  console.info(`built dist/app in ${Math.round(performance.now() - started)} ms`);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildApp({ ifStale: process.argv.includes("--if-stale") });
}
