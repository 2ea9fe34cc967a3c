/**
 * `npm run build` (and `npm start`, with `--if-stale`): bundles the service into dist/ — our code and its
 * dependencies in one ES module graph — and copies the files it reads at run time (emotion
 * weights, the live-status page, the database worker) to the same places under dist/ that they
 * have under src/ (see src/assets.ts). Loading one bundle instead of ~140 TypeScript modules
 * through the tsx loader plus ~400 CommonJS files of dependencies takes a fraction of the time
 * and memory (`npm run bench:startup`).
 *
 * PGlite stays external: only the database worker loads it, from node_modules, with its WASM and
 * data files beside it. So does resvg (palette cards), a native addon chosen per platform.
 *
 * `--if-stale` builds only when a source, the lock file or this script is newer than the last
 * build (the way make decides), so `npm start` does not pay ~0.7 s for an unchanged bundle.
 *
 * The Mini App (web/) is built after the service into dist/app by scripts/build-app.mjs, which
 * decides by its own inputs whether it is stale; a service build leaves dist/app in place.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { buildApp } from "./build-app.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const src = path.join(root, "src");
const out = path.join(root, "dist");
const ASSETS = [
  "engines/emotion/weights.bin",
  "ws/live-status.html",
  "db/embedded-worker.mjs",
  "db/embedded-wire.mjs",
];
// Written last: a build that failed half-way leaves none, so the next start builds again.
const STAMP = path.join(out, ".built");

/** The newest modification time among the build's inputs. */
function newestInput() {
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
  files.push(
    fileURLToPath(import.meta.url),
    ...["package.json", "package-lock.json"].map((f) => path.join(root, f)),
  );
  return Math.max(
    ...files.map((f) => statSync(f, { throwIfNoEntry: false })?.mtimeMs ?? Number.POSITIVE_INFINITY),
  );
}

const ifStale = process.argv.includes("--if-stale");
if (ifStale) {
  const built = statSync(STAMP, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  if (built > newestInput()) {
    await buildApp({ ifStale });
    process.exit(0);
  }
}

/**
 * The generated Prisma client imports its WASM query compiler as a 2.6 MB base64 string module and
 * decodes it; in a long-running process both the module source and the string stay in the heap.
 * The bundle instead reads the binary, written next to it at build time. If a Prisma upgrade
 * changes the generated code, the build fails here rather than silently keeping the old path.
 */
const prismaWasmFromFile = {
  name: "prisma-wasm-from-file",
  setup(b) {
    b.onLoad({ filter: /[\\/]generated[\\/]internal[\\/]class\.ts$/ }, async (args) => {
      const code = readFileSync(args.path, "utf8");
      const pattern =
        /const \{ wasm \} = await import\("(@prisma\/client\/runtime\/(query_compiler_bg\.\w+)\.wasm-base64\.mjs)"\)\s*return await decodeBase64AsWasm\(wasm\)/;
      const match = pattern.exec(code);
      if (!match)
        throw new Error("prisma-wasm-from-file: the generated client no longer has the expected shape");
      const [, base64Module, name] = match;
      const { wasm } = await import(base64Module);
      writeFileSync(path.join(out, `${name}.wasm`), Buffer.from(wasm, "base64"));
      const load = `const { readFile } = await import("node:fs/promises")
    return new WebAssembly.Module(await readFile(new URL("./${name}.wasm", import.meta.url)))`;
      return { contents: code.replace(pattern, load), loader: "ts" };
    });
  },
};

/**
 * V8 keeps a module's source text for its lifetime, as two bytes per character if any character
 * is above U+00FF — that doubles a 3 MB bundle. esbuild escapes such characters in strings but
 * leaves them in comments and regular expression literals, so escape the rest here: `\\uXXXX`
 * means the same code unit in a regex (a surrogate pair stays one code point under the u flag),
 * and is inert in a comment. A character right after a backslash would change meaning; refuse.
 */
function oneByteSource(code, file) {
  return code.replace(/[\u0100-\uffff]/g, (ch, at) => {
    if (code[at - 1] === "\\") throw new Error(`${file}: escaped non-Latin-1 character at ${at}`);
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}

const started = performance.now();
mkdirSync(out, { recursive: true });
for (const entry of readdirSync(out)) {
  // The Mini App (and one being built beside it) is scripts/build-app.mjs's to replace.
  if (entry !== "app" && !entry.startsWith(".app-"))
    rmSync(path.join(out, entry), { recursive: true, force: true });
}
await build({
  absWorkingDir: root,
  entryPoints: [path.join(src, "main.ts")],
  outdir: out,
  bundle: true,
  // Some dependencies check class names (node-fetch: `constructor.name === "AbortSignal"`).
  keepNames: true,
  // app.ts is imported lazily by main.ts (the database worker starts first), so keep it a chunk.
  splitting: true,
  platform: "node",
  format: "esm",
  target: "node20",
  // resvg is a native addon (a .node file per platform), loaded from node_modules when a palette
  // card is first drawn.
  // opusscript (voice replies' Opus encoder) finds its .wasm beside its own JS file, which a bundle
  // would move; it is loaded from node_modules on the first voice reply.
  external: ["@electric-sql/*", "@resvg/*", "opusscript"],
  // Bundled CommonJS dependencies call require() for Node built-ins and read __dirname /
  // __filename (the Deno shim under @grammyjs/i18n does so as it loads); give the ES module them.
  banner: {
    js: [
      'import { createRequire as __velroRequire } from "node:module";',
      'import { fileURLToPath as __velroPath } from "node:url";',
      "const require = __velroRequire(import.meta.url);",
      "const __filename = __velroPath(import.meta.url);",
      'const __dirname = __velroPath(new URL(".", import.meta.url));',
    ].join("\n"),
  },
  plugins: [prismaWasmFromFile],
  sourcemap: "linked",
  legalComments: "linked",
  logLevel: "warning",
});
for (const file of ASSETS) cpSync(path.join(src, file), path.join(out, file));
for (const file of readdirSync(out).filter((f) => f.endsWith(".js"))) {
  writeFileSync(path.join(out, file), oneByteSource(readFileSync(path.join(out, file), "utf8"), file));
}
writeFileSync(STAMP, "");
const files = readdirSync(out).filter((f) => f.endsWith(".js")).length;
console.info(`built dist/ (${files} files) in ${Math.round(performance.now() - started)} ms`);
await buildApp({ ifStale });
