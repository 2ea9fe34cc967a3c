/**
 * `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in
 * DATA_DIR when DATABASE_URL is unset, and exits.
 */
import path from "node:path";
import { createLogger } from "../observability/logger.ts";
import { openDatabase } from "./database.ts";

const logger = createLogger({ level: process.env.LOG_LEVEL ?? "info", name: "migrate" });
try {
  const db = await openDatabase({
    databaseUrl: process.env.DATABASE_URL || undefined,
    dataDir: path.resolve(process.env.DATA_DIR ?? "./data"),
    logger,
  });
  await db.close();
} catch (err) {
  logger.error({ err }, "migration failed");
  process.exitCode = 1;
}
