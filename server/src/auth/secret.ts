// HUB_SECRET signs session tokens. Embedded mode generates one on first start and keeps it
// in the data directory, so tokens survive restarts; PostgreSQL mode must be given one,
// because several instances have to share it.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ConfigError, type Config } from "../config";

export function resolveSecret(config: Config): string {
  if (config.secret) return config.secret;
  if (config.databaseUrl) {
    throw new ConfigError(
      "HUB_SECRET is required when DATABASE_URL is set (every instance must share it). Generate one with `openssl rand -hex 32`.",
    );
  }
  const file = path.join(config.dataDir, "secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(config.dataDir, { recursive: true });
  const secret = crypto.randomBytes(32).toString("hex");
  fs.writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
