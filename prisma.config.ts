/**
 * Prisma CLI configuration. The CLI runs with its bundled WASM schema engine ("js" engine) and a
 * pg driver adapter, so `prisma migrate deploy` and `prisma generate` work offline; the service
 * itself applies migrations with its own migrator (src/db/migrate.ts) for a fast start-up.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// The schema reads env("DATABASE_URL"); commands that never connect (generate, validate) still need
// a syntactically valid value, so a local default stands in when none is set.
process.env.DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/velro";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  engine: "js",
  experimental: { adapter: true },
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL });
  },
});
