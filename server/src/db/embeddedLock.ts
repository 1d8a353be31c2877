// PGlite is a single-process database: two processes opening one data directory corrupt
// it. The first opener writes its pid to a lock file; a second gets a clear error.
import fs from "node:fs";
import path from "node:path";

export class DataDirInUseError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock on dataDir; returns its release function. */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, "hub.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      return () => {
        try {
          fs.unlinkSync(file);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const pid = Number(fs.readFileSync(file, "utf8"));
      if (pid && pid !== process.pid && alive(pid)) {
        throw new DataDirInUseError(
          `The embedded database in ${dataDir} is in use by process ${pid} (a running Sophie Hub server?). ` +
            "Stop that process first, or use the running server's API.",
        );
      }
      fs.unlinkSync(file); // stale lock from a process that died
    }
  }
  throw new DataDirInUseError(
    `Could not lock ${dataDir}; remove ${file} if no Sophie Hub process is running.`,
  );
}
