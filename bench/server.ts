// Servers under test as child processes: ours as `npm start` runs it (the bundle, built if
// stale, with the node flags of server/package.json's start script), and any other Node
// server that prints "listening on <url> ". Peak RSS is the process's VmHWM.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const SECRET = "bench-secret-".padEnd(48, "x");
const ROOT = path.resolve(__dirname, "..");

export interface RunningServer { url: string; pid: number; peakRssMb(): number; stop(): Promise<void> }

/** The node flags npm start runs the server with (server/package.json), so the bench measures the same process. */
function startFlags(): string {
  const start: string = JSON.parse(fs.readFileSync(path.join(ROOT, "server/package.json"), "utf8")).scripts.start;
  const flags = /node ((?:--\S+ )*)dist\/app\/main\.cjs/.exec(start);
  if (!flags) throw new Error(`server/package.json's start script no longer runs dist/app/main.cjs: ${start}`);
  return flags[1].trim();
}

/** A node process running args; resolves once it prints "listening on <url> ". */
export async function startNodeServer(name: string, args: string[], env: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  let out = "";
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      if (process.env.BENCH_SERVER_LOG) process.stderr.write(chunk); // e.g. with --trace-gc in BENCH_SERVER_NODE_ARGS
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+?) /.exec(out);
      if (m) resolve(m[1]);
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    void exited.then(() => reject(new Error(`${name} exited before listening:\n${out}`)));
  });
  return {
    url,
    pid: child.pid!,
    peakRssMb: () => Math.round(Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? 0) / 1024),
    async stop() { child.kill("SIGTERM"); await exited; },
  };
}

/** `npm start`'s server on the given database settings. */
export function startHub(env: Record<string, string>): Promise<RunningServer> {
  execFileSync(process.execPath, ["server/scripts/build-if-stale.mjs"], { cwd: ROOT, stdio: "inherit" });
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? startFlags()).split(" ").filter(Boolean);
  return startNodeServer("the hub server", [...nodeArgs, "server/dist/app/main.cjs"], {
    HUB_SECRET: SECRET, ...env, PORT: "0", NODE_ENV: "production", HUB_DEMO_DATA: "0", HUB_RATE_LIMIT: "0",
  });
}
