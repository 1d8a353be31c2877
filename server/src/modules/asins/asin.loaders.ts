import { byIds, defineLoader, groupedBy } from "../../graphql/loaders";
import { archiveScope } from "../../graphql/records";
import type { Asin } from "./asin.type";

export const asinById = defineLoader<string, Asin | null>("asinById", ({ prisma, organizationId, rows: visible }) => async (ids) =>
  byIds(ids, await prisma.asin.findMany({ where: { id: { in: [...ids] }, organizationId, ...archiveScope(true), ...visible.partnerChild } }) as Asin[]));

/** Live ASINs of each partner. */
export const asinsByPartner = defineLoader<string, Asin[]>("asinsByPartner", ({ prisma, organizationId, rows: visible }) => async (ids) =>
  groupedBy(ids, await prisma.asin.findMany({ where: { partnerId: { in: [...ids] }, organizationId, ...visible.partnerChild } }) as Asin[], (a) => a.partnerId));

/** Live ASINs by "<partnerId>/<code>" (a parent is found by its code within its partner). */
export const asinByPartnerCode = defineLoader<string, Asin | null>("asinByPartnerCode", ({ prisma, organizationId, rows: visible }) => async (keys) => {
  const pairs = keys.map((k) => k.split("/"));
  const rows = await prisma.asin.findMany({ where: { organizationId, ...visible.partnerChild, OR: pairs.map(([partnerId, asinCode]) => ({ partnerId, asinCode })) } }) as Asin[];
  const map = new Map(rows.map((r) => [`${r.partnerId}/${r.asinCode}`, r]));
  return keys.map((k) => map.get(k) ?? null);
});

/** Live children of each "<partnerId>/<parent code>". */
export const asinChildren = defineLoader<string, Asin[]>("asinChildren", ({ prisma, organizationId, rows: visible }) => async (keys) => {
  const pairs = keys.map((k) => k.split("/"));
  const rows = await prisma.asin.findMany({
    where: { organizationId, ...visible.partnerChild, OR: pairs.map(([partnerId, parentAsin]) => ({ partnerId, parentAsin })) }, orderBy: { asinCode: "asc" },
  }) as Asin[];
  return groupedBy(keys, rows, (r) => `${r.partnerId}/${r.parentAsin}`);
});
