// Running the rules: new findings become alerts (one unresolved per rule and subject: the
// partial unique index turns a second into a no-op), and unresolved alerts of subjects a
// rule checked and found clear are resolved as "condition cleared".
import type { Context } from "../../graphql/context";
import type { Database, HubPrisma } from "../../db/database";
import { runPeriodic, type PeriodicWork } from "../../jobs/periodic";
import { readConfiguration } from "../configurations/configuration.service";
import type { AlertRules } from "../configurations/configuration.registry";
import { RULES, type AlertScope } from "./alert.rules";
import { ALERT_RULES, type AlertEvaluation } from "./alert.type";

export async function evaluateAlerts(
  db: HubPrisma,
  organizationId: string,
  scope: AlertScope = { goals: true },
  now = new Date(),
): Promise<AlertEvaluation> {
  const rules = await readConfiguration<AlertRules>(db, organizationId, "alerts", "rules");
  let raised = 0;
  let cleared = 0;
  for (const name of ALERT_RULES) {
    if (!rules[name].enabled) continue; // a rule switched off leaves its alerts to people
    const { findings, checked } = await RULES[name]({ db, organizationId, scope, rules, now });
    if (findings.length) {
      raised += (
        await db.alert.createMany({
          data: findings.map((f) => ({
            organizationId,
            ...f,
            details: f.details as never,
            severity: f.severity as never,
          })),
          skipDuplicates: true,
        })
      ).count;
    }
    if (checked.length) {
      cleared += await db.$executeRaw`
        UPDATE "alerts" SET "status" = 'resolved', "resolved_at" = ${now}, "resolution" = 'condition cleared'
        WHERE "organization_id" = ${organizationId}::uuid AND "rule" = ${name} AND "status" <> 'resolved'
          AND "subject_id" = ANY(${checked}::uuid[]) AND NOT ("subject_id" = ANY(${findings.map((f) => f.subjectId)}::uuid[]))`;
    }
  }
  return { raised, cleared };
}

/**
 * After a write that feeds the rules, in the same transaction: the partners it touched, and
 * goals when the writer sees every partner (a narrower view would count their deals short).
 */
export function alertInputsChanged(
  ctx: Context,
  partnerIds: string[],
  goals = false,
): Promise<AlertEvaluation> {
  return evaluateAlerts(ctx.prisma, ctx.organizationId, {
    partnerIds,
    goals: goals && ctx.rows.seesAll,
  });
}

/** Every rule for every organization, hourly. */
export const hourlyAlertRules: PeriodicWork = {
  job: "alert_rules",
  period: (now) => now.toISOString().slice(0, 13),
  run: (tx, organizationId, _period, now) =>
    evaluateAlerts(tx, organizationId, { goals: true }, now),
};

export const runAlertRules = (db: Database, now?: Date) => runPeriodic(db, hourlyAlertRules, now);
