// A real Sophie Hub HTTP server on a random port over a fresh database of the target,
// loaded with the demo organization and a second, small organization for isolation tests.
import { serveHub, type ServeOptions } from "../../src/app";
import { signSessionToken } from "../../src/auth/sessionToken";
import { seedDemo } from "../../src/seed/demo";
import type { OutboundGuard } from "../../src/lib/outbound";
import { freshDatabase, type Target, type TestDatabase } from "./databases";

const SECRET = "test-secret-".padEnd(48, "x");

export interface GraphQLResponse<D = Record<string, any>> {
  status: number;
  data: D | null | undefined;
  errors?: { message: string; path?: string[]; extensions: Record<string, any> }[];
}

export interface TestHub {
  url: string;
  t: TestDatabase;
  demoOrgId: string;
  otherOrgId: string;
  /** The hub's outbound guard (tests send webhooks through it). */
  outbound: OutboundGuard;
  /** A token for the staff member with this email (any organization). */
  tokenFor(email: string, ttl?: string): Promise<string>;
  /** POST /graphql as the given token (default: the demo admin). */
  gql<D = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResponse<D>>;
  close(): Promise<void>;
}

export const DEMO_ADMIN = "sophie.admin@sophiesociety.com";
export const OTHER_ADMIN = "boss@other.example";

export type TestHubOptions = Partial<
  Pick<
    ServeOptions,
    | "googleClientId"
    | "googleJwksUrl"
    | "rateLimitPerMinute"
    | "devLogin"
    | "sheets"
    | "syncPollMs"
    | "trustedDocuments"
    | "worker"
    | "outbound"
  >
>;

export async function startTestHub(target: Target, options: TestHubOptions = {}): Promise<TestHub> {
  const t = await freshDatabase(target);
  const { organizationId: demoOrgId } = await seedDemo(t.db);
  const other = await t.db.prisma.organization.create({
    data: { name: "Other Agency", subdomain: "other-agency" },
  });
  await t.db.prisma.staff.create({
    data: { organizationId: other.id, fullName: "Other Boss", email: OTHER_ADMIN, role: "admin" },
  });
  const partner = await t.db.prisma.partner.create({
    data: { organizationId: other.id, brandName: "Other Brand", status: "active" },
  });
  await t.db.prisma.asin.create({
    data: {
      organizationId: other.id,
      partnerId: partner.id,
      asinCode: "B0OTHER001",
      isParent: true,
    },
  });
  const http = await serveHub(t.db, {
    port: 0,
    secret: SECRET,
    embedded: true,
    devLogin: true,
    ...options,
  });

  const tokenFor = async (email: string, ttl = "1h") => {
    const staff = await t.db.prisma.staff.findFirstOrThrow({
      where: { email, deletedAt: undefined },
    });
    return signSessionToken(
      SECRET,
      { staffId: staff.id, organizationId: staff.organizationId },
      ttl,
    );
  };
  const adminToken = await tokenFor(DEMO_ADMIN);
  const gql = async <D>(
    query: string,
    variables: Record<string, unknown> = {},
    token: string | null = adminToken,
  ): Promise<GraphQLResponse<D>> => {
    const res = await fetch(`${http.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: D; errors?: GraphQLResponse["errors"] };
    return { status: res.status, data: body.data, errors: body.errors };
  };
  return {
    url: http.url,
    t,
    demoOrgId,
    otherOrgId: other.id,
    outbound: http.outbound,
    tokenFor,
    gql,
    async close() {
      await http.close();
      await t.drop();
    },
  };
}

/** The data of a response that must have succeeded. */
export function ok<D>(r: GraphQLResponse<D>): D {
  if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors, null, 1)}`);
  return r.data as D;
}

/** The single error of a response that must have failed. */
export function failure(r: GraphQLResponse) {
  if (!r.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(r.data)}`);
  return {
    code: r.errors[0].extensions.code as string,
    field: r.errors[0].extensions.field as string | undefined,
    message: r.errors[0].message,
  };
}
