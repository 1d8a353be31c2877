// The alert rules. Each looks at its subjects in scope and says which of them call for an
// alert now (findings) and which it looked at (checked): an unresolved alert of a checked
// subject without a finding has cleared. Thresholds and severities come from
// configuration alerts.rules.
import type { HubPrisma } from "../../db/database";
import { addDays, mondayOf, utcDay } from "../../lib/dates";
import type { AlertRules } from "../configurations/configuration.registry";
import { partnerHealth } from "../interactions/interaction.loaders";
import { fiscalQuarterAt, listGoalsOf, standingOf } from "../goals/goal.service";
import type { AlertRuleName } from "./alert.type";

export interface Finding {
  rule: AlertRuleName;
  severity: string;
  subjectType: "partner" | "opportunity" | "goal";
  subjectId: string;
  partnerId: string | null;
  staffId: string | null;
  title: string;
  message: string;
  details: Record<string, unknown>;
}
export interface RuleResult {
  findings: Finding[];
  checked: string[];
}

/** Which subjects to look at: some partners (after a write about them) or all; goals or not. */
export interface AlertScope {
  partnerIds?: string[];
  goals: boolean;
}

export interface RuleInput {
  db: HubPrisma;
  organizationId: string;
  scope: AlertScope;
  rules: AlertRules;
  now: Date;
}

const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const livePartners = (i: RuleInput) => ({
  organizationId: i.organizationId,
  deletedAt: null,
  ...(i.scope.partnerIds ? { id: { in: i.scope.partnerIds } } : {}),
});

async function partnerAtRisk(i: RuleInput): Promise<RuleResult> {
  const partners = await i.db.partner.findMany({
    where: livePartners(i),
    select: { id: true, brandName: true, status: true },
  });
  return {
    checked: partners.map((p) => p.id),
    findings: partners
      .filter((p) => p.status === "at_risk")
      .map((p) => ({
        rule: "partner_at_risk",
        severity: i.rules.partner_at_risk.severity,
        subjectType: "partner",
        subjectId: p.id,
        partnerId: p.id,
        staffId: null,
        title: `${p.brandName} is at risk`,
        message: `${p.brandName}'s status is AT_RISK. Agree a recovery plan with the pod leader and log it as an interaction.`,
        details: { status: p.status },
      })),
  };
}

/** Partners still served (not churned or offboarding) need a status every week. */
async function missingWeeklyStatus(i: RuleInput): Promise<RuleResult> {
  const { weekday } = i.rules.missing_weekly_status;
  const week = mondayOf(i.now);
  const partners = await i.db.partner.findMany({
    where: { ...livePartners(i), status: { in: ["onboarding", "active", "at_risk", "paused"] } },
    select: {
      id: true,
      brandName: true,
      weeklyStatuses: { where: { weekStartDate: week }, select: { id: true } },
    },
  });
  const isoWeekday = ((i.now.getUTCDay() + 6) % 7) + 1;
  const due = isoWeekday > weekday;
  return {
    checked: partners.filter((p) => p.weeklyStatuses.length).map((p) => p.id), // last week's alert stays until this week's status
    findings: due
      ? partners
          .filter((p) => !p.weeklyStatuses.length)
          .map((p) => ({
            rule: "missing_weekly_status",
            severity: i.rules.missing_weekly_status.severity,
            subjectType: "partner",
            subjectId: p.id,
            partnerId: p.id,
            staffId: null,
            title: `No weekly status for ${p.brandName}`,
            message: `Nobody has recorded ${p.brandName}'s status for the week of ${isoDay(week)}; its pod leader should record it (recordWeeklyStatus).`,
            details: { weekStartDate: isoDay(week) },
          }))
      : [],
  };
}

async function opportunityOverdue(i: RuleInput): Promise<RuleResult> {
  const cutoff = addDays(utcDay(i.now), -i.rules.opportunity_overdue.grace_days);
  const opportunities = await i.db.opportunity.findMany({
    where: {
      organizationId: i.organizationId,
      partner: { deletedAt: null },
      ...(i.scope.partnerIds ? { partnerId: { in: i.scope.partnerIds } } : {}),
    },
    select: {
      id: true,
      partnerId: true,
      assignedStaffId: true,
      customerName: true,
      status: true,
      stage: true,
      expectedCloseDate: true,
    },
  });
  return {
    checked: opportunities.map((o) => o.id),
    findings: opportunities
      .filter((o) => o.status === "open" && o.expectedCloseDate && o.expectedCloseDate < cutoff)
      .map((o) => ({
        rule: "opportunity_overdue",
        severity: i.rules.opportunity_overdue.severity,
        subjectType: "opportunity",
        subjectId: o.id,
        partnerId: o.partnerId,
        staffId: o.assignedStaffId,
        title: `${o.customerName} is past its expected close`,
        message: `The ${o.customerName} opportunity was expected to close on ${isoDay(o.expectedCloseDate!)} and is still in ${o.stage}; move it on, or give it a new expected close date.`,
        details: {
          expectedCloseDate: isoDay(o.expectedCloseDate!),
          daysLate: Math.round((utcDay(i.now).getTime() - o.expectedCloseDate!.getTime()) / DAY),
          stage: o.stage,
        },
      })),
  };
}

async function goalBehind(i: RuleInput): Promise<RuleResult> {
  if (!i.scope.goals) return { findings: [], checked: [] };
  const goals = await listGoalsOf(
    i.db,
    i.organizationId,
    await fiscalQuarterAt(i.db, i.organizationId, i.now),
  );
  const standing = await standingOf(i.db, i.organizationId, goals, i.now);
  return {
    checked: goals.map((g) => g.id),
    findings: goals.flatMap((g, n) =>
      standing[n].pace.status !== "behind"
        ? []
        : [
            {
              rule: "goal_behind" as const,
              severity: i.rules.goal_behind.severity,
              subjectType: "goal" as const,
              subjectId: g.id,
              partnerId: null,
              staffId: g.staffId,
              title: `Q${g.quarter} ${g.goalType.replace("_", " ")} goal is behind pace`,
              message: `${Math.round(standing[n].pace.progress * 100)}% of the target is reached with ${Math.round(standing[n].pace.expected * 100)}% of the quarter gone (current ${standing[n].currentValue} of ${Number(g.targetValue)}).`,
              details: {
                currentValue: standing[n].currentValue,
                targetValue: Number(g.targetValue),
                ...standing[n].pace,
              },
            },
          ],
    ),
  };
}

/** Keeps today's score of each partner, and compares it with the best of the previous days. */
async function healthDrop(i: RuleInput): Promise<RuleResult> {
  const { points, days, severity } = i.rules.health_drop;
  const partners = await i.db.partner.findMany({
    where: { ...livePartners(i), status: { notIn: ["churned"] } },
    select: { id: true, brandName: true },
  });
  if (!partners.length) return { findings: [], checked: [] };
  const ids = partners.map((p) => p.id);
  const today = utcDay(i.now);
  const health = await partnerHealth(i.db, i.organizationId, ids, i.now);
  await i.db.$executeRaw`
    INSERT INTO "partner_health_scores" ("partner_id", "day", "organization_id", "score")
    SELECT unnest(${ids}::uuid[]), ${today}::date, ${i.organizationId}::uuid, unnest(${health.map((h) => h.score)}::int[])
    ON CONFLICT ("partner_id", "day") DO UPDATE SET "score" = EXCLUDED."score"`;
  const before = await i.db.partnerHealthScore.groupBy({
    by: ["partnerId"],
    where: { partnerId: { in: ids }, day: { gte: addDays(today, -days), lt: today } },
    _max: { score: true },
  });
  const best = new Map(before.map((b) => [b.partnerId, b._max.score ?? 0]));
  return {
    checked: ids,
    findings: partners.flatMap((p, n) => {
      const from = best.get(p.id);
      const to = health[n].score;
      return from === undefined || from - to < points
        ? []
        : [
            {
              rule: "health_drop" as const,
              severity,
              subjectType: "partner" as const,
              subjectId: p.id,
              partnerId: p.id,
              staffId: null,
              title: `${p.brandName}'s relationship health fell ${from - to} points`,
              message: `Relationship health went from ${from} to ${to} within ${days} days; see Partner.relationshipHealth's factors for why, and get in touch.`,
              details: { from, to, days },
            },
          ];
    }),
  };
}

export const RULES: Record<AlertRuleName, (i: RuleInput) => Promise<RuleResult>> = {
  partner_at_risk: partnerAtRisk,
  missing_weekly_status: missingWeeklyStatus,
  opportunity_overdue: opportunityOverdue,
  goal_behind: goalBehind,
  health_drop: healthDrop,
};
