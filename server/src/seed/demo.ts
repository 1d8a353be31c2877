// Loads the demo organization: realistic, coherent and deterministic (seeded random), with
// weekly statuses anchored on the current week so the dashboard has a "this week".
import type { Database } from "../db/database";
import type { AssignmentRole, PartnerTier, SheetType, SquadType } from "../generated/prisma/enums";
import { mondayOf, addDays } from "../lib/dates";
import {
  DEMO_BRANDS,
  DEMO_CATEGORIES,
  DEMO_EMAIL_DOMAIN,
  DEMO_ORGANIZATION,
  DEMO_SQUADS,
  DEMO_STAFF,
  DEMO_STATUSES,
  DEMO_TRAINING,
} from "./demoData";
import { seedPartnerships } from "./demoPartnerships";
import { seedOperations } from "./demoOperations";
import { seedFinance } from "./demoFinance";
import { seedSales } from "./demoSales";
import { seedMarketing } from "./demoMarketing";

export type SeedProgress = (step: string, done: number, total: number) => void;

/** mulberry32: a tiny deterministic PRNG, so every demo database is the same. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    chance: (p: number) => next() < p,
  };
}

const emailOf = (fullName: string) =>
  `${fullName
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .trim()
    .replace(/\s+/g, ".")}@${DEMO_EMAIL_DOMAIN}`;
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-");
const sheetUrl = (key: string) => `https://docs.google.com/spreadsheets/d/${key}/edit`;

export interface SeedResult {
  organizationId: string;
  created: boolean;
}

/** Seeds the demo organization unless it exists already (then nothing changes). */
export async function seedDemo(
  db: Database,
  onProgress: SeedProgress = () => {},
): Promise<SeedResult> {
  const existing = await db.prisma.organization.findUnique({
    where: { subdomain: DEMO_ORGANIZATION.subdomain },
  });
  if (existing) return { organizationId: existing.id, created: false };
  const rnd = random(20261122);
  const thisMonday = mondayOf(new Date());
  const steps = 14;
  let step = 0;
  const progress = (name: string) => onProgress(name, ++step, steps);

  return db.prisma.$transaction(
    async (tx) => {
      const org = await tx.organization.create({
        data: {
          ...DEMO_ORGANIZATION,
          settings: { allowedDomains: [DEMO_EMAIL_DOMAIN], weekStartsOn: "monday" },
        },
      });
      const organizationId = org.id;

      // Staff
      const staff = await tx.staff.createManyAndReturn({
        data: DEMO_STAFF.map((s, i) => ({
          organizationId,
          fullName: s.fullName,
          email: emailOf(s.fullName),
          role: s.role,
          department: s.department,
          title: s.title,
          status: s.status ?? "active",
          phone: `+1 555 01${String(i).padStart(2, "0")}`,
          slackId: `U0${(1000 + i * 37).toString(36).toUpperCase()}`,
          maxClients:
            s.role === "pod_leader"
              ? 8
              : s.role.endsWith("manager") || s.role === "conversion_strategist"
                ? 15
                : null,
          services:
            s.role === "pod_leader"
              ? i % 2
                ? ["ppc", "cc"]
                : ["ppc", "fam"]
              : s.role === "ppc_manager"
                ? ["ppc"]
                : [],
          hireDate: addDays(thisMonday, -rnd.int(60, 1500)),
          probationEndDate: s.status === "onboarding" ? addDays(thisMonday, 60) : null,
          departureDate: s.status === "departed" ? addDays(thisMonday, -30) : null,
          calendlyUrl: s.role === "pod_leader" ? `https://calendly.com/${slug(s.fullName)}` : null,
        })),
      });
      const byRole = (role: string) => staff.filter((s) => s.role === role);
      const working = (role: string) =>
        byRole(role).filter((s) => s.status === "active" || s.status === "on_leave");
      progress("staff");

      // Squads and memberships
      const squads = await tx.squad.createManyAndReturn({
        data: DEMO_SQUADS.map((s) => ({
          organizationId,
          name: s.name,
          type: s.type as SquadType,
          description: s.description,
        })),
      });
      const podLeaders = byRole("pod_leader");
      const memberships = [
        ...podLeaders.map((p, i) => ({
          staffId: p.id,
          squadId: squads[i % 2].id,
          role: i < 2 ? "leader" : "member",
        })),
        ...[
          ...byRole("brand_manager"),
          ...byRole("conversion_strategist"),
          ...byRole("graphic_designer"),
        ].map((p, i) => ({
          staffId: p.id,
          squadId: squads[2].id,
          role: i === 0 ? "captain" : "member",
        })),
        ...byRole("ppc_manager").map((p) => ({
          staffId: p.id,
          squadId: squads[3].id,
          role: "member",
        })),
        { staffId: podLeaders[0].id, squadId: squads[3].id, role: "leader" },
      ];
      await tx.staffSquad.createMany({
        data: memberships.map((m) => ({
          organizationId,
          ...m,
          role: m.role as "leader" | "captain" | "member",
        })),
      });
      progress("squads");

      // Partners
      const partners = await tx.partner.createManyAndReturn({
        data: DEMO_BRANDS.map((brandName, i) => {
          const status = DEMO_STATUSES[i];
          const start = addDays(thisMonday, -rnd.int(120, 900));
          return {
            organizationId,
            brandName,
            clientName: `${rnd.pick(["Alex", "Jordan", "Sam", "Taylor", "Morgan", "Casey", "Riley", "Jamie"])} ${rnd.pick(["Lee", "Patel", "Garcia", "Smith", "Nguyen", "Brown", "Cohen", "Silva"])}`,
            clientEmail: `founder@${slug(brandName)}.com`,
            clientPhone: `+1 555 02${String(i).padStart(2, "0")}`,
            status,
            tier: `tier_${i % 5}` as PartnerTier,
            baseFee: 1500 + 250 * rnd.int(0, 18),
            commissionRate: (rnd.int(15, 60) / 1000).toFixed(4),
            billingDay: rnd.int(1, 28),
            onboardingDate: status === "onboarding" ? addDays(thisMonday, -rnd.int(0, 20)) : start,
            contractStartDate: start,
            contractEndDate: addDays(start, 365 * rnd.int(1, 2)),
            churnedDate: status === "churned" ? addDays(thisMonday, -rnd.int(14, 60)) : null,
            notes: status === "at_risk" ? "ACoS trending up; weekly check-ins agreed." : null,
            sourceData: { demo: { row: i + 2, sheet: "Master Client Sheet" } },
          };
        }),
      });
      progress("partners");

      // Assignments: every live partner has a primary pod leader; churned ones keep history only.
      const assignable = (role: string) => (working(role).length ? working(role) : byRole(role));
      const assignments: {
        partnerId: string;
        staffId: string;
        assignmentRole: AssignmentRole;
        isPrimary: boolean;
        assignedAt: Date;
        unassignedAt: Date | null;
      }[] = [];
      const activeLeaders = working("pod_leader");
      partners.forEach((p, i) => {
        const assignedAt = p.contractStartDate ?? thisMonday;
        const ended = p.status === "churned" ? p.churnedDate : null;
        const leader = activeLeaders[i % activeLeaders.length];
        // A handful of partners changed pod leader: keep the earlier one as history.
        if (i % 9 === 4) {
          const previous =
            podLeaders.find((s) => s.id !== leader.id && s.status !== "active") ??
            podLeaders[(i + 1) % podLeaders.length];
          assignments.push({
            partnerId: p.id,
            staffId: previous.id,
            assignmentRole: "pod_leader",
            isPrimary: false,
            assignedAt,
            unassignedAt: addDays(thisMonday, -70),
          });
        }
        assignments.push({
          partnerId: p.id,
          staffId: leader.id,
          assignmentRole: "pod_leader",
          isPrimary: true,
          assignedAt,
          unassignedAt: ended,
        });
        const extra: [AssignmentRole, string, number][] = [
          ["ppc_manager", "ppc_manager", 0.8],
          ["brand_manager", "brand_manager", 0.6],
          ["conversion_strategist", "conversion_strategist", 0.4],
          ["graphic_designer", "graphic_designer", 0.25],
          ["sales_rep", "sales_executive", 0.2],
        ];
        for (const [assignmentRole, staffRole, p2] of extra) {
          if (rnd.chance(p2)) {
            assignments.push({
              partnerId: p.id,
              staffId: rnd.pick(assignable(staffRole)).id,
              assignmentRole,
              isPrimary: true,
              assignedAt,
              unassignedAt: ended,
            });
          }
        }
      });
      await tx.partnerAssignment.createMany({
        data: assignments.map((a) => ({ organizationId, ...a })),
      });
      progress("assignments");

      // ASIN families: parents with children, plus standalones.
      let serial = 0;
      const asinCode = () =>
        `B0${(0x1a2b3c + 7919 * ++serial).toString(36).toUpperCase().padStart(8, "0")}`;
      const asinRows: {
        partnerId: string;
        asinCode: string;
        parentAsin: string | null;
        isParent: boolean;
        title: string;
        sku: string;
        category: string;
        status: "active" | "paused" | "discontinued";
        cogs: number;
        price: number;
      }[] = [];
      for (const p of partners) {
        const category = rnd.pick(DEMO_CATEGORIES);
        const families = p.status === "onboarding" ? 1 : rnd.int(1, 3);
        for (let f = 0; f < families; f++) {
          const parent = asinCode();
          const product = `${p.brandName} ${rnd.pick(["Essentials", "Classic", "Pro", "Everyday", "Signature"])} ${f + 1}`;
          asinRows.push({
            partnerId: p.id,
            asinCode: parent,
            parentAsin: null,
            isParent: true,
            title: product,
            sku: `${slug(p.brandName).slice(0, 6).toUpperCase()}-${f + 1}`,
            category,
            status: "active",
            cogs: 0,
            price: 0,
          });
          const variants = rnd.int(2, 4);
          for (let v = 0; v < variants; v++) {
            const price = rnd.int(1299, 5999) / 100;
            asinRows.push({
              partnerId: p.id,
              asinCode: asinCode(),
              parentAsin: parent,
              isParent: false,
              title: `${product} - ${rnd.pick(["Small", "Medium", "Large", "Twin Pack", "Family Size", "Blue", "Green"])}`,
              sku: `${slug(p.brandName).slice(0, 6).toUpperCase()}-${f + 1}-${v + 1}`,
              category,
              status:
                p.status === "churned" ? "discontinued" : rnd.chance(0.1) ? "paused" : "active",
              cogs: Math.round(price * 0.35 * 100) / 100,
              price,
            });
          }
        }
        if (rnd.chance(0.5)) {
          const price = rnd.int(999, 2999) / 100;
          asinRows.push({
            partnerId: p.id,
            asinCode: asinCode(),
            parentAsin: null,
            isParent: false,
            title: `${p.brandName} Gift Card Bundle`,
            sku: `${slug(p.brandName).slice(0, 6).toUpperCase()}-GIFT`,
            category,
            status: "active",
            cogs: Math.round(price * 0.3 * 100) / 100,
            price,
          });
        }
      }
      const asins = await tx.asin.createManyAndReturn({
        data: asinRows.map((a) => ({
          organizationId,
          ...a,
          cogs: a.isParent ? null : a.cogs,
          price: a.isParent ? null : a.price,
        })),
      });
      progress("asins");

      // 12 weeks of weekly statuses (this week about three quarters reported).
      const leaderOf = new Map(
        assignments
          .filter((a) => a.isPrimary && a.assignmentRole === "pod_leader")
          .map((a) => [a.partnerId, a.staffId]),
      );
      const statuses = [];
      for (const p of partners) {
        for (let w = 11; w >= 0; w--) {
          const weekStartDate = addDays(thisMonday, -7 * w);
          if (p.onboardingDate && weekStartDate < mondayOf(p.onboardingDate)) continue;
          if (p.churnedDate && weekStartDate > p.churnedDate) continue;
          if (w === 0 && rnd.chance(0.25)) continue;
          const drift = rnd.next();
          const status = drift < 0.8 ? p.status : drift < 0.9 ? "active" : "at_risk";
          statuses.push({
            organizationId,
            partnerId: p.id,
            weekStartDate,
            status,
            reportedById: leaderOf.get(p.id) ?? null,
            reportedAt: addDays(weekStartDate, 4),
            happyClient: status === "at_risk" || status === "churned" ? false : rnd.chance(0.85),
            notes:
              status === "at_risk"
                ? "Client worried about rising ad spend."
                : rnd.chance(0.3)
                  ? "Steady week; launched new campaigns."
                  : null,
            metrics: { acos: rnd.int(15, 45) / 100, sales: rnd.int(5000, 90000) },
          });
        }
      }
      await tx.weeklyStatus.createMany({ data: statuses });
      progress("weekly statuses");

      // Sheets: brand info and internal sheet per partner, keyword research on some parents.
      const sheets: {
        partnerId: string;
        asinId: string | null;
        sheetType: SheetType;
        sheetUrl: string;
        sheetName: string;
        isVerified: boolean;
        verifiedAt: Date | null;
        verifiedById: string | null;
        status: "active" | "broken";
      }[] = [];
      for (const p of partners) {
        const verifier = leaderOf.get(p.id) ?? null;
        for (const sheetType of ["brand_info", "internal_brand"] as const) {
          const verified = rnd.chance(0.7);
          sheets.push({
            partnerId: p.id,
            asinId: null,
            sheetType,
            sheetUrl: sheetUrl(`${slug(p.brandName)}-${sheetType}`),
            sheetName: `${p.brandName} - ${sheetType.replace("_", " ")}`,
            isVerified: verified,
            verifiedAt: verified ? addDays(thisMonday, -rnd.int(1, 60)) : null,
            verifiedById: verified ? verifier : null,
            status: rnd.chance(0.05) ? "broken" : "active",
          });
        }
        const parent = asins.find((a) => a.partnerId === p.id && a.isParent);
        if (parent && rnd.chance(0.6)) {
          sheets.push({
            partnerId: p.id,
            asinId: parent.id,
            sheetType: "kw_research",
            sheetUrl: sheetUrl(`${parent.asinCode}-kw`),
            sheetName: `${parent.asinCode} keyword research`,
            isVerified: false,
            verifiedAt: null,
            verifiedById: null,
            status: "active",
          });
        }
      }
      await tx.partnerSheet.createMany({ data: sheets.map((s) => ({ organizationId, ...s })) });
      progress("sheets");

      // Training and PTO
      const training = [];
      for (const s of staff) {
        for (const m of DEMO_TRAINING) {
          if (m.moduleName === "ppc_basics" && !["pod_leader", "ppc_manager"].includes(s.role))
            continue;
          const roll = s.status === "onboarding" ? rnd.int(0, 1) : rnd.int(1, 3);
          const status = (["not_started", "in_progress", "completed", "completed"] as const)[roll];
          training.push({
            organizationId,
            staffId: s.id,
            moduleName: m.moduleName,
            moduleType: m.moduleType,
            status,
            startedAt: status === "not_started" ? null : addDays(thisMonday, -rnd.int(20, 200)),
            completedAt: status === "completed" ? addDays(thisMonday, -rnd.int(1, 19)) : null,
            dueDate: addDays(thisMonday, rnd.int(-10, 45)),
            score: status === "completed" ? rnd.int(70, 100) : null,
            attempts: status === "not_started" ? 0 : rnd.int(1, 2),
          });
        }
      }
      await tx.staffTraining.createMany({ data: training });
      const admin = staff[0];
      const pto = staff
        .filter((_, i) => i % 2 === 1)
        .slice(0, 12)
        .map((s, i) => {
          const start = addDays(thisMonday, rnd.int(-40, 60));
          const status = (["approved", "approved", "pending", "rejected", "cancelled"] as const)[
            i % 5
          ];
          return {
            organizationId,
            staffId: s.id,
            startDate: start,
            endDate: addDays(start, rnd.int(0, 9)),
            type: (["vacation", "sick", "personal", "holiday"] as const)[i % 4],
            status,
            approvedById: status === "approved" ? admin.id : null,
            approvedAt: status === "approved" ? addDays(start, -7) : null,
          };
        });
      await tx.ptoRecord.createMany({ data: pto });
      progress("training and PTO");

      // Contacts and settings
      await tx.externalContact.createMany({
        data: [
          {
            name: "Dana Whitfield",
            company: "Amazon",
            type: "amazon_rep",
            email: "dana.w@amazon.example",
            tags: ["vendor-central"],
          },
          {
            name: "Raj Malhotra",
            company: "Amazon",
            type: "amazon_rep",
            email: "raj.m@amazon.example",
            tags: ["seller-support", "ads"],
          },
          {
            name: "Kim Lambert",
            company: "Lambert Ventures",
            type: "partner_referral",
            email: "kim@lambert.example",
            tags: ["referrals"],
          },
          {
            name: "Victor Hale",
            company: "Hale Brand Studio",
            type: "partner_referral",
            email: "victor@halebrand.example",
            tags: [],
          },
          {
            name: "Sara Lind",
            company: "PrintWorks",
            type: "vendor",
            email: "sara@printworks.example",
            tags: ["packaging"],
          },
          {
            name: "Ahmed Farouk",
            company: "ShipFast 3PL",
            type: "vendor",
            email: "ahmed@shipfast.example",
            tags: ["logistics"],
          },
          {
            name: "Nora Quinn",
            company: "Quinn Legal",
            type: "other",
            email: "nora@quinnlegal.example",
            tags: ["contracts"],
          },
          {
            name: "Paul Mercer",
            company: "Mercer Photography",
            type: "vendor",
            email: "paul@mercerphoto.example",
            tags: ["creative"],
          },
        ].map((c) => ({
          organizationId,
          ...c,
          type: c.type as "amazon_rep" | "partner_referral" | "vendor" | "other",
          addedById: admin.id,
        })),
      });
      await tx.systemSetting.createMany({
        data: [
          {
            key: "weekly_status.due_weekday",
            value: "friday",
            category: "general",
            description: "Weekday by which pod leaders record the week's status",
          },
          {
            key: "notifications.digest",
            value: { enabled: true, hourUtc: 13 },
            category: "notifications",
            description: "Daily email digest",
          },
          {
            key: "integrations.google_sheets",
            value: { enabled: true },
            category: "integrations",
            description: "Sheets sync enabled",
          },
        ].map((s) => ({ organizationId, ...s, updatedById: admin.id })),
      });
      progress("contacts and settings");

      await seedPartnerships(tx, organizationId, partners, leaderOf, rnd, new Date());
      progress("deals, touchpoints and goals");
      await seedOperations(
        tx,
        organizationId,
        [...working("operations"), ...working("admin")],
        partners,
        rnd,
        new Date(),
      );
      progress("operations tickets");
      await seedFinance(tx, organizationId, partners, rnd, new Date());
      progress("finance");
      await seedSales(tx, organizationId, working("sales_executive"), new Date(), rnd);
      progress("sales leads");
      await seedMarketing(tx, organizationId, new Date(), rnd);
      progress("marketing");
      return { organizationId, created: true };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
