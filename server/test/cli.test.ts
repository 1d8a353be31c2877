// The operator CLI, run as a user runs it: `npm run hub -- <command>`.
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { verifySessionToken } from "../src/auth/sessionToken";
import { openDatabase } from "../src/db/database";

const ROOT = path.resolve(__dirname, "../..");
const execFileAsync = promisify(execFile);

async function hub(args: string[], env: NodeJS.ProcessEnv) {
  try {
    const { stdout, stderr } = await execFileAsync(
      "npm",
      ["run", "--silent", "hub", "--", ...args],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: "", HUB_SECRET: "", ...env },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run hub", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hub-cli-"));
  const env = { HUB_DATA_DIR: dir };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("has --help for itself and every command", async () => {
    const top = await hub(["--help"], env);
    expect(top.code).toBe(0);
    for (const name of ["migrate", "seed", "sync", "token"]) {
      expect(top.stdout).toContain(name);
      const help = await hub([name, "--help"], env);
      expect({
        name,
        code: help.code,
        usage: help.stdout.startsWith(`Usage: hub ${name}`),
      }).toEqual({ name, code: 0, usage: true });
    }
    const unknown = await hub(["frobnicate"], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown command "frobnicate"/);
  });

  it("migrates, seeds once, and prints a verifiable token for a staff member", async () => {
    const migrated = await hub(["migrate"], env);
    expect(migrated.stdout).toMatch(/applied \d+ migration/);
    expect((await hub(["migrate"], env)).stdout).toMatch(/database is up to date/);
    const seeded = await hub(["seed"], env);
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toMatch(/demo organization created/);
    expect(seeded.stderr).toMatch(/\[14\/14\] marketing/);
    expect((await hub(["seed"], env)).stdout).toMatch(/exists already \(.*\); nothing changed/);

    const token = await hub(["token", "Sophie.Admin@sophiesociety.com", "--ttl", "30m"], env);
    expect(token.code).toBe(0);
    const secret = fs.readFileSync(path.join(dir, "secret"), "utf8").trim();
    const claims = await verifySessionToken(secret, token.stdout.trim());
    expect(claims.staffId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("syncs a CSV file into staged changes, with progress and the run's log", async () => {
    const db = await openDatabase({ dataDir: path.join(dir, "pglite") });
    try {
      const org = await db.prisma.organization.findUniqueOrThrow({
        where: { subdomain: "sophie-society" },
      });
      const source = await db.prisma.dataSource.create({
        data: { organizationId: org.id, name: "Client Sheet", type: "csv", connectionConfig: {} },
      });
      await db.prisma.fieldMapping.createMany({
        data: [
          {
            organizationId: org.id,
            dataSourceId: source.id,
            sourceColumn: "Code",
            targetTable: "partners",
            targetField: "partner_code",
          },
          {
            organizationId: org.id,
            dataSourceId: source.id,
            sourceColumn: "Fee",
            targetTable: "partners",
            targetField: "base_fee",
            transformType: "currency",
          },
        ],
      });
    } finally {
      await db.close();
    }
    const file = path.join(dir, "clients.csv");
    fs.writeFileSync(file, 'Code,Fee\nSO-0001,"$9,999"\nSO-0002,oops\n');
    const run = await hub(["sync", "Client Sheet", "--file", file], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /Client Sheet: completed, 2 rows read, 1 changes staged, 1 rows refused \(batch [0-9a-f-]{36}\)/,
    );
    expect(run.stdout).toMatch(/row 3, column Fee: "oops" is not a number/);
    expect(run.stderr).toMatch(/syncing Client Sheet: \[\d+\/\d+\] staging changes/);
    expect((await hub(["sync", "Client Sheet", "--file", file], env)).stdout).toMatch(
      /0 changes staged/,
    );
    expect((await hub(["sync", "Nope", "--file", file], env)).stderr).toMatch(
      /No data source named "Nope"/,
    );
    expect((await hub(["sync", "Client Sheet", "--file", "missing.csv"], env)).stderr).toMatch(
      /No file at/,
    );
    expect((await hub(["sync", "Client Sheet"], env)).stderr).toMatch(/needs --file/);
  });

  it("explains what went wrong and what to do", async () => {
    const missing = await hub(["token"], env);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      expect.stringMatching(/token needs the staff member's email/),
    ]);
    const unknown = await hub(["token", "nobody@example.com"], env);
    expect(unknown.stderr).toMatch(/No staff member with email nobody@example.com/);
    const departed = await hub(["token", "zara.ahmed@sophiesociety.com"], env);
    expect(departed.stderr).toMatch(/has departed and cannot sign in/);
    const ttl = await hub(["token", "sophie.admin@sophiesociety.com", "--ttl", "forever"], env);
    expect(ttl.stderr).toMatch(/--ttl must look like/);
    const flag = await hub(["migrate", "--bogus"], env);
    expect([flag.code, flag.stderr]).toEqual([
      2,
      expect.stringMatching(/Unknown option '--bogus'/),
    ]);
  });
});
