// Lookups turn a cell that names a record into its id: a partner by code or brand name, a
// staff member by email or full name (case and spacing ignored). They are loaded once per
// sync, so a 10,000-row sheet costs two queries, not 10,000.
import type { HubPrisma } from "../db/database";
import { brandKey, type KeyNames, type RefEntity } from "./targets";

export type LookupResult = { ok: true; id: string } | { ok: false; reason: string };

export interface Lookups extends KeyNames {
  /** by: "code" | "brand" for partners, "email" | "name" for staff; default: either. */
  find(entity: RefEntity, raw: string, by?: string): LookupResult;
}

const nameKey = brandKey;

export async function loadLookups(tx: HubPrisma, organizationId: string): Promise<Lookups> {
  const [partners, staff] = await Promise.all([
    tx.partner.findMany({
      where: { organizationId },
      select: { id: true, partnerCode: true, brandName: true },
    }),
    tx.staff.findMany({
      where: { organizationId },
      select: { id: true, email: true, fullName: true },
    }),
  ]);
  const index = <T>(rows: T[], key: (r: T) => string) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
    return m;
  };
  const byCode = index(partners, (p) => p.partnerCode.toUpperCase());
  const byBrand = index(partners, (p) => brandKey(p.brandName));
  const byEmail = index(staff, (s) => s.email.toLowerCase());
  const byName = index(staff, (s) => nameKey(s.fullName));
  const codes = new Map(partners.map((p) => [p.id, p.partnerCode]));
  const emails = new Map(staff.map((s) => [s.id, s.email]));

  const noun = { partner: ["partner", "partners"], staff: ["staff member", "staff members"] };
  return {
    partnerCode: (id) => codes.get(id) ?? id,
    staffEmail: (id) => emails.get(id) ?? id,
    find(entity, raw, by) {
      const s = raw.trim();
      const ways = (
        entity === "partner"
          ? [
              { by: "code", hits: byCode.get(s.toUpperCase()), what: "partner code" },
              { by: "brand", hits: byBrand.get(brandKey(s)), what: "brand name" },
            ]
          : [
              { by: "email", hits: byEmail.get(s.toLowerCase()), what: "email" },
              { by: "name", hits: byName.get(nameKey(s)), what: "full name" },
            ]
      ).filter((w) => !by || w.by === by);
      for (const w of ways) {
        if (w.hits?.length === 1) return { ok: true, id: w.hits[0].id };
        if (w.hits?.length)
          return {
            ok: false,
            reason: `"${raw}" matches ${w.hits.length} ${noun[entity][1]} by ${w.what}; use the ${ways[0].what} instead`,
          };
      }
      return {
        ok: false,
        reason: `no ${noun[entity][0]} has the ${ways.map((w) => w.what).join(" or ")} "${raw}"`,
      };
    },
  };
}
