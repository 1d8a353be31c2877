// server/schema.graphql is what the server serves; tools and the web codegen read it.
import fs from "node:fs";
import { printHubSchema, SCHEMA_FILE } from "../src/graphql/schema";

it("the committed schema.graphql is up to date (run `npm run schema` when this fails)", async () => {
  expect(fs.readFileSync(SCHEMA_FILE, "utf8")).toBe(await printHubSchema());
});

it("follows the API conventions: connections, lookups, upper-case enums", async () => {
  const sdl = await printHubSchema();
  for (const field of ["partners(", "partner(", "partnerByCode(", "staff(", "staffByEmail(", "asinByCode(", "viewer:"]) expect(sdl).toContain(field);
  expect(sdl).toMatch(/type PartnerConnection \{[^}]*edges: \[PartnerEdge!\]![^}]*pageInfo: PageInfo![^}]*totalCount: Int!/s);
  expect(sdl).toMatch(/enum PartnerStatus \{(\s+"""[^"]+"""\s+[A-Z_]+){6}\s+\}/);
  expect(sdl).toMatch(/"""Live, but may churn; watch closely."""\s+AT_RISK/);
  expect(sdl).toMatch(/input PartnerFilter \{[^}]*and: \[PartnerFilter!\][^}]*not: PartnerFilter[^}]*or: \[PartnerFilter!\]/s);
  expect(sdl).toContain('"""Return the first n items (default 50, at most 500)."""');
});
