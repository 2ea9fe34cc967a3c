/**
 * Process entry: read the environment, start the app, stop it cleanly on SIGTERM/SIGINT.
 * Nothing else in the code base reads process.env.
 */
import { readFileSync } from "node:fs";
import { ConfigError, createConfig } from "./config/config.ts";
import { startEmbeddedPostgres } from "./db/embedded.ts";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};

let config: ReturnType<typeof createConfig>;
try {
  config = createConfig(process.env, version);
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(`${err.message}\n\nSee .env.example and README.md for every setting.`);
    process.exit(1);
  }
  throw err;
}

// The embedded database opens in its own worker thread; starting it before the rest of the code
// loads overlaps the two, which is most of the start-up time.
const embedded = config.databaseUrl ? undefined : startEmbeddedPostgres(config.dataDir);
embedded?.catch(() => {}); // reported where it is awaited

try {
  const { startApp } = await import("./app.ts");
  const app = await startApp(config, { embedded });
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.logger.info({ signal }, "signal received");
    const force = setTimeout(() => {
      app.logger.error("shutdown took longer than 25 s; exiting");
      process.exit(1);
    }, 25_000);
    force.unref();
    app.stop().then(
      () => process.exit(0),
      (err) => {
        app.logger.error({ err }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
} catch (err) {
  console.error(`Velro could not start: ${(err as Error).message}`);
  process.exit(1);
}
