// server/schema.graphql is what the server serves; tools and the web codegen read it.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { printHubSchema, SCHEMA_FILE } from "../src/graphql/schema";

it("the committed schema.graphql is up to date (run `npm run schema` when this fails)", async () => {
  expect(fs.readFileSync(SCHEMA_FILE, "utf8")).toBe(await printHubSchema());
});

it("follows the API conventions: connections, lookups, upper-case enums", async () => {
  const sdl = await printHubSchema();
  for (const field of [
    "partners(",
    "partner(",
    "partnerByCode(",
    "staff(",
    "staffByEmail(",
    "asinByCode(",
    "viewer:",
  ])
    expect(sdl).toContain(field);
  expect(sdl).toMatch(
    /type PartnerConnection \{[^}]*edges: \[PartnerEdge!\]![^}]*pageInfo: PageInfo![^}]*totalCount: Int!/s,
  );
  expect(sdl).toMatch(/enum PartnerStatus \{(\s+"""[^"]+"""\s+[A-Z_]+){6}\s+\}/);
  expect(sdl).toMatch(/"""Live, but may churn; watch closely."""\s+AT_RISK/);
  expect(sdl).toMatch(
    /input PartnerFilter \{[^}]*and: \[PartnerFilter!\][^}]*not: PartnerFilter[^}]*or: \[PartnerFilter!\]/s,
  );
  expect(sdl).toContain('"""Return the first n items (default 50, at most 500)."""');
});

it("the web app's generated documents and trusted-documents manifest are up to date (run `npm run codegen` when this fails)", async () => {
  const root = path.resolve(__dirname, "../..");
  const check = await promisify(execFile)(
    process.execPath,
    [
      path.join(root, "node_modules/@graphql-codegen/cli/cjs/bin.js"),
      "--config",
      "codegen.ts",
      "--check",
    ],
    { cwd: root },
  ).then(
    () => "up to date",
    (err: { stdout?: string; stderr?: string }) => `${err.stdout ?? ""}${err.stderr ?? ""}`,
  );
  expect(check).toBe("up to date");
});
