/**
 * The layers' direction: storage (src/db) and the shared records (src/domain) sit below the
 * engines and services, so they may not import them. Each file's import specifiers are read from
 * its source and resolved against its folder, so a new import in the wrong direction fails here
 * before it turns into a cycle.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../../src/", import.meta.url));

/** Every .ts file below a folder of src, except Prisma's generated client. */
function sources(folder: string): string[] {
  const dir = path.join(SRC, folder);
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.split(path.sep).includes("generated"))
    .map((f) => path.join(dir, f));
}

/** The src-relative targets of a file's relative imports and re-exports (static and dynamic). */
function importedPaths(file: string, source = fs.readFileSync(file, "utf8")): string[] {
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*["']([^"']+)["']/gms),
    ...source.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
    ...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers
    .filter((s) => s.startsWith("."))
    .map((s) =>
      path
        .relative(SRC, path.resolve(path.dirname(file), s))
        .split(path.sep)
        .join("/"),
    );
}

const FORBIDDEN_BELOW = ["engines/", "services/", "bot/", "intake/", "http/", "ws/", "cli/"];

describe("layers", () => {
  it("reads imports of every shape (so the checks below can fail)", () => {
    const file = path.join(SRC, "db", "example.ts");
    const source = [
      'import type { Turn } from "../engines/dialogue/types.ts";',
      "import {\n  a,\n  b,\n} from '../services/x.ts';",
      'export { c } from "./batcher.ts";',
      'const m = await import("../engines/emotion/index.ts");',
      'import "../bot/side-effect.ts";',
    ].join("\n");
    expect(importedPaths(file, source).sort()).toEqual(
      [
        "bot/side-effect.ts",
        "db/batcher.ts",
        "engines/dialogue/types.ts",
        "engines/emotion/index.ts",
        "services/x.ts",
      ].sort(),
    );
  });

  for (const folder of ["db", "domain"]) {
    it(`src/${folder} imports nothing from the engines or anything above them`, () => {
      const files = sources(folder);
      expect(files.length).toBeGreaterThan(0);
      const wrong = files.flatMap((file) =>
        importedPaths(file)
          .filter((target) => FORBIDDEN_BELOW.some((layer) => target.startsWith(layer)))
          .map((target) => `${path.relative(SRC, file)} → ${target}`),
      );
      expect(wrong).toEqual([]);
    });
  }

  it("reads environment variables only in src/config (entry points hand it process.env whole)", () => {
    const files = sources(".").filter((f) => !path.relative(SRC, f).startsWith(`config${path.sep}`));
    const reads = files.filter((f) => /process\.env\s*(?:\.|\[|\?\.)/.test(fs.readFileSync(f, "utf8")));
    expect(reads.map((f) => path.relative(SRC, f))).toEqual([]);
  });
});
