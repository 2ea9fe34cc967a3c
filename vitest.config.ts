import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Tests that share the machine's Postgres/Redis use their own databases and key prefixes,
    // so files can run in parallel. Three forks on CI's two cores: many files spend their time
    // waiting on processes they started (restarts, kills), which a third fork fills.
    pool: "forks",
    poolOptions: { forks: { maxForks: 3, minForks: 1 } },
    // Used by `npm run test:coverage` (`--coverage`); plain `npm test` collects none. The
    // thresholds sit a little under what the unit, engine, integration, e2e, i18n and production
    // tests reach on their own (91.4 % lines, 85.9 % branches, 92.7 % functions), so a change
    // that leaves code untested fails here rather than passing unnoticed.
    coverage: {
      provider: "v8",
      include: ["src/**"],
      exclude: ["src/db/generated/**"],
      reporter: ["text-summary", "html"],
      reportsDirectory: "coverage",
      thresholds: { lines: 89, statements: 89, branches: 83, functions: 90 },
    },
  },
});
