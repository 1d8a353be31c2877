// `npm start`: the API on PORT over the embedded database, or PostgreSQL with DATABASE_URL.
import "reflect-metadata";
import { loadConfig } from "./config";
import { startHub } from "./app";

async function main() {
  const config = loadConfig();
  const log = (line: string) => console.log(line);
  log(
    config.databaseUrl
      ? "database: PostgreSQL (DATABASE_URL)"
      : `database: embedded PGlite in ${config.dataDir}`,
  );
  const hub = await startHub(config, log);
  log(`Sophie Hub is listening on http://localhost:${hub.port} (health: /health)`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    // Never hang on the way out: whatever does not close in 10 s is abandoned.
    setTimeout(() => {
      console.error("shutdown took over 10 s; exiting anyway");
      process.exit(1);
    }, 10_000).unref();
    await hub.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((err: Error) => {
  console.error(`Sophie Hub could not start: ${err.message}`);
  process.exit(1);
});
