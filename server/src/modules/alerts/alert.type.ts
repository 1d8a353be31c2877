import { Field, ID, Int, ObjectType } from "type-graphql";
import {
  AlertSeverity as DbAlertSeverity,
  AlertStatus as DbAlertStatus,
} from "../../generated/prisma/enums";
import { gqlEnum } from "../../graphql/enums";
import { DateTimeScalar, JSONScalar } from "../../graphql/scalars";
import { connectionType } from "../../graphql/connection";
import { DateTimeFilter, IDFilter, entityFilter, enumFilter } from "../../graphql/filters";
import { entityOrder } from "../../graphql/ordering";

export const ALERT_RULES = [
  "partner_at_risk",
  "missing_weekly_status",
  "opportunity_overdue",
  "goal_behind",
  "health_drop",
] as const;
export type AlertRuleName = (typeof ALERT_RULES)[number];

export const AlertRule = gqlEnum(
  ALERT_RULES,
  "AlertRule",
  "The rule that raised an alert (configuration alerts.rules).",
  {
    partner_at_risk: "A partner's status is AT_RISK.",
    missing_weekly_status:
      "A live partner has no status for this week once the configured weekday (default Friday) has passed.",
    opportunity_overdue: "An open opportunity is past its expected close date.",
    goal_behind: "A quarterly goal is BEHIND its pace.",
    health_drop: "A partner's relationship health fell below the configured score.",
  },
);
export const ALERT_SUBJECTS = ["partner", "opportunity", "goal"] as const;
export const AlertSubject = gqlEnum(ALERT_SUBJECTS, "AlertSubject", "What an alert is about.", {
  partner: "subjectId is a partner's id.",
  opportunity: "subjectId is an opportunity's id.",
  goal: "subjectId is a quarterly goal's id.",
});
export const AlertStatus = gqlEnum(
  DbAlertStatus,
  "AlertStatus",
  "OPEN until someone acknowledges it; RESOLVED by a person, or by the rules once its condition has cleared.",
  {
    open: "New; nobody has looked yet.",
    acknowledged: "Someone is on it.",
    resolved: "Closed by a person or by the rules.",
  },
);
export const AlertSeverity = gqlEnum(
  DbAlertSeverity,
  "AlertSeverity",
  "How urgent an alert is (configured per rule).",
  {
    info: "Worth knowing.",
    warning: "Needs attention soon.",
    critical: "Needs attention now.",
  },
);

const opt = { nullable: true };

@ObjectType({
  description:
    "Something that needs a person's attention, raised by a rule; one per rule and subject until resolved.",
})
export class Alert {
  @Field(() => ID) id!: string;
  @Field(() => AlertRule, { description: "The rule that raised the alert." }) rule!: string;
  @Field(() => AlertSeverity, {
    description: "How urgent the alert is, e.g. CRITICAL for a partner at risk.",
  })
  severity!: string;
  @Field(() => AlertStatus, { description: "OPEN, ACKNOWLEDGED or RESOLVED." }) status!: string;
  @Field(() => AlertSubject, { description: "What subjectId names." }) subjectType!: string;
  @Field(() => ID, {
    description: "Id of what the alert is about: a partner, opportunity or goal (see subject).",
  })
  subjectId!: string;
  @Field(() => String, { description: 'One line for people, e.g. "Acme Outdoors is at risk".' })
  title!: string;
  @Field(() => String, { description: "What happened and what to do about it." }) message!: string;
  @Field(() => JSONScalar, {
    description: 'The figures behind the alert, e.g. { "from": 72, "to": 51 } for a health drop.',
  })
  details!: unknown;
  @Field(() => DateTimeScalar, {
    ...opt,
    description: "When someone acknowledged the alert; null until then.",
  })
  acknowledgedAt!: Date | null;
  @Field(() => DateTimeScalar, {
    ...opt,
    description: "When the alert was resolved; null while open or acknowledged.",
  })
  resolvedAt!: Date | null;
  @Field(() => String, {
    ...opt,
    description: 'Why it was resolved; "condition cleared" when the rules resolved it.',
  })
  resolution!: string | null;
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
  @Field(() => Int, { description: "Alerts resolved because their condition cleared." })
  cleared!: number;
}

export const AlertConnection = connectionType(Alert, "Alert");

export const alertFilter = entityFilter("Alert", {
  id: { type: IDFilter },
  rule: { type: enumFilter(AlertRule, "AlertRule") },
  status: { type: enumFilter(AlertStatus, "AlertStatus") },
  severity: { type: enumFilter(AlertSeverity, "AlertSeverity") },
  partnerId: { type: IDFilter },
  staffId: { type: IDFilter },
  subjectId: { type: IDFilter },
  createdAt: { type: DateTimeFilter },
});
export const alertOrder = entityOrder(
  "Alert",
  { createdAt: {}, severity: { enum: AlertSeverity }, status: { enum: AlertStatus } },
  [{ name: "createdAt", direction: "desc" }],
);
