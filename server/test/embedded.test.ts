// `npm start`'s path: open, migrate, seed an empty database once, serve /health; data
// and the generated secret survive a restart; a second process cannot open the same files.
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
      partnerId = (await hub.db.prisma.partner.create({ data: { organizationId: org.id, brandName: "Survives Restart" } })).id;
      expect((await fetch(`${hub.url}/nowhere`)).status).toBe(404);
    } finally { await hub.close(); }
    const secret = fs.readFileSync(path.join(dir, "secret"), "utf8").trim();
    expect(secret).toMatch(/^[0-9a-f]{64}$/);

    const again: string[] = [];
    const restarted = await startHub(config, (l) => again.push(l));
    try {
      expect(restarted.secret).toBe(secret);
      expect(again).toEqual([]); // nothing to migrate, nothing to seed
      expect((await restarted.db.prisma.partner.findUniqueOrThrow({ where: { id: partnerId } })).brandName).toBe("Survives Restart");
      expect(await restarted.db.prisma.organization.count()).toBe(1);
    } finally { await restarted.close(); fs.rmSync(dir, { recursive: true, force: true }); }
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
    expect(() => loadConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL must start with postgresql/);
    expect(() => loadConfig({ HUB_SECRET: "short" })).toThrow(/at least 32 characters/);
  });
});

(TARGETS.includes("postgres") ? describe : describe.skip)("PostgreSQL mode (DATABASE_URL)", () => {
  it("requires HUB_SECRET, then migrates, seeds and serves /health", async () => {
    const pgdb = await createPostgresDatabase();
    try {
      await expect(startHub(loadConfig({ DATABASE_URL: pgdb.url, PORT: "0" }))).rejects.toThrow(/HUB_SECRET is required/);
      const hub = await startHub(loadConfig({ DATABASE_URL: pgdb.url, PORT: "0", HUB_SECRET: "x".repeat(40) }));
      try {
        expect(await (await fetch(`${hub.url}/health`)).json()).toEqual({ status: "ok", database: "postgres" });
        expect(await hub.db.prisma.partner.count()).toBe(40);
      } finally { await hub.close(); }
    } finally { await pgdb.drop(); }
  });
});
