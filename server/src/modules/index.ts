// Every resolver of the graph, module by module.
import type { ClassType, NonEmptyArray } from "type-graphql";
import "./relations";
import { PartnerResolver } from "./partners/partner.resolver";
import { StaffResolver } from "./staff/staff.resolver";
import {
  SquadMembershipResolver,
  SquadResolver,
  StaffSquadsResolver,
} from "./squads/squad.resolver";
import {
  AssignmentResolver,
  PartnerAssignmentsResolver,
  StaffAssignmentsResolver,
} from "./assignments/assignment.resolver";
import { AsinResolver, PartnerAsinsResolver } from "./asins/asin.resolver";
import {
  PartnerWeeklyStatusesResolver,
  StaffWeeklyStatusesResolver,
  WeeklyStatusResolver,
} from "./weeklyStatuses/weeklyStatus.resolver";
import {
  AsinSheetsResolver,
  PartnerSheetResolver,
  PartnerSheetsResolver,
  StaffSheetsResolver,
} from "./sheets/sheet.resolver";
import { StaffTrainingFieldResolver, StaffTrainingResolver } from "./training/training.resolver";
import { PtoRecordResolver, StaffPtoResolver } from "./pto/pto.resolver";
import { ExternalContactResolver, StaffContactsResolver } from "./contacts/contact.resolver";
import { SystemSettingResolver } from "./settings/setting.resolver";
import { OrganizationResolver } from "./organizations/organization.resolver";
import {
  DataSourceResolver,
  FieldLineageResolver,
  FieldMappingResolver,
  LineageEntryResolver,
  PartnerLineageResolver,
  StaffLineageResolver,
  AsinLineageResolver,
  AssignmentLineageResolver,
  StagedChangeResolver,
  SyncLogResolver,
} from "./pipeline/pipeline.resolver";
import {
  PartnerInteractionResolver,
  PartnerRelationshipResolver,
} from "./interactions/interaction.resolver";
import { TaskResolver, WeeklyReportResolver } from "./tasks/task.resolver";
import { TicketResolver, TicketStatusResolver } from "./operations/ticket.resolver";
import {
  CustomerResolver,
  FinanceMarginResolver,
  FinanceResolver,
} from "./finance/finance.resolver";
import { KpiResolver } from "./kpis/kpi.resolver";
import { MasterDataResolver } from "./masterData/masterData.resolver";
import { MarketingResolver } from "./marketing/marketing.resolver";
import {
  SalesActivityResolver,
  SalesActivitySummaryResolver,
  SalesLeadResolver,
} from "./sales/lead.resolver";
import { QuarterlyGoalResolver } from "./goals/goal.resolver";
import { AlertResolver, StaffAlertsResolver } from "./alerts/alert.resolver";
import { AGGREGATE_RESOLVERS } from "./aggregates";
import { WebhookDeliveryResolver, WebhookResolver } from "./webhooks/webhook.resolver";
import { SavedQueryResolver } from "./savedQueries/savedQuery.resolver";
import { ConfigurationResolver } from "./configurations/configuration.resolver";
import {
  OpportunityResolver,
  OpportunityStageChangeResolver,
  PartnerOpportunitiesResolver,
} from "./opportunities/opportunity.resolver";
import {
  AccessResolver,
  ApiKeyResolver,
  AuditLogResolver,
  PartnerHistoryResolver,
  StaffHistoryResolver,
} from "./access/access.resolver";

// TypeGraphQL takes resolver classes.
export const RESOLVERS: NonEmptyArray<ClassType> = [
  PartnerResolver,
  StaffResolver,
  SquadResolver,
  SquadMembershipResolver,
  StaffSquadsResolver,
  AssignmentResolver,
  PartnerAssignmentsResolver,
  StaffAssignmentsResolver,
  AsinResolver,
  PartnerAsinsResolver,
  WeeklyStatusResolver,
  PartnerWeeklyStatusesResolver,
  StaffWeeklyStatusesResolver,
  PartnerSheetResolver,
  PartnerSheetsResolver,
  AsinSheetsResolver,
  StaffSheetsResolver,
  StaffContactsResolver,
  StaffTrainingResolver,
  StaffTrainingFieldResolver,
  PtoRecordResolver,
  StaffPtoResolver,
  ExternalContactResolver,
  SystemSettingResolver,
  OrganizationResolver,
  DataSourceResolver,
  FieldMappingResolver,
  StagedChangeResolver,
  SyncLogResolver,
  FieldLineageResolver,
  LineageEntryResolver,
  PartnerLineageResolver,
  StaffLineageResolver,
  AsinLineageResolver,
  AssignmentLineageResolver,
  AccessResolver,
  ApiKeyResolver,
  AuditLogResolver,
  PartnerHistoryResolver,
  StaffHistoryResolver,
  TicketResolver,
  TicketStatusResolver,
  FinanceResolver,
  CustomerResolver,
  FinanceMarginResolver,
  KpiResolver,
  SalesLeadResolver,
  SalesActivityResolver,
  SalesActivitySummaryResolver,
  MasterDataResolver,
  MarketingResolver,
  ConfigurationResolver,
  OpportunityResolver,
  OpportunityStageChangeResolver,
  PartnerOpportunitiesResolver,
  PartnerInteractionResolver,
  PartnerRelationshipResolver,
  TaskResolver,
  WeeklyReportResolver,
  QuarterlyGoalResolver,
  AlertResolver,
  StaffAlertsResolver,
  WebhookResolver,
  WebhookDeliveryResolver,
  SavedQueryResolver,
  ...AGGREGATE_RESOLVERS,
];
