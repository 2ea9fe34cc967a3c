/**
 * `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in
 * DATA_DIR when DATABASE_URL is unset, and exits. Reads `.env` like `npm start`, and the same
 * configuration schema, so it migrates the database the service will open.
 */
import { ConfigError, createConfig } from "../config/config.ts";
import { loadEnvFile } from "../config/env-file.ts";
import { createLogger } from "../observability/logger.ts";
import { openDatabase } from "./database.ts";

let config: ReturnType<typeof createConfig>;
try {
  loadEnvFile();
  config = createConfig(process.env, "migrate", { requireBotToken: false });
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : `could not read .env: ${(err as Error).message}`);
  process.exit(1);
}
const logger = createLogger({ level: config.logLevel, name: "migrate" });
try {
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger });
  await db.close();
} catch (err) {
  logger.error({ err }, "migration failed");
  process.exitCode = 1;
}
