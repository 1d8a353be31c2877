import { Prisma } from "../../generated/prisma/client";
import { rawRows } from "../../db/rawRows";
import { byIds, defineLoader, groupedBy } from "../../graphql/loaders";
import { archiveScope } from "../../graphql/records";
import type { Asin } from "./asin.type";

export const asinById = defineLoader<string, Asin | null>(
  "asinById",
  ({ prisma, organizationId, rows: visible }) =>
    async (ids) =>
      byIds(
        ids,
        (await prisma.asin.findMany({
          where: {
            id: { in: [...ids] },
            organizationId,
            ...archiveScope(true),
            ...visible.partnerChild,
          },
        })) as Asin[],
      ),
);

/**
 * Live ASINs of each partner, by code. Every live ASIN of the partner is here, so each one's
 * children are known too: they prime asinChildren (parent → children costs no statement).
 */
export const asinsByPartner = defineLoader<string, Asin[]>(
  "asinsByPartner",
  ({ prisma, organizationId, rows: visible, prime }) =>
    async (ids) => {
      const found = await rawRows<Asin>(
        prisma,
        "Asin",
        Prisma.sql`
    WHERE r."partner_id" = ANY(${[...ids]}::uuid[]) AND r."organization_id" = ${organizationId}::uuid AND r."deleted_at" IS NULL
      ${visible.partnerSql('r."partner_id"')}
    ORDER BY r."asin_code"`,
      );
      const children = new Map(found.map((a) => [`${a.partnerId}/${a.asinCode}`, [] as Asin[]]));
      for (const a of found)
        if (a.parentAsin) children.get(`${a.partnerId}/${a.parentAsin}`)?.push(a);
      for (const [key, list] of children) prime(asinChildren, key, list);
      return groupedBy(ids, found, (a) => a.partnerId);
    },
);

/** Live ASINs by "<partnerId>/<code>" (a parent is found by its code within its partner). */
export const asinByPartnerCode = defineLoader<string, Asin | null>(
  "asinByPartnerCode",
  ({ prisma, organizationId, rows: visible }) =>
    async (keys) => {
      const pairs = keys.map((k) => k.split("/"));
      const rows = (await prisma.asin.findMany({
        where: {
          organizationId,
          ...visible.partnerChild,
          OR: pairs.map(([partnerId, asinCode]) => ({ partnerId, asinCode })),
        },
      })) as Asin[];
      const map = new Map(rows.map((r) => [`${r.partnerId}/${r.asinCode}`, r]));
      return keys.map((k) => map.get(k) ?? null);
    },
);

/** Live children of each "<partnerId>/<parent code>". */
export const asinChildren = defineLoader<string, Asin[]>(
  "asinChildren",
  ({ prisma, organizationId, rows: visible }) =>
    async (keys) => {
      const pairs = keys.map((k) => k.split("/"));
      const rows = await rawRows<Asin>(
        prisma,
        "Asin",
        Prisma.sql`
    JOIN unnest(${pairs.map((p) => p[0])}::uuid[], ${pairs.map((p) => p[1])}::text[]) AS k(partner_id, code) ON r."partner_id" = k.partner_id AND r."parent_asin" = k.code
    WHERE r."organization_id" = ${organizationId}::uuid AND r."deleted_at" IS NULL ${visible.partnerSql('r."partner_id"')}
    ORDER BY r."asin_code"`,
      );
      return groupedBy(keys, rows, (r) => `${r.partnerId}/${r.parentAsin}`);
    },
);
