import { Field, ID, Int, ObjectType } from "type-graphql";
import { AlertSeverity as DbAlertSeverity, AlertStatus as DbAlertStatus } from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateTimeScalar, JSONScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import { DateTimeFilter, IDFilter, entityFilter, enumFilter } from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const ALERT_RULES = ["partner_at_risk", "missing_weekly_status", "opportunity_overdue", "goal_behind", "health_drop"] as const;
export type AlertRuleName = (typeof ALERT_RULES)[number];

export const AlertRule = gqlEnum(ALERT_RULES, "AlertRule", "The rule that raised an alert (configuration alerts.rules).");
export const ALERT_SUBJECTS = ["partner", "opportunity", "goal"] as const;
export const AlertSubject = gqlEnum(ALERT_SUBJECTS, "AlertSubject", "What an alert is about.");
export const AlertStatus = gqlEnum(DbAlertStatus, "AlertStatus", "OPEN until someone acknowledges it; RESOLVED by a person, or by the rules once its condition has cleared.");
export const AlertSeverity = gqlEnum(DbAlertSeverity, "AlertSeverity", "How urgent an alert is (configured per rule).");

const opt = { nullable: true };

@ObjectType({ description: "Something that needs a person's attention, raised by a rule; one per rule and subject until resolved." })
export class Alert {
  @Field(() => ID) id!: string;
  @Field(() => AlertRule) rule!: string;
  @Field(() => AlertSeverity) severity!: string;
  @Field(() => AlertStatus) status!: string;
  @Field(() => AlertSubject, { description: "What subjectId names." }) subjectType!: string;
  @Field(() => ID) subjectId!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: "What happened and what to do about it." }) message!: string;
  @Field(() => JSONScalar, { description: "The figures behind the alert, e.g. { \"from\": 72, \"to\": 51 } for a health drop." }) details!: unknown;
  @Field(() => DateTimeScalar, opt) acknowledgedAt!: Date | null;
  @Field(() => DateTimeScalar, opt) resolvedAt!: Date | null;
  @Field(() => String, { ...opt, description: "Why it was resolved; \"condition cleared\" when the rules resolved it." }) resolution!: string | null;
  @Field(() => DateTimeScalar) createdAt!: Date;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  partnerId!: string | null;
  staffId!: string | null;
  acknowledgedById!: string | null;
  resolvedById!: string | null;
}

@ObjectType({ description: "What a run of the alert rules did." })
export class AlertEvaluation {
  @Field(() => Int, { description: "New alerts raised." }) raised!: number;
  @Field(() => Int, { description: "Alerts resolved because their condition cleared." }) cleared!: number;
}

export const AlertConnection = connectionType(Alert, "Alert");

export const alertFilter = entityFilter("Alert", {
  id: { type: IDFilter }, rule: { type: enumFilter(AlertRule, "AlertRule") }, status: { type: enumFilter(AlertStatus, "AlertStatus") },
  severity: { type: enumFilter(AlertSeverity, "AlertSeverity") }, partnerId: { type: IDFilter }, staffId: { type: IDFilter }, subjectId: { type: IDFilter },
  createdAt: { type: DateTimeFilter },
});
export const alertOrder = entityOrder("Alert", { createdAt: {}, severity: { enum: AlertSeverity }, status: { enum: AlertStatus } }, [{ name: "createdAt", direction: "desc" }]);
