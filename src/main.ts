/**
 * Process entry: load `.env` when there is one, hand the environment to the configuration
 * (src/config reads it; nothing else does), start the app, stop it cleanly on SIGTERM/SIGINT.
 */
import { readFileSync } from "node:fs";
import { assetUrl } from "./assets.ts";
import { embeddedDataDir } from "./config/data-dir.ts";
import { loadEnvFile } from "./config/env-file.ts";
import { startEmbeddedPostgres } from "./db/embedded.ts";

try {
  loadEnvFile();
} catch (err) {
  console.error(`Velro could not read .env: ${(err as Error).message}`);
  process.exit(1);
}

// Opening the embedded database (PGlite in a worker thread) is most of start-up, so it starts
// before anything else loads — even the configuration schema. The configuration is checked to
// agree below; if it is invalid the process exits and the worker with it.
const embeddedDir = embeddedDataDir(process.env);
const embedded = embeddedDir === undefined ? undefined : startEmbeddedPostgres(embeddedDir);

const { ConfigError, createConfig } = await import("./config/config.ts");
const { version } = JSON.parse(readFileSync(assetUrl("../package.json"), "utf8")) as { version: string };

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
if ((config.databaseUrl ? undefined : config.dataDir) !== embeddedDir) {
  throw new Error("bug: the embedded database was started for a different configuration");
}

// The handlers are in place before start-up begins: /ready answers as soon as HTTP listens, while
// the rest of start-up still runs, and a SIGTERM in that window must stop the service cleanly
// instead of killing it with the default action.
let app: Awaited<ReturnType<typeof import("./app.ts")["startApp"]>> | undefined;
let signalled: string | undefined;
const shutdown = (signal: string) => {
  if (signalled) return;
  signalled = signal;
  const force = setTimeout(() => {
    console.error("shutdown took longer than 25 s; exiting");
    process.exit(1);
  }, 25_000);
  force.unref();
  // Still starting: the app stops as soon as it is up (below).
  if (!app) return;
  app.logger.info({ signal }, "signal received");
  app.stop().then(
    () => process.exit(0),
    (err) => {
      app?.logger.error({ err }, "shutdown failed");
      process.exit(1);
    },
  );
};
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));

try {
  const { startApp } = await import("./app.ts");
  app = await startApp(config, { embedded });
  if (signalled) {
    const signal = signalled;
    signalled = undefined;
    shutdown(signal);
  }
} catch (err) {
  console.error(`Velro could not start: ${(err as Error).message}`);
  process.exit(1);
}
