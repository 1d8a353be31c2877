// The benchmark's three queries, each written in the idiom of both APIs, and a normal form of
// each answer so the bench can check that both servers return the same data before timing them.
import { Kind, parse, type SelectionSetNode } from "graphql";
import type { GraphData } from "./data";

export interface BenchQuery {
  name: string;
  ours: { query: string; variables: (d: GraphData) => Record<string, unknown> };
  theirs: { query: string; variables: (d: GraphData) => Record<string, unknown> };
  /** The answer with each API's shape and enum spelling removed, sorted where order is unspecified. */
  normal: { ours: (data: any) => unknown; theirs: (data: any) => unknown };
}

const lower = (v: string | null | undefined) => v?.toLowerCase() ?? null;
const sorted = <T>(list: T[]) =>
  [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

export const QUERIES: BenchQuery[] = [
  {
    name: "partner list",
    ours: {
      query: `query PartnerList($status: PartnerStatus!) {
        partners(first: 50, filter: { status: { eq: $status } }, orderBy: [{ brandName: ASC }]) {
          nodes { id brandName tier childAsinCount podLeader { fullName } latestWeeklyStatus { weekStartDate status } }
        }
      }`,
      variables: () => ({ status: "ACTIVE" }),
    },
    theirs: {
      query: `query PartnerList($status: PartnerStatus!) {
        allPartners(first: 50, condition: { status: $status }, orderBy: BRAND_NAME_ASC) {
          nodes {
            rowId brandName tier childAsinCount
            podLeader: partnerAssignmentsByPartnerId(condition: { assignmentRole: pod_leader, unassignedAt: null }, orderBy: [IS_PRIMARY_DESC, ASSIGNED_AT_ASC], first: 1) {
              nodes { staffByStaffId { fullName } }
            }
            latest: weeklyStatusesByPartnerId(orderBy: WEEK_START_DATE_DESC, first: 1) { nodes { weekStartDate status } }
          }
        }
      }`,
      variables: () => ({ status: "active" }),
    },
    normal: {
      ours: (d) =>
        d.partners.nodes.map((p: any) => ({
          id: p.id,
          brand: p.brandName,
          tier: lower(p.tier),
          children: p.childAsinCount,
          leader: p.podLeader?.fullName ?? null,
          latest: p.latestWeeklyStatus && {
            week: p.latestWeeklyStatus.weekStartDate,
            status: lower(p.latestWeeklyStatus.status),
          },
        })),
      theirs: (d) =>
        d.allPartners.nodes.map((p: any) => ({
          id: p.rowId,
          brand: p.brandName,
          tier: p.tier,
          children: p.childAsinCount,
          leader: p.podLeader.nodes[0]?.staffByStaffId.fullName ?? null,
          latest: p.latest.nodes[0]
            ? { week: p.latest.nodes[0].weekStartDate, status: p.latest.nodes[0].status }
            : null,
        })),
    },
  },
  {
    name: "partner detail",
    ours: {
      query: `query PartnerDetail($id: ID!) {
        partner(id: $id) {
          brandName status tier
          activeAssignments { assignmentRole staff { fullName squads { name } } }
          parentAsins { asinCode title children { asinCode title } }
          weeklyStatuses(first: 12, orderBy: [{ weekStartDate: DESC }]) { nodes { weekStartDate status reportedBy { fullName } } }
        }
      }`,
      variables: (d) => ({ id: d.samplePartnerId }),
    },
    theirs: {
      query: `query PartnerDetail($id: UUID!) {
        partnerByRowId(rowId: $id) {
          brandName status tier
          team: partnerAssignmentsByPartnerId(condition: { unassignedAt: null }, orderBy: ASSIGNED_AT_ASC) {
            nodes { assignmentRole staffByStaffId { fullName staffSquadsByStaffId(condition: { isActive: true }) { nodes { squadBySquadId { name } } } } }
          }
          parents: asinsByPartnerId(condition: { isParent: true, deletedAt: null }, orderBy: ASIN_CODE_ASC) {
            nodes { asinCode title children { nodes { asinCode title } } }
          }
          weeklyStatusesByPartnerId(first: 12, orderBy: WEEK_START_DATE_DESC) { nodes { weekStartDate status staffByReportedBy { fullName } } }
        }
      }`,
      variables: (d) => ({ id: d.samplePartnerId }),
    },
    normal: {
      ours: ({ partner: p }) => ({
        brand: p.brandName,
        status: lower(p.status),
        tier: lower(p.tier),
        team: sorted(
          p.activeAssignments.map((a: any) => ({
            role: lower(a.assignmentRole),
            who: a.staff.fullName,
            squads: a.staff.squads.map((s: any) => s.name).sort(),
          })),
        ),
        asins: p.parentAsins.map((a: any) => ({
          code: a.asinCode,
          title: a.title,
          children: a.children.map((c: any) => ({ code: c.asinCode, title: c.title })),
        })),
        weeks: p.weeklyStatuses.nodes.map((w: any) => ({
          week: w.weekStartDate,
          status: lower(w.status),
          by: w.reportedBy?.fullName ?? null,
        })),
      }),
      theirs: ({ partnerByRowId: p }) => ({
        brand: p.brandName,
        status: p.status,
        tier: p.tier,
        team: sorted(
          p.team.nodes.map((a: any) => ({
            role: a.assignmentRole,
            who: a.staffByStaffId.fullName,
            squads: a.staffByStaffId.staffSquadsByStaffId.nodes
              .map((s: any) => s.squadBySquadId.name)
              .sort(),
          })),
        ),
        asins: p.parents.nodes.map((a: any) => ({
          code: a.asinCode,
          title: a.title,
          children: a.children.nodes.map((c: any) => ({ code: c.asinCode, title: c.title })),
        })),
        weeks: p.weeklyStatusesByPartnerId.nodes.map((w: any) => ({
          week: w.weekStartDate,
          status: w.status,
          by: w.staffByReportedBy?.fullName ?? null,
        })),
      }),
    },
  },
  {
    name: "staff capacity",
    ours: {
      query: `query StaffCapacity($week: Date!) {
        staffMembers(first: 300, orderBy: [{ fullName: ASC }]) {
          nodes { fullName currentClientCount maxClients partners { brandName weeklyStatuses(from: $week, to: $week, first: 1) { nodes { status } } } }
        }
      }`,
      variables: (d) => ({ week: d.currentWeek }),
    },
    theirs: {
      query: `query StaffCapacity($week: Date!) {
        allStaff(first: 300, orderBy: FULL_NAME_ASC) {
          nodes {
            fullName currentClientCount maxClients
            partnerAssignmentsByStaffId(condition: { unassignedAt: null }) {
              nodes { partnerByPartnerId { brandName weeklyStatusesByPartnerId(condition: { weekStartDate: $week }, first: 1) { nodes { status } } } }
            }
          }
        }
      }`,
      variables: (d) => ({ week: d.currentWeek }),
    },
    normal: {
      ours: (d) =>
        d.staffMembers.nodes.map((s: any) => ({
          name: s.fullName,
          clients: s.currentClientCount,
          max: s.maxClients,
          partners: sorted(
            s.partners.map((p: any) => ({
              brand: p.brandName,
              statuses: p.weeklyStatuses.nodes.map((w: any) => lower(w.status)),
            })),
          ),
        })),
      theirs: (d) =>
        d.allStaff.nodes.map((s: any) => ({
          name: s.fullName,
          clients: s.currentClientCount,
          max: s.maxClients,
          partners: sorted(
            s.partnerAssignmentsByStaffId.nodes.map((a: any) => ({
              brand: a.partnerByPartnerId.brandName,
              statuses: a.partnerByPartnerId.weeklyStatusesByPartnerId.nodes.map(
                (w: any) => w.status,
              ),
            })),
          ),
        })),
    },
  },
];

/** How deep a query's fields nest: { a { b { c } } } is 3 (the statements-per-request target is ≤ depth + 1). */
export function depthOf(query: string): number {
  const depth = (set: SelectionSetNode | undefined): number =>
    set
      ? Math.max(
          0,
          ...set.selections.map((s) =>
            s.kind === Kind.FIELD
              ? 1 + depth(s.selectionSet)
              : depth("selectionSet" in s ? s.selectionSet : undefined),
          ),
        )
      : 0;
  const op = parse(query).definitions[0];
  return op.kind === Kind.OPERATION_DEFINITION ? depth(op.selectionSet) : 0;
}
