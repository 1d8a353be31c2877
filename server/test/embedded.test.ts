// `npm start`'s path: open, migrate, seed an empty database once, serve /health; data
// and the generated secret survive a restart; a second process cannot open the same files.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../src/config";
import { startHub } from "../src/app";
import { openDatabase } from "../src/db/database";
import { TARGETS, createPostgresDatabase } from "./support/databases";

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "hub-embedded-"));

describe("embedded mode (PGlite in HUB_DATA_DIR)", () => {
  it("serves /health, seeds once, and keeps data and secret across a restart", async () => {
    const dir = tmp();
    const config = loadConfig({ HUB_DATA_DIR: dir, PORT: "0" });
    const lines: string[] = [];
    const hub = await startHub(config, (l) => lines.push(l));
    let partnerId: string;
    try {
      const res = await fetch(`${hub.url}/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: "ok", database: "pglite" });
      expect(lines).toContain("seed: loading demo data into the empty database");
      const org = await hub.db.prisma.organization.findFirstOrThrow();
      partnerId = (
        await hub.db.prisma.partner.create({
          data: { organizationId: org.id, brandName: "Survives Restart" },
        })
      ).id;
      expect((await fetch(`${hub.url}/nowhere`)).status).toBe(404);
    } finally {
      await hub.close();
    }
    const secret = fs.readFileSync(path.join(dir, "secret"), "utf8").trim();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);

    const again: string[] = [];
    const restarted = await startHub(config, (l) => again.push(l));
    try {
      expect(restarted.secret).toBe(secret);
      expect(again).toEqual([]); // nothing to migrate, nothing to seed
      expect(
        (await restarted.db.prisma.partner.findUniqueOrThrow({ where: { id: partnerId } }))
          .brandName,
      ).toBe("Survives Restart");
      expect(await restarted.db.prisma.organization.count()).toBe(1);
    } finally {
      await restarted.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("runs as `npm start` does and stops promptly on SIGTERM, releasing the data directory", async () => {
    const dir = tmp();
    // NODE_ENV=production: under "test" Apollo installs no signal handlers, which once hid a hang here.
    // npm start's own script: it builds the bundle when stale (so a bundling mistake fails
    // here) and execs node, so the signal below reaches the server itself.
    const child = spawn("sh", ["scripts/start.sh"], {
      cwd: path.join(__dirname, ".."),
      // Blank settings the script would keep from the caller, so it chooses its own.
      env: {
        ...process.env,
        NODE_ENV: "production",
        HUB_DATA_DIR: dir,
        PORT: "0",
        DATABASE_URL: "",
        HUB_NODE_FLAGS: "",
        MALLOC_TRIM_THRESHOLD_: "",
      },
    });
    let output = "";
    child.stdout.on("data", (b) => {
      output += b;
    });
    child.stderr.on("data", (b) => {
      output += b;
    });
    const exited = new Promise<number | null>((resolve) =>
      child.on("exit", (code) => resolve(code)),
    );
    for (let i = 0; i < 120 && !/listening on http:\/\/localhost:\d+/.test(output); i++)
      await new Promise((r) => setTimeout(r, 250));
    const port = /listening on http:\/\/localhost:(\d+)/.exec(output)?.[1];
    expect(port).toBeDefined();
    expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
    // Embedded mode's settings (no DATABASE_URL): the smaller young generation, glibc's trim threshold.
    expect(fs.readFileSync(`/proc/${child.pid}/cmdline`, "utf8").split("\0")).toEqual(
      expect.arrayContaining(["--max-semi-space-size=4", "dist/app/main.cjs"]),
    );
    expect(fs.readFileSync(`/proc/${child.pid}/environ`, "utf8").split("\0")).toContain(
      "MALLOC_TRIM_THRESHOLD_=1048576",
    );
    expect(fs.existsSync(path.join(dir, "pglite", "hub.lock"))).toBe(true);
    const t0 = Date.now();
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(Date.now() - t0).toBeLessThan(8000); // generous: the point is that it exits at all
    expect(output).toMatch(/SIGTERM: shutting down/);
    expect(fs.existsSync(path.join(dir, "pglite", "hub.lock"))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("refuses to open a data directory another live process holds", async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, "hub.lock"), String(process.ppid)); // a live process that is not us
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/in use by process/);
    fs.writeFileSync(path.join(dir, "hub.lock"), "999999999"); // a dead process: stale lock is taken over
    const db = await openDatabase({ dataDir: dir });
    await db.close();
    expect(fs.existsSync(path.join(dir, "hub.lock"))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("reports bad configuration clearly", () => {
    expect(() => loadConfig({ PORT: "eighty" })).toThrow(/PORT must be a whole number/);
    expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(
      /DATABASE_URL must start with postgresql/,
    );
    expect(() => loadConfig({ HUB_SECRET: "short" })).toThrow(/at least 32 characters/);
  });
});

(TARGETS.includes("postgres") ? describe : describe.skip)("PostgreSQL mode (DATABASE_URL)", () => {
  it("requires HUB_SECRET, then migrates, seeds and serves /health", async () => {
    const pgdb = await createPostgresDatabase();
    try {
      await expect(startHub(loadConfig({ DATABASE_URL: pgdb.url, PORT: "0" }))).rejects.toThrow(
        /HUB_SECRET is required/,
      );
      const hub = await startHub(
        loadConfig({ DATABASE_URL: pgdb.url, PORT: "0", HUB_SECRET: "x".repeat(40) }),
      );
      try {
        expect(await (await fetch(`${hub.url}/health`)).json()).toEqual({
          status: "ok",
          database: "postgres",
        });
        expect(await hub.db.prisma.partner.count()).toBe(40);
      } finally {
        await hub.close();
      }
    } finally {
      await pgdb.drop();
    }
  });
});
