// Servers under test as child processes: ours as `npm start` runs it (server/scripts/start.sh:
// the bundle, built if stale, with its node flags and memory settings), and any other Node
// server that prints "listening on <url> ". Peak RSS is the process's VmHWM.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const SECRET = "bench-secret-".padEnd(48, "x");
const ROOT = path.resolve(__dirname, "..");

export interface RunningServer {
  url: string;
  pid: number;
  peakRssMb(): number;
  stop(): Promise<void>;
}

/** A server process (command and its arguments); resolves once it prints "listening on <url> ". */
export async function startServer(
  name: string,
  [command, ...args]: string[],
  env: Record<string, string>,
): Promise<RunningServer> {
  const child = spawn(command, args, {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
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
    peakRssMb: () =>
      Math.round(
        Number(
          /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, "utf8"))?.[1] ?? 0,
        ) / 1024,
      ),
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** `npm start`'s server on the given database settings (start.sh execs node: the child is the server). */
export function startHub(env: Record<string, string>): Promise<RunningServer> {
  const flags = process.env.BENCH_SERVER_NODE_ARGS;
  return startServer("the hub server", ["sh", "server/scripts/start.sh"], {
    ...(flags ? { HUB_NODE_FLAGS: flags } : {}),
    HUB_SECRET: SECRET,
    ...env,
    PORT: "0",
    NODE_ENV: "production",
    HUB_DEMO_DATA: "0",
    HUB_RATE_LIMIT: "0",
  });
}
