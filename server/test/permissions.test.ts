// The typed permission catalogue (src/auth/permissions.ts) is the database's: the same
// permissions with the same descriptions, the same default grants, and what a new
// organization's roles actually get. docs/permissions.md is what the catalogue says, and
// every @Authorized is the typed one.
import fs from "node:fs";
import path from "node:path";
import { TARGETS, freshDatabase, type TestDatabase } from "./support/databases";
import {
  ALL_PERMISSIONS,
  DEFAULT_GRANTS,
  PERMISSIONS,
  SYSTEM_ROLES,
} from "../src/auth/permissions";
import { PERMISSIONS_DOC, permissionsDoc } from "../src/auth/permissionsDoc";
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { assertFieldsGuarded } from "../src/graphql/fieldGuards";

const sorted = (list: readonly string[]) => [...list].sort();

describe.each(TARGETS)("the permission catalogue on %s", (target) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await freshDatabase(target);
  });
  afterAll(() => t.drop());

  it("lists exactly the database's permissions, with the same descriptions", async () => {
    const rows = await t.db.prisma.permission.findMany({ orderBy: { name: "asc" } });
    expect(Object.fromEntries(rows.map((r) => [r.name, r.description]))).toEqual(PERMISSIONS);
  });

  it("declares the database's default grants, and a new organization's roles get them", async () => {
    const defaults = await t.db.prisma.$queryRawUnsafe<{ role: string; permission: string }[]>(
      `SELECT "role", "permission" FROM "default_role_permissions"`,
    );
    const byRole = (rows: { role: string; permission: string }[]) => {
      const map: Record<string, string[]> = {};
      for (const r of rows) (map[r.role] ??= []).push(r.permission);
      return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, sorted(v)]));
    };
    const declared = Object.fromEntries(
      SYSTEM_ROLES.filter((r) => r !== "admin").map((r) => [r, sorted(DEFAULT_GRANTS[r])]),
    );
    expect(byRole(defaults)).toEqual(declared);
    expect(sorted(DEFAULT_GRANTS.admin)).toEqual(sorted(ALL_PERMISSIONS));

    const org = await t.db.prisma.organization.create({
      data: { name: "Catalogue Check", subdomain: "catalogue-check" },
    });
    const granted = await t.db.prisma.$queryRawUnsafe<{ role: string; permission: string }[]>(
      `SELECT ro."name" AS "role", pe."name" AS "permission" FROM "role_permissions" rp
       JOIN "roles" ro ON ro."id" = rp."role_id" JOIN "permissions" pe ON pe."id" = rp."permission_id"
       WHERE rp."organization_id" = $1::uuid`,
      org.id,
    );
    expect(byRole(granted)).toEqual(
      Object.fromEntries(SYSTEM_ROLES.map((r) => [r, sorted(DEFAULT_GRANTS[r])])),
    );
  });
});

describe("the permission catalogue's readers", () => {
  it("docs/permissions.md is what the catalogue says (run `npm run docs:permissions`)", () => {
    expect(fs.readFileSync(PERMISSIONS_DOC, "utf8")).toBe(permissionsDoc());
    const doc = permissionsDoc();
    const finance = doc.slice(doc.indexOf("### finance"), doc.indexOf("### analyst"));
    expect(finance).toContain("`partners:financials`");
    expect(finance).not.toContain("`access:manage`");
  });

  it("refuses a schema that serves a protected field without its guard", () => {
    // A type named like a registered entity, its protected field without @Guarded (nothing
    // here loads the modules, so no guard is registered).
    const schema = (field: string) =>
      new GraphQLSchema({
        query: new GraphQLObjectType({
          name: "Query",
          fields: {
            partner: {
              type: new GraphQLObjectType({
                name: "Partner",
                fields: { [field]: { type: GraphQLString } },
              }),
            },
          },
        }),
      });
    expect(() => assertFieldsGuarded(schema("baseFee"))).toThrow(
      /Partner\.baseFee needs partners:financials .* serves it unguarded/,
    );
    expect(() => assertFieldsGuarded(schema("brandName"))).not.toThrow();
  });

  it("every module takes @Authorized from graphql/authChecker, typed by the catalogue", () => {
    const root = path.resolve(__dirname, "../src");
    const files = (dir: string): string[] =>
      fs
        .readdirSync(dir, { withFileTypes: true })
        .flatMap((e) =>
          e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
        );
    const untyped = files(root)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(path.join("graphql", "authChecker.ts")))
      .filter((f) =>
        /import\s*\{[^}]*\bAuthorized\b[^}]*\}\s*from\s*"type-graphql"/.test(
          fs.readFileSync(f, "utf8"),
        ),
      );
    expect(untyped).toEqual([]);
  });
});
