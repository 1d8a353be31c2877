// API keys: "hub_" + 40 random base62 characters. Only the SHA-256 hash is stored; the
// prefix (first 12 characters) identifies a key in lists.
import crypto from "node:crypto";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

export const isApiKey = (token: string) => token.startsWith("hub_");
export const hashApiKey = (key: string) => crypto.createHash("sha256").update(key).digest("hex");

export function newApiKey(): { key: string; prefix: string; hash: string } {
  const bytes = crypto.randomBytes(40);
  const body = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join("");
  const key = `hub_${body}`;
  return { key, prefix: key.slice(0, 12), hash: hashApiKey(key) };
}
