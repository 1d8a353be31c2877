// The Prisma CLI never disposes its adapter, and the WASM schema engine (and PGlite) leave
// 5-60 s timers running, so the CLI would linger after finishing. Unref long timers in the
// CLI process only (this file is imported by the CLI configs, never by the server).
const realSetTimeout = globalThis.setTimeout;
globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
  const t = realSetTimeout(fn, ms, ...args);
  if ((ms ?? 0) >= 5000) t.unref();
  return t;
}) as typeof setTimeout;
