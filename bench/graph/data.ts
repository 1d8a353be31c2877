// A deterministic organization for the graph benchmark, bulk-inserted into a migrated
// PostgreSQL database: at scale 1, 2,000 partners, 300 staff, 20 squads, 8,000 assignments
// (one ended pod leader per partner as history), 40,000 ASINs (parents with children),
// 100,000 weekly statuses (50 weeks per partner) and 5,000 lineage rows. Rows go in as
// multi-row INSERT … SELECT FROM unnest(arrays), with triggers off (session_replication_role
// = replica), so the values the triggers would derive (codes, counts, ISO weeks) are set here.
import pg from "pg";

/** mulberry32: the same sequence for the same seed, on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GraphData {
  organizationId: string;
  adminId: string;
  /** A partner with the full shape (assignments, ASIN tree, statuses), for the detail query. */
  samplePartnerId: string;
  /** The Monday of the latest week with statuses. */
  currentWeek: string;
  counts: Record<string, number>;
  seconds: number;
}

const STATUSES = [
  "active",
  "active",
  "active",
  "active",
  "active",
  "active",
  "at_risk",
  "at_risk",
  "onboarding",
  "paused",
];
const TIERS = ["tier_0", "tier_1", "tier_2", "tier_2", "tier_3", "tier_4"];
const ROLES = [
  "ppc_manager",
  "brand_manager",
  "conversion_strategist",
  "graphic_designer",
] as const;
const SQUAD_TYPES = ["ppc", "cc", "fam", "sales", "operations"];
const WEEKS = 50;
const ASIN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const DAY = 86_400_000;

export async function generateGraph(url: string, scale = 1): Promise<GraphData> {
  const started = performance.now();
  const rand = random(20261124);
  const uuid = () => {
    const h = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
    h[12] = "4";
    h[16] = "89ab"[Math.floor(rand() * 4)];
    return `${h.slice(0, 8).join("")}-${h.slice(8, 12).join("")}-${h.slice(12, 16).join("")}-${h.slice(16, 20).join("")}-${h.slice(20).join("")}`;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const n = (base: number) => Math.max(1, Math.round(base * scale));

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const counts: Record<string, number> = {};
  /** Inserts columns of equal length, 20,000 rows per statement. */
  const insert = async (
    table: string,
    columns: Record<string, { type: string; values: unknown[] }>,
  ) => {
    const names = Object.keys(columns);
    const rows = columns[names[0]].values.length;
    for (let from = 0; from < rows; from += 20_000) {
      const slice = names.map((c) => columns[c].values.slice(from, from + 20_000));
      const args = names.map((c, i) => `$${i + 1}::${columns[c].type}[]`).join(", ");
      await client.query(
        `INSERT INTO "${table}" (${names.map((c) => `"${c}"`).join(", ")}) SELECT * FROM unnest(${args})`,
        slice,
      );
    }
    counts[table] = rows;
  };
  try {
    // The organization goes in with triggers on: they install its roles and configurations.
    const organizationId = uuid();
    await client.query(
      `INSERT INTO "organizations" ("id", "name", "subdomain", "max_users", "subscription_tier") VALUES ($1, 'Bench Agency', $2, 100000, 'enterprise')`,
      [organizationId, `bench-${organizationId.slice(0, 8)}`],
    );
    await client.query("BEGIN");
    await client.query("SET LOCAL session_replication_role = replica");
    const org = (count: number) => Array(count).fill(organizationId);

    const staffCount = n(300);
    const staffIds = Array.from({ length: staffCount }, uuid);
    const leaders = staffIds.slice(1, 1 + Math.max(2, Math.round(staffCount / 5))); // staff[0] is the admin
    const others = staffIds.slice(1 + leaders.length);
    const staffRole = staffIds.map((id, i) =>
      i === 0 ? "admin" : leaders.includes(id) ? "pod_leader" : ROLES[i % ROLES.length],
    );
    await insert("staff", {
      id: { type: "uuid", values: staffIds },
      organization_id: { type: "uuid", values: org(staffCount) },
      staff_code: {
        type: "text",
        values: staffIds.map((_, i) => `ST-${String(i + 1).padStart(4, "0")}`),
      },
      full_name: {
        type: "text",
        values: staffIds.map((_, i) => `Bench Person ${String(i + 1).padStart(4, "0")}`),
      },
      email: { type: "text", values: staffIds.map((_, i) => `person${i + 1}@bench.example`) },
      role: { type: "staff_role", values: staffRole },
      max_clients: {
        type: "int",
        values: staffIds.map((_, i) => (i === 0 ? null : 40 + (i % 5) * 10)),
      },
    });

    const squadCount = n(20);
    const squadIds = Array.from({ length: squadCount }, uuid);
    await insert("squads", {
      id: { type: "uuid", values: squadIds },
      organization_id: { type: "uuid", values: org(squadCount) },
      name: { type: "text", values: squadIds.map((_, i) => `Squad ${i + 1}`) },
      type: {
        type: "squad_type",
        values: squadIds.map((_, i) => SQUAD_TYPES[i % SQUAD_TYPES.length]),
      },
    });
    const members = staffIds.slice(1);
    await insert("staff_squads", {
      organization_id: { type: "uuid", values: org(members.length) },
      staff_id: { type: "uuid", values: members },
      squad_id: { type: "uuid", values: members.map((_, i) => squadIds[i % squadCount]) },
      role: {
        type: "squad_role",
        values: members.map((_, i) => (i < squadCount ? "leader" : "member")),
      },
    });

    const partnerCount = n(2000);
    const partnerIds = Array.from({ length: partnerCount }, uuid);
    const parentsPer = 4;
    const childrenPer = 4; // 4 parents × (1 + 4 children) = 20 ASINs a partner
    await insert("partners", {
      id: { type: "uuid", values: partnerIds },
      organization_id: { type: "uuid", values: org(partnerCount) },
      partner_code: {
        type: "text",
        values: partnerIds.map((_, i) => `SO-${String(i + 1).padStart(4, "0")}`),
      },
      brand_name: {
        type: "text",
        values: partnerIds.map(
          (_, i) =>
            `Brand ${String((i * 7919) % partnerCount).padStart(5, "0")} ${pick(["Outdoors", "Kitchen", "Pets", "Beauty", "Tools"])}`,
        ),
      },
      status: { type: "partner_status", values: partnerIds.map(() => pick(STATUSES)) },
      tier: { type: "partner_tier", values: partnerIds.map(() => pick(TIERS)) },
      base_fee: {
        type: "numeric",
        values: partnerIds.map(() => (1000 + Math.floor(rand() * 4000)).toFixed(2)),
      },
      parent_asin_count: { type: "int", values: partnerIds.map(() => parentsPer) },
      child_asin_count: { type: "int", values: partnerIds.map(() => parentsPer * childrenPer) },
    });

    // Per partner: an active and an ended pod leader, and two more active roles.
    const assignment = {
      partner: [] as string[],
      staff: [] as string[],
      role: [] as string[],
      primary: [] as boolean[],
      assigned: [] as Date[],
      unassigned: [] as (Date | null)[],
    };
    const clients = new Map<string, number>();
    const now = Date.UTC(2026, 10, 23);
    partnerIds.forEach((p, i) => {
      const leader = leaders[i % leaders.length];
      const previous = leaders[(i + 1) % leaders.length];
      const roles: [string, string, boolean, Date | null][] = [
        [leader, "pod_leader", true, null],
        [previous, "pod_leader", false, new Date(now - 200 * DAY)],
        [others[(i * 2) % others.length], ROLES[i % ROLES.length], true, null],
        [others[(i * 2 + 1) % others.length], ROLES[(i + 1) % ROLES.length], true, null],
      ];
      for (const [staff, role, primary, ended] of roles) {
        assignment.partner.push(p);
        assignment.staff.push(staff);
        assignment.role.push(role);
        assignment.primary.push(primary);
        assignment.assigned.push(new Date(now - (400 + (i % 300)) * DAY));
        assignment.unassigned.push(ended);
        if (!ended) clients.set(staff, (clients.get(staff) ?? 0) + 1);
      }
    });
    await insert("partner_assignments", {
      organization_id: { type: "uuid", values: org(assignment.partner.length) },
      partner_id: { type: "uuid", values: assignment.partner },
      staff_id: { type: "uuid", values: assignment.staff },
      assignment_role: { type: "assignment_role", values: assignment.role },
      is_primary: { type: "boolean", values: assignment.primary },
      assigned_at: { type: "timestamptz", values: assignment.assigned },
      unassigned_at: { type: "timestamptz", values: assignment.unassigned },
    });
    await client.query(
      `UPDATE "staff" s SET "current_client_count" = c.n FROM unnest($1::uuid[], $2::int[]) AS c(id, n) WHERE s."id" = c.id`,
      [[...clients.keys()], [...clients.values()]],
    );

    const asin = {
      partner: [] as string[],
      code: [] as string[],
      parent: [] as (string | null)[],
      isParent: [] as boolean[],
      title: [] as string[],
      price: [] as string[],
    };
    const code = () => `B0${Array.from({ length: 8 }, () => pick(ASIN_CHARS.split(""))).join("")}`;
    for (const p of partnerIds) {
      for (let k = 0; k < parentsPer; k++) {
        const parentCode = code();
        asin.partner.push(p);
        asin.code.push(parentCode);
        asin.parent.push(null);
        asin.isParent.push(true);
        asin.title.push(`Product family ${k + 1}`);
        asin.price.push("0.00");
        for (let c = 0; c < childrenPer; c++) {
          asin.partner.push(p);
          asin.code.push(code());
          asin.parent.push(parentCode);
          asin.isParent.push(false);
          asin.title.push(`Variation ${c + 1} of family ${k + 1}`);
          asin.price.push((10 + rand() * 90).toFixed(2));
        }
      }
    }
    await insert("asins", {
      organization_id: { type: "uuid", values: org(asin.partner.length) },
      partner_id: { type: "uuid", values: asin.partner },
      asin_code: { type: "text", values: asin.code },
      parent_asin: { type: "text", values: asin.parent },
      is_parent: { type: "boolean", values: asin.isParent },
      title: { type: "text", values: asin.title },
      price: { type: "numeric", values: asin.price },
    });

    const weekly = {
      partner: [] as string[],
      week: [] as string[],
      number: [] as number[],
      year: [] as number[],
      status: [] as string[],
      by: [] as string[],
    };
    const weeks = Array.from({ length: WEEKS }, (_, w) => new Date(now - w * 7 * DAY));
    const isoWeek = (d: Date) => {
      const thursday = new Date(d.getTime() + 3 * DAY);
      const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
      return {
        year: thursday.getUTCFullYear(),
        number: Math.floor((thursday.getTime() - jan1) / (7 * DAY)) + 1,
      };
    };
    partnerIds.forEach((p, i) => {
      for (const week of weeks) {
        const iso = isoWeek(week);
        weekly.partner.push(p);
        weekly.week.push(week.toISOString().slice(0, 10));
        weekly.number.push(iso.number);
        weekly.year.push(iso.year);
        weekly.status.push(pick(STATUSES));
        weekly.by.push(leaders[i % leaders.length]);
      }
    });
    await insert("weekly_statuses", {
      organization_id: { type: "uuid", values: org(weekly.partner.length) },
      partner_id: { type: "uuid", values: weekly.partner },
      week_start_date: { type: "date", values: weekly.week },
      week_number: { type: "int", values: weekly.number },
      year: { type: "int", values: weekly.year },
      status: { type: "partner_status", values: weekly.status },
      reported_by: { type: "uuid", values: weekly.by },
    });

    const lineageCount = n(5000);
    const fields = ["brand_name", "tier", "status", "base_fee"];
    await insert("field_lineage", {
      organization_id: { type: "uuid", values: org(lineageCount) },
      entity_type: { type: "entity_type", values: Array(lineageCount).fill("partner") },
      entity_id: {
        type: "uuid",
        values: Array.from({ length: lineageCount }, (_, i) => partnerIds[i % partnerCount]),
      },
      field_name: {
        type: "text",
        values: Array.from(
          { length: lineageCount },
          (_, i) => fields[Math.floor(i / partnerCount) % fields.length],
        ),
      },
      current_value: {
        type: "text",
        values: Array.from({ length: lineageCount }, (_, i) => `value ${i}`),
      },
    });
    await client.query("COMMIT");
    await client.query("ANALYZE");
    return {
      organizationId,
      adminId: staffIds[0],
      samplePartnerId: partnerIds[0],
      currentWeek: weeks[0].toISOString().slice(0, 10),
      counts,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
}
