/* eslint-disable */
import * as types from './graphql';
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ViewerPermissions { viewerPermissions }": typeof types.ViewerPermissionsDocument,
    "\n  query FinancePage($asOf: Date!, $from: Date!) {\n    arSummary(asOf: $asOf) { bucket invoices amountDue }\n    arAging(asOf: $asOf) { invoiceId customerName dueDate amountDue daysPastDue bucket }\n    financeOverview(from: $from) { month invoiced collected refunded netCollected }\n    financeMargins(from: $from) { id periodStart periodEnd revenue costOfGoodsSold grossMargin marginRate }\n  }\n": typeof types.FinancePageDocument,
    "\n  fragment HomeStatusBars on PartnerAggregateGroup { key { status } count }\n": typeof types.HomeStatusBarsFragmentDoc,
    "\n  fragment HomeTierBars on PartnerAggregateGroup { key { tier } count }\n": typeof types.HomeTierBarsFragmentDoc,
    "\n  fragment HomeAtRiskPartner on Partner {\n    id brandName partnerCode tier\n    podLeader { id fullName }\n    latestWeeklyStatus { id weekStartDate notes }\n  }\n": typeof types.HomeAtRiskPartnerFragmentDoc,
    "\n  query HomePage($week: Date!, $canReview: Boolean!) {\n    viewer { id fullName }\n    byStatus: partnersAggregate(groupBy: [STATUS]) { ...HomeStatusBars }\n    byTier: partnersAggregate(groupBy: [TIER]) { ...HomeTierBars }\n    atRisk: partners(first: 8, filter: { status: { eq: AT_RISK } }, orderBy: [{ brandName: ASC }]) {\n      totalCount\n      edges { node { id ...HomeAtRiskPartner } }\n    }\n    reportable: partnersAggregate(filter: { status: { notIn: [CHURNED] } }) { count }\n    thisWeek: weeklyStatusesAggregate(filter: { weekStartDate: { eq: $week }, partner: { status: { notIn: [CHURNED] } } }) { count }\n    pending: stagedChangesAggregate(filter: { status: { eq: PENDING } }) @include(if: $canReview) { count }\n  }\n": typeof types.HomePageDocument,
    "\n  fragment KpiCard on KpiResult {\n    value target status\n    kpi { id name description unit lowerIsBetter domain }\n    series { start end value }\n  }\n": typeof types.KpiCardFragmentDoc,
    "\n  query KpiPage($from: Date!, $to: Date!, $interval: KpiInterval!) {\n    kpis(from: $from, to: $to, interval: $interval) { kpi { id domain } ...KpiCard }\n  }\n": typeof types.KpiPageDocument,
    "\n  query MarketingPage($from: Date!) {\n    marketingOverview { campaignId name leads cost costPerLead revenue roi }\n    websiteAnalytics(from: $from) { date sessions }\n    digitalChannels(from: $from) { id channelName leads cost }\n    marketingAttribution(from: $from) { id channel firstTouchConversions lastTouchConversions assistedConversions }\n  }\n": typeof types.MarketingPageDocument,
    "\n  query OperationsPage($filter: TicketFilter, $readsAll: Boolean!) {\n    opsOverview @include(if: $readsAll) { slaId slaName resolutionTargetHours openTickets closedTickets breachedTickets }\n    opsAverageResolutionTime @include(if: $readsAll) { priority closedTickets averageHours }\n    tickets(first: 200, filter: $filter, orderBy: [{ createdAt: DESC }]) { totalCount edges { node { id ...TicketRow } } }\n  }\n": typeof types.OperationsPageDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) { createTicket(input: $input) { id } }\n": typeof types.CreateTicketDocument,
    "\n  fragment TicketRow on Ticket {\n    id subject priority createdAt closedAt slaDueAt slaBreached resolutionHours\n    status { id key name next { id key name } }\n    assignee { id fullName }\n    partner { id brandName }\n  }\n": typeof types.TicketRowFragmentDoc,
    "\n  mutation MoveTicket($id: ID!, $status: String!) { moveTicket(id: $id, status: $status) { id ...TicketRow } }\n": typeof types.MoveTicketDocument,
    "\n  fragment PartnerAsinTree on Partner {\n    id childAsinCount parentAsinCount\n    asins(first: 500, orderBy: [{ asinCode: ASC }]) { nodes { id asinCode title status isParent parentAsin price } }\n  }\n": typeof types.PartnerAsinTreeFragmentDoc,
    "\n  fragment PartnerFinancials on Partner { id baseFee commissionRate billingDay }\n": typeof types.PartnerFinancialsFragmentDoc,
    "\n  fragment PartnerIdentity on Partner {\n    id brandName partnerCode status tier clientName clientEmail clientPhone domain\n    onboardingDate contractStartDate contractEndDate churnedDate notes\n    relationshipHealth { score }\n  }\n": typeof types.PartnerIdentityFragmentDoc,
    "\n  query FieldLineage($id: ID!, $field: String!) {\n    partner(id: $id) {\n      id\n      lineage(field: $field) {\n        id currentValue lastUpdatedAt\n        authoritativeSource { id name }\n        history { value sourceName sourceReference batchId timestamp changedBy { id fullName } approvedBy { id fullName } }\n      }\n    }\n  }\n": typeof types.FieldLineageDocument,
    "\n  query PartnerDetailPage($id: ID!, $from: Date!, $financials: Boolean!) {\n    partner(id: $id) {\n      id brandName partnerCode status tier\n      ...PartnerIdentity\n      ...PartnerFinancials @include(if: $financials)\n      ...PartnerTeam\n      ...PartnerAsinTree\n      ...PartnerStatusStrip\n      ...PartnerSheets\n    }\n  }\n": typeof types.PartnerDetailPageDocument,
    "\n  fragment PartnerSheets on Partner {\n    id\n    sheets { id sheetType sheetName sheetUrl status isVerified verifiedAt verifiedBy { id fullName } }\n  }\n": typeof types.PartnerSheetsFragmentDoc,
    "\n  fragment PartnerStatusStrip on Partner {\n    id\n    weeklyStatuses(from: $from, first: 60) { edges { node { id weekStartDate status happyClient notes reportedBy { id fullName } } } }\n  }\n": typeof types.PartnerStatusStripFragmentDoc,
    "\n  fragment PartnerTeam on Partner {\n    id\n    assignments(first: 200, includeInactive: true, orderBy: [{ assignedAt: DESC }]) {\n      edges { node { id assignmentRole isActive isPrimary assignedAt unassignedAt staff { id fullName title squads { id name } } } }\n    }\n  }\n": typeof types.PartnerTeamFragmentDoc,
    "\n  query PartnersExport($filter: PartnerFilter, $orderBy: [PartnerOrderBy!], $financials: Boolean!) {\n    partners(filter: $filter, orderBy: $orderBy) {\n      nodes {\n        partnerCode brandName status tier clientName clientEmail onboardingDate\n        baseFee @include(if: $financials)\n        commissionRate @include(if: $financials)\n        childAsinCount\n        podLeader { fullName email }\n        latestWeeklyStatus { status weekStartDate }\n      }\n    }\n  }\n": typeof types.PartnersExportDocument,
    "\n  fragment PartnerRow on Partner {\n    id brandName partnerCode status tier childAsinCount\n    podLeader { id fullName }\n    latestWeeklyStatus { id status weekStartDate }\n  }\n": typeof types.PartnerRowFragmentDoc,
    "\n  query PartnersPage($first: Int!, $after: String, $filter: PartnerFilter, $orderBy: [PartnerOrderBy!]) {\n    partners(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { id ...PartnerRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.PartnersPageDocument,
    "\n  query PartnerFilterOptions {\n    podLeaders: staffMembers(first: 200, filter: { role: { eq: POD_LEADER } }, orderBy: [{ fullName: ASC }]) { edges { node { id fullName } } }\n    squads(first: 200, orderBy: [{ name: ASC }]) { edges { node { id name } } }\n  }\n": typeof types.PartnerFilterOptionsDocument,
    "\n  fragment ChangeCard on StagedChange {\n    id batchId entityType entityKey changeType status changedFields oldValues newValues sourceReference rejectionReason applyError\n  }\n": typeof types.ChangeCardFragmentDoc,
    "\n  mutation EditStagedChange($id: ID!, $newValues: JSON!) { editStagedChange(id: $id, newValues: $newValues) { id ...ChangeCard } }\n": typeof types.EditStagedChangeDocument,
    "\n  fragment DataSourceCard on DataSource {\n    id name type status description lastSyncedAt lastSyncError\n    fieldMappings { id sourceTab sourceColumn targetTable targetField transformType isAuthoritative priority }\n    ...MappingEditor\n    syncLogs(first: 5, orderBy: [{ startedAt: DESC }]) { edges { node { id ...SyncLogEntry } } }\n  }\n": typeof types.DataSourceCardFragmentDoc,
    "\n  mutation RunSync($id: ID!, $csv: String) { runSync(dataSourceId: $id, csv: $csv, wait: false) { id status progress { step percent } } }\n": typeof types.RunSyncDocument,
    "\n  query SyncProgress($id: ID!) { syncLog(id: $id) { id status changesStaged errors progress { step done total percent } } }\n": typeof types.SyncProgressDocument,
    "\n  fragment MappingEditor on DataSource {\n    id type\n    fieldMappings { id sourceTab sourceColumn sourceColumnIndex targetTable targetField transformType transformConfig isAuthoritative priority }\n  }\n": typeof types.MappingEditorFragmentDoc,
    "\n  query PipelineTargets { pipelineTargets { table required fields { name kind lookup } } }\n": typeof types.PipelineTargetsDocument,
    "\n  query SourcePreview($id: ID!, $csv: String) {\n    previewDataSource(dataSourceId: $id, csv: $csv) { name header rowCount rows columns { index name guessedType dateFormat } }\n    suggestFieldMappings(dataSourceId: $id, csv: $csv) { sourceTab sourceColumn sourceColumnIndex targetTable targetField transformType transformConfig }\n  }\n": typeof types.SourcePreviewDocument,
    "\n  mutation SetFieldMappings($id: ID!, $mappings: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $mappings) { id } }\n": typeof types.SetFieldMappingsDocument,
    "\n  query ReviewPage($statuses: [StagedChangeStatus!]!) {\n    dataSources(first: 100) { edges { node { id ...DataSourceCard } } }\n    stagedChanges(first: 300, filter: { status: { in: $statuses } }, orderBy: [{ createdAt: DESC }, { entityKey: ASC }]) {\n      totalCount\n      edges { node { id batchId status dataSource { id name } ...ChangeCard } }\n    }\n  }\n": typeof types.ReviewPageDocument,
    "mutation ApproveChanges($ids: [ID!]!) { approveStagedChanges(ids: $ids) }": typeof types.ApproveChangesDocument,
    "mutation RejectChanges($ids: [ID!]!, $reason: String!) { rejectStagedChanges(ids: $ids, reason: $reason) }": typeof types.RejectChangesDocument,
    "mutation ApproveBatch($batchId: ID!) { approveBatch(batchId: $batchId) }": typeof types.ApproveBatchDocument,
    "mutation ApplyBatch($batchId: ID!) { applyBatch(batchId: $batchId) { applied failed conflicts } }": typeof types.ApplyBatchDocument,
    "\n  fragment SyncLogEntry on SyncLog { id batchId status startedAt recordsScanned changesStaged changesApplied errors errorLog inputName initiatedBy { id fullName } }\n": typeof types.SyncLogEntryFragmentDoc,
    "\n  mutation RevertBatch($batchId: ID!) { revertBatch(batchId: $batchId) }\n": typeof types.RevertBatchDocument,
    "\n  fragment LeadRow on SalesLead {\n    id company contactName stage status expectedValue\n    owner { id fullName }\n    partner { id brandName }\n  }\n": typeof types.LeadRowFragmentDoc,
    "\n  mutation MoveLead($id: ID!, $stage: String!, $reasonId: ID) { moveLeadStage(id: $id, stage: $stage, reasonId: $reasonId) { id ...LeadRow } }\n": typeof types.MoveLeadDocument,
    "\n  mutation ConvertLead($id: ID!) { convertLead(id: $id) { id ...LeadRow } }\n": typeof types.ConvertLeadDocument,
    "\n  query SalesPage($status: LeadStatus!, $readsAll: Boolean!) {\n    salesStages { key name outcome }\n    salesReasons { id name category }\n    salesPipelineOverview @include(if: $readsAll) { stage leads expectedValue }\n    salesActivitySummary @include(if: $readsAll) { staff { id fullName } activities calls emails meetings lastActivityDate }\n    salesLeads(first: 200, filter: { status: { eq: $status } }, orderBy: [{ createdAt: DESC }]) { totalCount edges { node { id ...LeadRow } } }\n  }\n": typeof types.SalesPageDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { id } }\n": typeof types.CreateLeadDocument,
    "\n  fragment SquadCard on Squad {\n    id name type description\n    members { id role staff { id fullName role currentClientCount maxClients } }\n    partners { id brandName status }\n  }\n": typeof types.SquadCardFragmentDoc,
    "\n  query SquadsPage { squads(first: 200, orderBy: [{ name: ASC }]) { edges { node { id ...SquadCard } } } }\n": typeof types.SquadsPageDocument,
    "\n  fragment StaffPtoCalendar on Staff { id ptoRecords { id type status startDate endDate notes } }\n": typeof types.StaffPtoCalendarFragmentDoc,
    "\n  query StaffDetailPage($id: ID!) {\n    staff(id: $id) {\n      id fullName email title role status department phone hireDate currentClientCount maxClients\n      squadMemberships { id role isActive squad { id name } }\n      partners { id brandName partnerCode status }\n      training { id moduleName status dueDate completedAt score }\n      ...StaffPtoCalendar\n    }\n  }\n": typeof types.StaffDetailPageDocument,
    "\n  fragment StaffRow on Staff { id fullName email role title status currentClientCount maxClients squads { id name } }\n": typeof types.StaffRowFragmentDoc,
    "\n  query StaffListPage($filter: StaffFilter, $after: String) {\n    staffMembers(first: 100, after: $after, filter: $filter, orderBy: [{ fullName: ASC }]) {\n      totalCount\n      edges { cursor node { id ...StaffRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.StaffListPageDocument,
    "\n  query WeeklyStatusPage($from: Date!, $first: Int!, $after: String) {\n    partners(first: $first, after: $after, filter: { status: { notIn: [CHURNED] } }, orderBy: [{ brandName: ASC }]) {\n      totalCount\n      edges { cursor node { id ...WeeklyStatusRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.WeeklyStatusPageDocument,
    "\n  fragment WeeklyStatusRow on Partner {\n    id brandName partnerCode status\n    weeklyStatuses(from: $from, first: 12) { edges { node { id weekStartDate status happyClient notes } } }\n  }\n": typeof types.WeeklyStatusRowFragmentDoc,
    "\n  mutation RecordWeeklyStatus($input: RecordWeeklyStatusInput!, $from: Date!) {\n    recordWeeklyStatus(input: $input) {\n      id weekStartDate status happyClient notes\n      partner { id ...WeeklyStatusRow }\n    }\n  }\n": typeof types.RecordWeeklyStatusDocument,
    "\n  query PlaygroundSavedQueries {\n    viewer { id }\n    savedQueries { id name description query variables isShared owner { id fullName } }\n  }\n": typeof types.PlaygroundSavedQueriesDocument,
    "\n  mutation PlaygroundSaveQuery($input: SaveQueryInput!) { saveQuery(input: $input) { id } }\n": typeof types.PlaygroundSaveQueryDocument,
    "\n  mutation PlaygroundDeleteQuery($id: ID!) { deleteSavedQuery(id: $id) { id } }\n": typeof types.PlaygroundDeleteQueryDocument,
};
const documents: Documents = {
    "query ViewerPermissions { viewerPermissions }": types.ViewerPermissionsDocument,
    "\n  query FinancePage($asOf: Date!, $from: Date!) {\n    arSummary(asOf: $asOf) { bucket invoices amountDue }\n    arAging(asOf: $asOf) { invoiceId customerName dueDate amountDue daysPastDue bucket }\n    financeOverview(from: $from) { month invoiced collected refunded netCollected }\n    financeMargins(from: $from) { id periodStart periodEnd revenue costOfGoodsSold grossMargin marginRate }\n  }\n": types.FinancePageDocument,
    "\n  fragment HomeStatusBars on PartnerAggregateGroup { key { status } count }\n": types.HomeStatusBarsFragmentDoc,
    "\n  fragment HomeTierBars on PartnerAggregateGroup { key { tier } count }\n": types.HomeTierBarsFragmentDoc,
    "\n  fragment HomeAtRiskPartner on Partner {\n    id brandName partnerCode tier\n    podLeader { id fullName }\n    latestWeeklyStatus { id weekStartDate notes }\n  }\n": types.HomeAtRiskPartnerFragmentDoc,
    "\n  query HomePage($week: Date!, $canReview: Boolean!) {\n    viewer { id fullName }\n    byStatus: partnersAggregate(groupBy: [STATUS]) { ...HomeStatusBars }\n    byTier: partnersAggregate(groupBy: [TIER]) { ...HomeTierBars }\n    atRisk: partners(first: 8, filter: { status: { eq: AT_RISK } }, orderBy: [{ brandName: ASC }]) {\n      totalCount\n      edges { node { id ...HomeAtRiskPartner } }\n    }\n    reportable: partnersAggregate(filter: { status: { notIn: [CHURNED] } }) { count }\n    thisWeek: weeklyStatusesAggregate(filter: { weekStartDate: { eq: $week }, partner: { status: { notIn: [CHURNED] } } }) { count }\n    pending: stagedChangesAggregate(filter: { status: { eq: PENDING } }) @include(if: $canReview) { count }\n  }\n": types.HomePageDocument,
    "\n  fragment KpiCard on KpiResult {\n    value target status\n    kpi { id name description unit lowerIsBetter domain }\n    series { start end value }\n  }\n": types.KpiCardFragmentDoc,
    "\n  query KpiPage($from: Date!, $to: Date!, $interval: KpiInterval!) {\n    kpis(from: $from, to: $to, interval: $interval) { kpi { id domain } ...KpiCard }\n  }\n": types.KpiPageDocument,
    "\n  query MarketingPage($from: Date!) {\n    marketingOverview { campaignId name leads cost costPerLead revenue roi }\n    websiteAnalytics(from: $from) { date sessions }\n    digitalChannels(from: $from) { id channelName leads cost }\n    marketingAttribution(from: $from) { id channel firstTouchConversions lastTouchConversions assistedConversions }\n  }\n": types.MarketingPageDocument,
    "\n  query OperationsPage($filter: TicketFilter, $readsAll: Boolean!) {\n    opsOverview @include(if: $readsAll) { slaId slaName resolutionTargetHours openTickets closedTickets breachedTickets }\n    opsAverageResolutionTime @include(if: $readsAll) { priority closedTickets averageHours }\n    tickets(first: 200, filter: $filter, orderBy: [{ createdAt: DESC }]) { totalCount edges { node { id ...TicketRow } } }\n  }\n": types.OperationsPageDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) { createTicket(input: $input) { id } }\n": types.CreateTicketDocument,
    "\n  fragment TicketRow on Ticket {\n    id subject priority createdAt closedAt slaDueAt slaBreached resolutionHours\n    status { id key name next { id key name } }\n    assignee { id fullName }\n    partner { id brandName }\n  }\n": types.TicketRowFragmentDoc,
    "\n  mutation MoveTicket($id: ID!, $status: String!) { moveTicket(id: $id, status: $status) { id ...TicketRow } }\n": types.MoveTicketDocument,
    "\n  fragment PartnerAsinTree on Partner {\n    id childAsinCount parentAsinCount\n    asins(first: 500, orderBy: [{ asinCode: ASC }]) { nodes { id asinCode title status isParent parentAsin price } }\n  }\n": types.PartnerAsinTreeFragmentDoc,
    "\n  fragment PartnerFinancials on Partner { id baseFee commissionRate billingDay }\n": types.PartnerFinancialsFragmentDoc,
    "\n  fragment PartnerIdentity on Partner {\n    id brandName partnerCode status tier clientName clientEmail clientPhone domain\n    onboardingDate contractStartDate contractEndDate churnedDate notes\n    relationshipHealth { score }\n  }\n": types.PartnerIdentityFragmentDoc,
    "\n  query FieldLineage($id: ID!, $field: String!) {\n    partner(id: $id) {\n      id\n      lineage(field: $field) {\n        id currentValue lastUpdatedAt\n        authoritativeSource { id name }\n        history { value sourceName sourceReference batchId timestamp changedBy { id fullName } approvedBy { id fullName } }\n      }\n    }\n  }\n": types.FieldLineageDocument,
    "\n  query PartnerDetailPage($id: ID!, $from: Date!, $financials: Boolean!) {\n    partner(id: $id) {\n      id brandName partnerCode status tier\n      ...PartnerIdentity\n      ...PartnerFinancials @include(if: $financials)\n      ...PartnerTeam\n      ...PartnerAsinTree\n      ...PartnerStatusStrip\n      ...PartnerSheets\n    }\n  }\n": types.PartnerDetailPageDocument,
    "\n  fragment PartnerSheets on Partner {\n    id\n    sheets { id sheetType sheetName sheetUrl status isVerified verifiedAt verifiedBy { id fullName } }\n  }\n": types.PartnerSheetsFragmentDoc,
    "\n  fragment PartnerStatusStrip on Partner {\n    id\n    weeklyStatuses(from: $from, first: 60) { edges { node { id weekStartDate status happyClient notes reportedBy { id fullName } } } }\n  }\n": types.PartnerStatusStripFragmentDoc,
    "\n  fragment PartnerTeam on Partner {\n    id\n    assignments(first: 200, includeInactive: true, orderBy: [{ assignedAt: DESC }]) {\n      edges { node { id assignmentRole isActive isPrimary assignedAt unassignedAt staff { id fullName title squads { id name } } } }\n    }\n  }\n": types.PartnerTeamFragmentDoc,
    "\n  query PartnersExport($filter: PartnerFilter, $orderBy: [PartnerOrderBy!], $financials: Boolean!) {\n    partners(filter: $filter, orderBy: $orderBy) {\n      nodes {\n        partnerCode brandName status tier clientName clientEmail onboardingDate\n        baseFee @include(if: $financials)\n        commissionRate @include(if: $financials)\n        childAsinCount\n        podLeader { fullName email }\n        latestWeeklyStatus { status weekStartDate }\n      }\n    }\n  }\n": types.PartnersExportDocument,
    "\n  fragment PartnerRow on Partner {\n    id brandName partnerCode status tier childAsinCount\n    podLeader { id fullName }\n    latestWeeklyStatus { id status weekStartDate }\n  }\n": types.PartnerRowFragmentDoc,
    "\n  query PartnersPage($first: Int!, $after: String, $filter: PartnerFilter, $orderBy: [PartnerOrderBy!]) {\n    partners(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { id ...PartnerRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.PartnersPageDocument,
    "\n  query PartnerFilterOptions {\n    podLeaders: staffMembers(first: 200, filter: { role: { eq: POD_LEADER } }, orderBy: [{ fullName: ASC }]) { edges { node { id fullName } } }\n    squads(first: 200, orderBy: [{ name: ASC }]) { edges { node { id name } } }\n  }\n": types.PartnerFilterOptionsDocument,
    "\n  fragment ChangeCard on StagedChange {\n    id batchId entityType entityKey changeType status changedFields oldValues newValues sourceReference rejectionReason applyError\n  }\n": types.ChangeCardFragmentDoc,
    "\n  mutation EditStagedChange($id: ID!, $newValues: JSON!) { editStagedChange(id: $id, newValues: $newValues) { id ...ChangeCard } }\n": types.EditStagedChangeDocument,
    "\n  fragment DataSourceCard on DataSource {\n    id name type status description lastSyncedAt lastSyncError\n    fieldMappings { id sourceTab sourceColumn targetTable targetField transformType isAuthoritative priority }\n    ...MappingEditor\n    syncLogs(first: 5, orderBy: [{ startedAt: DESC }]) { edges { node { id ...SyncLogEntry } } }\n  }\n": types.DataSourceCardFragmentDoc,
    "\n  mutation RunSync($id: ID!, $csv: String) { runSync(dataSourceId: $id, csv: $csv, wait: false) { id status progress { step percent } } }\n": types.RunSyncDocument,
    "\n  query SyncProgress($id: ID!) { syncLog(id: $id) { id status changesStaged errors progress { step done total percent } } }\n": types.SyncProgressDocument,
    "\n  fragment MappingEditor on DataSource {\n    id type\n    fieldMappings { id sourceTab sourceColumn sourceColumnIndex targetTable targetField transformType transformConfig isAuthoritative priority }\n  }\n": types.MappingEditorFragmentDoc,
    "\n  query PipelineTargets { pipelineTargets { table required fields { name kind lookup } } }\n": types.PipelineTargetsDocument,
    "\n  query SourcePreview($id: ID!, $csv: String) {\n    previewDataSource(dataSourceId: $id, csv: $csv) { name header rowCount rows columns { index name guessedType dateFormat } }\n    suggestFieldMappings(dataSourceId: $id, csv: $csv) { sourceTab sourceColumn sourceColumnIndex targetTable targetField transformType transformConfig }\n  }\n": types.SourcePreviewDocument,
    "\n  mutation SetFieldMappings($id: ID!, $mappings: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $mappings) { id } }\n": types.SetFieldMappingsDocument,
    "\n  query ReviewPage($statuses: [StagedChangeStatus!]!) {\n    dataSources(first: 100) { edges { node { id ...DataSourceCard } } }\n    stagedChanges(first: 300, filter: { status: { in: $statuses } }, orderBy: [{ createdAt: DESC }, { entityKey: ASC }]) {\n      totalCount\n      edges { node { id batchId status dataSource { id name } ...ChangeCard } }\n    }\n  }\n": types.ReviewPageDocument,
    "mutation ApproveChanges($ids: [ID!]!) { approveStagedChanges(ids: $ids) }": types.ApproveChangesDocument,
    "mutation RejectChanges($ids: [ID!]!, $reason: String!) { rejectStagedChanges(ids: $ids, reason: $reason) }": types.RejectChangesDocument,
    "mutation ApproveBatch($batchId: ID!) { approveBatch(batchId: $batchId) }": types.ApproveBatchDocument,
    "mutation ApplyBatch($batchId: ID!) { applyBatch(batchId: $batchId) { applied failed conflicts } }": types.ApplyBatchDocument,
    "\n  fragment SyncLogEntry on SyncLog { id batchId status startedAt recordsScanned changesStaged changesApplied errors errorLog inputName initiatedBy { id fullName } }\n": types.SyncLogEntryFragmentDoc,
    "\n  mutation RevertBatch($batchId: ID!) { revertBatch(batchId: $batchId) }\n": types.RevertBatchDocument,
    "\n  fragment LeadRow on SalesLead {\n    id company contactName stage status expectedValue\n    owner { id fullName }\n    partner { id brandName }\n  }\n": types.LeadRowFragmentDoc,
    "\n  mutation MoveLead($id: ID!, $stage: String!, $reasonId: ID) { moveLeadStage(id: $id, stage: $stage, reasonId: $reasonId) { id ...LeadRow } }\n": types.MoveLeadDocument,
    "\n  mutation ConvertLead($id: ID!) { convertLead(id: $id) { id ...LeadRow } }\n": types.ConvertLeadDocument,
    "\n  query SalesPage($status: LeadStatus!, $readsAll: Boolean!) {\n    salesStages { key name outcome }\n    salesReasons { id name category }\n    salesPipelineOverview @include(if: $readsAll) { stage leads expectedValue }\n    salesActivitySummary @include(if: $readsAll) { staff { id fullName } activities calls emails meetings lastActivityDate }\n    salesLeads(first: 200, filter: { status: { eq: $status } }, orderBy: [{ createdAt: DESC }]) { totalCount edges { node { id ...LeadRow } } }\n  }\n": types.SalesPageDocument,
    "\n  mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { id } }\n": types.CreateLeadDocument,
    "\n  fragment SquadCard on Squad {\n    id name type description\n    members { id role staff { id fullName role currentClientCount maxClients } }\n    partners { id brandName status }\n  }\n": types.SquadCardFragmentDoc,
    "\n  query SquadsPage { squads(first: 200, orderBy: [{ name: ASC }]) { edges { node { id ...SquadCard } } } }\n": types.SquadsPageDocument,
    "\n  fragment StaffPtoCalendar on Staff { id ptoRecords { id type status startDate endDate notes } }\n": types.StaffPtoCalendarFragmentDoc,
    "\n  query StaffDetailPage($id: ID!) {\n    staff(id: $id) {\n      id fullName email title role status department phone hireDate currentClientCount maxClients\n      squadMemberships { id role isActive squad { id name } }\n      partners { id brandName partnerCode status }\n      training { id moduleName status dueDate completedAt score }\n      ...StaffPtoCalendar\n    }\n  }\n": types.StaffDetailPageDocument,
    "\n  fragment StaffRow on Staff { id fullName email role title status currentClientCount maxClients squads { id name } }\n": types.StaffRowFragmentDoc,
    "\n  query StaffListPage($filter: StaffFilter, $after: String) {\n    staffMembers(first: 100, after: $after, filter: $filter, orderBy: [{ fullName: ASC }]) {\n      totalCount\n      edges { cursor node { id ...StaffRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.StaffListPageDocument,
    "\n  query WeeklyStatusPage($from: Date!, $first: Int!, $after: String) {\n    partners(first: $first, after: $after, filter: { status: { notIn: [CHURNED] } }, orderBy: [{ brandName: ASC }]) {\n      totalCount\n      edges { cursor node { id ...WeeklyStatusRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.WeeklyStatusPageDocument,
    "\n  fragment WeeklyStatusRow on Partner {\n    id brandName partnerCode status\n    weeklyStatuses(from: $from, first: 12) { edges { node { id weekStartDate status happyClient notes } } }\n  }\n": types.WeeklyStatusRowFragmentDoc,
    "\n  mutation RecordWeeklyStatus($input: RecordWeeklyStatusInput!, $from: Date!) {\n    recordWeeklyStatus(input: $input) {\n      id weekStartDate status happyClient notes\n      partner { id ...WeeklyStatusRow }\n    }\n  }\n": types.RecordWeeklyStatusDocument,
    "\n  query PlaygroundSavedQueries {\n    viewer { id }\n    savedQueries { id name description query variables isShared owner { id fullName } }\n  }\n": types.PlaygroundSavedQueriesDocument,
    "\n  mutation PlaygroundSaveQuery($input: SaveQueryInput!) { saveQuery(input: $input) { id } }\n": types.PlaygroundSaveQueryDocument,
    "\n  mutation PlaygroundDeleteQuery($id: ID!) { deleteSavedQuery(id: $id) { id } }\n": types.PlaygroundDeleteQueryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ViewerPermissions { viewerPermissions }"): (typeof documents)["query ViewerPermissions { viewerPermissions }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinancePage($asOf: Date!, $from: Date!) {\n    arSummary(asOf: $asOf) { bucket invoices amountDue }\n    arAging(asOf: $asOf) { invoiceId customerName dueDate amountDue daysPastDue bucket }\n    financeOverview(from: $from) { month invoiced collected refunded netCollected }\n    financeMargins(from: $from) { id periodStart periodEnd revenue costOfGoodsSold grossMargin marginRate }\n  }\n"): (typeof documents)["\n  query FinancePage($asOf: Date!, $from: Date!) {\n    arSummary(asOf: $asOf) { bucket invoices amountDue }\n    arAging(asOf: $asOf) { invoiceId customerName dueDate amountDue daysPastDue bucket }\n    financeOverview(from: $from) { month invoiced collected refunded netCollected }\n    financeMargins(from: $from) { id periodStart periodEnd revenue costOfGoodsSold grossMargin marginRate }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HomeStatusBars on PartnerAggregateGroup { key { status } count }\n"): (typeof documents)["\n  fragment HomeStatusBars on PartnerAggregateGroup { key { status } count }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HomeTierBars on PartnerAggregateGroup { key { tier } count }\n"): (typeof documents)["\n  fragment HomeTierBars on PartnerAggregateGroup { key { tier } count }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HomeAtRiskPartner on Partner {\n    id brandName partnerCode tier\n    podLeader { id fullName }\n    latestWeeklyStatus { id weekStartDate notes }\n  }\n"): (typeof documents)["\n  fragment HomeAtRiskPartner on Partner {\n    id brandName partnerCode tier\n    podLeader { id fullName }\n    latestWeeklyStatus { id weekStartDate notes }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomePage($week: Date!, $canReview: Boolean!) {\n    viewer { id fullName }\n    byStatus: partnersAggregate(groupBy: [STATUS]) { ...HomeStatusBars }\n    byTier: partnersAggregate(groupBy: [TIER]) { ...HomeTierBars }\n    atRisk: partners(first: 8, filter: { status: { eq: AT_RISK } }, orderBy: [{ brandName: ASC }]) {\n      totalCount\n      edges { node { id ...HomeAtRiskPartner } }\n    }\n    reportable: partnersAggregate(filter: { status: { notIn: [CHURNED] } }) { count }\n    thisWeek: weeklyStatusesAggregate(filter: { weekStartDate: { eq: $week }, partner: { status: { notIn: [CHURNED] } } }) { count }\n    pending: stagedChangesAggregate(filter: { status: { eq: PENDING } }) @include(if: $canReview) { count }\n  }\n"): (typeof documents)["\n  query HomePage($week: Date!, $canReview: Boolean!) {\n    viewer { id fullName }\n    byStatus: partnersAggregate(groupBy: [STATUS]) { ...HomeStatusBars }\n    byTier: partnersAggregate(groupBy: [TIER]) { ...HomeTierBars }\n    atRisk: partners(first: 8, filter: { status: { eq: AT_RISK } }, orderBy: [{ brandName: ASC }]) {\n      totalCount\n      edges { node { id ...HomeAtRiskPartner } }\n    }\n    reportable: partnersAggregate(filter: { status: { notIn: [CHURNED] } }) { count }\n    thisWeek: weeklyStatusesAggregate(filter: { weekStartDate: { eq: $week }, partner: { status: { notIn: [CHURNED] } } }) { count }\n    pending: stagedChangesAggregate(filter: { status: { eq: PENDING } }) @include(if: $canReview) { count }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment KpiCard on KpiResult {\n    value target status\n    kpi { id name description unit lowerIsBetter domain }\n    series { start end value }\n  }\n"): (typeof documents)["\n  fragment KpiCard on KpiResult {\n    value target status\n    kpi { id name description unit lowerIsBetter domain }\n    series { start end value }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query KpiPage($from: Date!, $to: Date!, $interval: KpiInterval!) {\n    kpis(from: $from, to: $to, interval: $interval) { kpi { id domain } ...KpiCard }\n  }\n"): (typeof documents)["\n  query KpiPage($from: Date!, $to: Date!, $interval: KpiInterval!) {\n    kpis(from: $from, to: $to, interval: $interval) { kpi { id domain } ...KpiCard }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MarketingPage($from: Date!) {\n    marketingOverview { campaignId name leads cost costPerLead revenue roi }\n    websiteAnalytics(from: $from) { date sessions }\n    digitalChannels(from: $from) { id channelName leads cost }\n    marketingAttribution(from: $from) { id channel firstTouchConversions lastTouchConversions assistedConversions }\n  }\n"): (typeof documents)["\n  query MarketingPage($from: Date!) {\n    marketingOverview { campaignId name leads cost costPerLead revenue roi }\n    websiteAnalytics(from: $from) { date sessions }\n    digitalChannels(from: $from) { id channelName leads cost }\n    marketingAttribution(from: $from) { id channel firstTouchConversions lastTouchConversions assistedConversions }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OperationsPage($filter: TicketFilter, $readsAll: Boolean!) {\n    opsOverview @include(if: $readsAll) { slaId slaName resolutionTargetHours openTickets closedTickets breachedTickets }\n    opsAverageResolutionTime @include(if: $readsAll) { priority closedTickets averageHours }\n    tickets(first: 200, filter: $filter, orderBy: [{ createdAt: DESC }]) { totalCount edges { node { id ...TicketRow } } }\n  }\n"): (typeof documents)["\n  query OperationsPage($filter: TicketFilter, $readsAll: Boolean!) {\n    opsOverview @include(if: $readsAll) { slaId slaName resolutionTargetHours openTickets closedTickets breachedTickets }\n    opsAverageResolutionTime @include(if: $readsAll) { priority closedTickets averageHours }\n    tickets(first: 200, filter: $filter, orderBy: [{ createdAt: DESC }]) { totalCount edges { node { id ...TicketRow } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicket($input: CreateTicketInput!) { createTicket(input: $input) { id } }\n"): (typeof documents)["\n  mutation CreateTicket($input: CreateTicketInput!) { createTicket(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketRow on Ticket {\n    id subject priority createdAt closedAt slaDueAt slaBreached resolutionHours\n    status { id key name next { id key name } }\n    assignee { id fullName }\n    partner { id brandName }\n  }\n"): (typeof documents)["\n  fragment TicketRow on Ticket {\n    id subject priority createdAt closedAt slaDueAt slaBreached resolutionHours\n    status { id key name next { id key name } }\n    assignee { id fullName }\n    partner { id brandName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveTicket($id: ID!, $status: String!) { moveTicket(id: $id, status: $status) { id ...TicketRow } }\n"): (typeof documents)["\n  mutation MoveTicket($id: ID!, $status: String!) { moveTicket(id: $id, status: $status) { id ...TicketRow } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerAsinTree on Partner {\n    id childAsinCount parentAsinCount\n    asins(first: 500, orderBy: [{ asinCode: ASC }]) { nodes { id asinCode title status isParent parentAsin price } }\n  }\n"): (typeof documents)["\n  fragment PartnerAsinTree on Partner {\n    id childAsinCount parentAsinCount\n    asins(first: 500, orderBy: [{ asinCode: ASC }]) { nodes { id asinCode title status isParent parentAsin price } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerFinancials on Partner { id baseFee commissionRate billingDay }\n"): (typeof documents)["\n  fragment PartnerFinancials on Partner { id baseFee commissionRate billingDay }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerIdentity on Partner {\n    id brandName partnerCode status tier clientName clientEmail clientPhone domain\n    onboardingDate contractStartDate contractEndDate churnedDate notes\n    relationshipHealth { score }\n  }\n"): (typeof documents)["\n  fragment PartnerIdentity on Partner {\n    id brandName partnerCode status tier clientName clientEmail clientPhone domain\n    onboardingDate contractStartDate contractEndDate churnedDate notes\n    relationshipHealth { score }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FieldLineage($id: ID!, $field: String!) {\n    partner(id: $id) {\n      id\n      lineage(field: $field) {\n        id currentValue lastUpdatedAt\n        authoritativeSource { id name }\n        history { value sourceName sourceReference batchId timestamp changedBy { id fullName } approvedBy { id fullName } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FieldLineage($id: ID!, $field: String!) {\n    partner(id: $id) {\n      id\n      lineage(field: $field) {\n        id currentValue lastUpdatedAt\n        authoritativeSource { id name }\n        history { value sourceName sourceReference batchId timestamp changedBy { id fullName } approvedBy { id fullName } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerDetailPage($id: ID!, $from: Date!, $financials: Boolean!) {\n    partner(id: $id) {\n      id brandName partnerCode status tier\n      ...PartnerIdentity\n      ...PartnerFinancials @include(if: $financials)\n      ...PartnerTeam\n      ...PartnerAsinTree\n      ...PartnerStatusStrip\n      ...PartnerSheets\n    }\n  }\n"): (typeof documents)["\n  query PartnerDetailPage($id: ID!, $from: Date!, $financials: Boolean!) {\n    partner(id: $id) {\n      id brandName partnerCode status tier\n      ...PartnerIdentity\n      ...PartnerFinancials @include(if: $financials)\n      ...PartnerTeam\n      ...PartnerAsinTree\n      ...PartnerStatusStrip\n      ...PartnerSheets\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerSheets on Partner {\n    id\n    sheets { id sheetType sheetName sheetUrl status isVerified verifiedAt verifiedBy { id fullName } }\n  }\n"): (typeof documents)["\n  fragment PartnerSheets on Partner {\n    id\n    sheets { id sheetType sheetName sheetUrl status isVerified verifiedAt verifiedBy { id fullName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerStatusStrip on Partner {\n    id\n    weeklyStatuses(from: $from, first: 60) { edges { node { id weekStartDate status happyClient notes reportedBy { id fullName } } } }\n  }\n"): (typeof documents)["\n  fragment PartnerStatusStrip on Partner {\n    id\n    weeklyStatuses(from: $from, first: 60) { edges { node { id weekStartDate status happyClient notes reportedBy { id fullName } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerTeam on Partner {\n    id\n    assignments(first: 200, includeInactive: true, orderBy: [{ assignedAt: DESC }]) {\n      edges { node { id assignmentRole isActive isPrimary assignedAt unassignedAt staff { id fullName title squads { id name } } } }\n    }\n  }\n"): (typeof documents)["\n  fragment PartnerTeam on Partner {\n    id\n    assignments(first: 200, includeInactive: true, orderBy: [{ assignedAt: DESC }]) {\n      edges { node { id assignmentRole isActive isPrimary assignedAt unassignedAt staff { id fullName title squads { id name } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersExport($filter: PartnerFilter, $orderBy: [PartnerOrderBy!], $financials: Boolean!) {\n    partners(filter: $filter, orderBy: $orderBy) {\n      nodes {\n        partnerCode brandName status tier clientName clientEmail onboardingDate\n        baseFee @include(if: $financials)\n        commissionRate @include(if: $financials)\n        childAsinCount\n        podLeader { fullName email }\n        latestWeeklyStatus { status weekStartDate }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnersExport($filter: PartnerFilter, $orderBy: [PartnerOrderBy!], $financials: Boolean!) {\n    partners(filter: $filter, orderBy: $orderBy) {\n      nodes {\n        partnerCode brandName status tier clientName clientEmail onboardingDate\n        baseFee @include(if: $financials)\n        commissionRate @include(if: $financials)\n        childAsinCount\n        podLeader { fullName email }\n        latestWeeklyStatus { status weekStartDate }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerRow on Partner {\n    id brandName partnerCode status tier childAsinCount\n    podLeader { id fullName }\n    latestWeeklyStatus { id status weekStartDate }\n  }\n"): (typeof documents)["\n  fragment PartnerRow on Partner {\n    id brandName partnerCode status tier childAsinCount\n    podLeader { id fullName }\n    latestWeeklyStatus { id status weekStartDate }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnersPage($first: Int!, $after: String, $filter: PartnerFilter, $orderBy: [PartnerOrderBy!]) {\n    partners(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { id ...PartnerRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query PartnersPage($first: Int!, $after: String, $filter: PartnerFilter, $orderBy: [PartnerOrderBy!]) {\n    partners(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      edges { cursor node { id ...PartnerRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerFilterOptions {\n    podLeaders: staffMembers(first: 200, filter: { role: { eq: POD_LEADER } }, orderBy: [{ fullName: ASC }]) { edges { node { id fullName } } }\n    squads(first: 200, orderBy: [{ name: ASC }]) { edges { node { id name } } }\n  }\n"): (typeof documents)["\n  query PartnerFilterOptions {\n    podLeaders: staffMembers(first: 200, filter: { role: { eq: POD_LEADER } }, orderBy: [{ fullName: ASC }]) { edges { node { id fullName } } }\n    squads(first: 200, orderBy: [{ name: ASC }]) { edges { node { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeCard on StagedChange {\n    id batchId entityType entityKey changeType status changedFields oldValues newValues sourceReference rejectionReason applyError\n  }\n"): (typeof documents)["\n  fragment ChangeCard on StagedChange {\n    id batchId entityType entityKey changeType status changedFields oldValues newValues sourceReference rejectionReason applyError\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditStagedChange($id: ID!, $newValues: JSON!) { editStagedChange(id: $id, newValues: $newValues) { id ...ChangeCard } }\n"): (typeof documents)["\n  mutation EditStagedChange($id: ID!, $newValues: JSON!) { editStagedChange(id: $id, newValues: $newValues) { id ...ChangeCard } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataSourceCard on DataSource {\n    id name type status description lastSyncedAt lastSyncError\n    fieldMappings { id sourceTab sourceColumn targetTable targetField transformType isAuthoritative priority }\n    ...MappingEditor\n    syncLogs(first: 5, orderBy: [{ startedAt: DESC }]) { edges { node { id ...SyncLogEntry } } }\n  }\n"): (typeof documents)["\n  fragment DataSourceCard on DataSource {\n    id name type status description lastSyncedAt lastSyncError\n    fieldMappings { id sourceTab sourceColumn targetTable targetField transformType isAuthoritative priority }\n    ...MappingEditor\n    syncLogs(first: 5, orderBy: [{ startedAt: DESC }]) { edges { node { id ...SyncLogEntry } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunSync($id: ID!, $csv: String) { runSync(dataSourceId: $id, csv: $csv, wait: false) { id status progress { step percent } } }\n"): (typeof documents)["\n  mutation RunSync($id: ID!, $csv: String) { runSync(dataSourceId: $id, csv: $csv, wait: false) { id status progress { step percent } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SyncProgress($id: ID!) { syncLog(id: $id) { id status changesStaged errors progress { step done total percent } } }\n"): (typeof documents)["\n  query SyncProgress($id: ID!) { syncLog(id: $id) { id status changesStaged errors progress { step done total percent } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MappingEditor on DataSource {\n    id type\n    fieldMappings { id sourceTab sourceColumn sourceColumnIndex targetTable targetField transformType transformConfig isAuthoritative priority }\n  }\n"): (typeof documents)["\n  fragment MappingEditor on DataSource {\n    id type\n    fieldMappings { id sourceTab sourceColumn sourceColumnIndex targetTable targetField transformType transformConfig isAuthoritative priority }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineTargets { pipelineTargets { table required fields { name kind lookup } } }\n"): (typeof documents)["\n  query PipelineTargets { pipelineTargets { table required fields { name kind lookup } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SourcePreview($id: ID!, $csv: String) {\n    previewDataSource(dataSourceId: $id, csv: $csv) { name header rowCount rows columns { index name guessedType dateFormat } }\n    suggestFieldMappings(dataSourceId: $id, csv: $csv) { sourceTab sourceColumn sourceColumnIndex targetTable targetField transformType transformConfig }\n  }\n"): (typeof documents)["\n  query SourcePreview($id: ID!, $csv: String) {\n    previewDataSource(dataSourceId: $id, csv: $csv) { name header rowCount rows columns { index name guessedType dateFormat } }\n    suggestFieldMappings(dataSourceId: $id, csv: $csv) { sourceTab sourceColumn sourceColumnIndex targetTable targetField transformType transformConfig }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFieldMappings($id: ID!, $mappings: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $mappings) { id } }\n"): (typeof documents)["\n  mutation SetFieldMappings($id: ID!, $mappings: [FieldMappingInput!]!) { setFieldMappings(dataSourceId: $id, mappings: $mappings) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewPage($statuses: [StagedChangeStatus!]!) {\n    dataSources(first: 100) { edges { node { id ...DataSourceCard } } }\n    stagedChanges(first: 300, filter: { status: { in: $statuses } }, orderBy: [{ createdAt: DESC }, { entityKey: ASC }]) {\n      totalCount\n      edges { node { id batchId status dataSource { id name } ...ChangeCard } }\n    }\n  }\n"): (typeof documents)["\n  query ReviewPage($statuses: [StagedChangeStatus!]!) {\n    dataSources(first: 100) { edges { node { id ...DataSourceCard } } }\n    stagedChanges(first: 300, filter: { status: { in: $statuses } }, orderBy: [{ createdAt: DESC }, { entityKey: ASC }]) {\n      totalCount\n      edges { node { id batchId status dataSource { id name } ...ChangeCard } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveChanges($ids: [ID!]!) { approveStagedChanges(ids: $ids) }"): (typeof documents)["mutation ApproveChanges($ids: [ID!]!) { approveStagedChanges(ids: $ids) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectChanges($ids: [ID!]!, $reason: String!) { rejectStagedChanges(ids: $ids, reason: $reason) }"): (typeof documents)["mutation RejectChanges($ids: [ID!]!, $reason: String!) { rejectStagedChanges(ids: $ids, reason: $reason) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveBatch($batchId: ID!) { approveBatch(batchId: $batchId) }"): (typeof documents)["mutation ApproveBatch($batchId: ID!) { approveBatch(batchId: $batchId) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApplyBatch($batchId: ID!) { applyBatch(batchId: $batchId) { applied failed conflicts } }"): (typeof documents)["mutation ApplyBatch($batchId: ID!) { applyBatch(batchId: $batchId) { applied failed conflicts } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SyncLogEntry on SyncLog { id batchId status startedAt recordsScanned changesStaged changesApplied errors errorLog inputName initiatedBy { id fullName } }\n"): (typeof documents)["\n  fragment SyncLogEntry on SyncLog { id batchId status startedAt recordsScanned changesStaged changesApplied errors errorLog inputName initiatedBy { id fullName } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevertBatch($batchId: ID!) { revertBatch(batchId: $batchId) }\n"): (typeof documents)["\n  mutation RevertBatch($batchId: ID!) { revertBatch(batchId: $batchId) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadRow on SalesLead {\n    id company contactName stage status expectedValue\n    owner { id fullName }\n    partner { id brandName }\n  }\n"): (typeof documents)["\n  fragment LeadRow on SalesLead {\n    id company contactName stage status expectedValue\n    owner { id fullName }\n    partner { id brandName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveLead($id: ID!, $stage: String!, $reasonId: ID) { moveLeadStage(id: $id, stage: $stage, reasonId: $reasonId) { id ...LeadRow } }\n"): (typeof documents)["\n  mutation MoveLead($id: ID!, $stage: String!, $reasonId: ID) { moveLeadStage(id: $id, stage: $stage, reasonId: $reasonId) { id ...LeadRow } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConvertLead($id: ID!) { convertLead(id: $id) { id ...LeadRow } }\n"): (typeof documents)["\n  mutation ConvertLead($id: ID!) { convertLead(id: $id) { id ...LeadRow } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesPage($status: LeadStatus!, $readsAll: Boolean!) {\n    salesStages { key name outcome }\n    salesReasons { id name category }\n    salesPipelineOverview @include(if: $readsAll) { stage leads expectedValue }\n    salesActivitySummary @include(if: $readsAll) { staff { id fullName } activities calls emails meetings lastActivityDate }\n    salesLeads(first: 200, filter: { status: { eq: $status } }, orderBy: [{ createdAt: DESC }]) { totalCount edges { node { id ...LeadRow } } }\n  }\n"): (typeof documents)["\n  query SalesPage($status: LeadStatus!, $readsAll: Boolean!) {\n    salesStages { key name outcome }\n    salesReasons { id name category }\n    salesPipelineOverview @include(if: $readsAll) { stage leads expectedValue }\n    salesActivitySummary @include(if: $readsAll) { staff { id fullName } activities calls emails meetings lastActivityDate }\n    salesLeads(first: 200, filter: { status: { eq: $status } }, orderBy: [{ createdAt: DESC }]) { totalCount edges { node { id ...LeadRow } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { id } }\n"): (typeof documents)["\n  mutation CreateLead($input: CreateLeadInput!) { createLead(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SquadCard on Squad {\n    id name type description\n    members { id role staff { id fullName role currentClientCount maxClients } }\n    partners { id brandName status }\n  }\n"): (typeof documents)["\n  fragment SquadCard on Squad {\n    id name type description\n    members { id role staff { id fullName role currentClientCount maxClients } }\n    partners { id brandName status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SquadsPage { squads(first: 200, orderBy: [{ name: ASC }]) { edges { node { id ...SquadCard } } } }\n"): (typeof documents)["\n  query SquadsPage { squads(first: 200, orderBy: [{ name: ASC }]) { edges { node { id ...SquadCard } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffPtoCalendar on Staff { id ptoRecords { id type status startDate endDate notes } }\n"): (typeof documents)["\n  fragment StaffPtoCalendar on Staff { id ptoRecords { id type status startDate endDate notes } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffDetailPage($id: ID!) {\n    staff(id: $id) {\n      id fullName email title role status department phone hireDate currentClientCount maxClients\n      squadMemberships { id role isActive squad { id name } }\n      partners { id brandName partnerCode status }\n      training { id moduleName status dueDate completedAt score }\n      ...StaffPtoCalendar\n    }\n  }\n"): (typeof documents)["\n  query StaffDetailPage($id: ID!) {\n    staff(id: $id) {\n      id fullName email title role status department phone hireDate currentClientCount maxClients\n      squadMemberships { id role isActive squad { id name } }\n      partners { id brandName partnerCode status }\n      training { id moduleName status dueDate completedAt score }\n      ...StaffPtoCalendar\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffRow on Staff { id fullName email role title status currentClientCount maxClients squads { id name } }\n"): (typeof documents)["\n  fragment StaffRow on Staff { id fullName email role title status currentClientCount maxClients squads { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffListPage($filter: StaffFilter, $after: String) {\n    staffMembers(first: 100, after: $after, filter: $filter, orderBy: [{ fullName: ASC }]) {\n      totalCount\n      edges { cursor node { id ...StaffRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query StaffListPage($filter: StaffFilter, $after: String) {\n    staffMembers(first: 100, after: $after, filter: $filter, orderBy: [{ fullName: ASC }]) {\n      totalCount\n      edges { cursor node { id ...StaffRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeeklyStatusPage($from: Date!, $first: Int!, $after: String) {\n    partners(first: $first, after: $after, filter: { status: { notIn: [CHURNED] } }, orderBy: [{ brandName: ASC }]) {\n      totalCount\n      edges { cursor node { id ...WeeklyStatusRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): (typeof documents)["\n  query WeeklyStatusPage($from: Date!, $first: Int!, $after: String) {\n    partners(first: $first, after: $after, filter: { status: { notIn: [CHURNED] } }, orderBy: [{ brandName: ASC }]) {\n      totalCount\n      edges { cursor node { id ...WeeklyStatusRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WeeklyStatusRow on Partner {\n    id brandName partnerCode status\n    weeklyStatuses(from: $from, first: 12) { edges { node { id weekStartDate status happyClient notes } } }\n  }\n"): (typeof documents)["\n  fragment WeeklyStatusRow on Partner {\n    id brandName partnerCode status\n    weeklyStatuses(from: $from, first: 12) { edges { node { id weekStartDate status happyClient notes } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordWeeklyStatus($input: RecordWeeklyStatusInput!, $from: Date!) {\n    recordWeeklyStatus(input: $input) {\n      id weekStartDate status happyClient notes\n      partner { id ...WeeklyStatusRow }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordWeeklyStatus($input: RecordWeeklyStatusInput!, $from: Date!) {\n    recordWeeklyStatus(input: $input) {\n      id weekStartDate status happyClient notes\n      partner { id ...WeeklyStatusRow }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaygroundSavedQueries {\n    viewer { id }\n    savedQueries { id name description query variables isShared owner { id fullName } }\n  }\n"): (typeof documents)["\n  query PlaygroundSavedQueries {\n    viewer { id }\n    savedQueries { id name description query variables isShared owner { id fullName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaygroundSaveQuery($input: SaveQueryInput!) { saveQuery(input: $input) { id } }\n"): (typeof documents)["\n  mutation PlaygroundSaveQuery($input: SaveQueryInput!) { saveQuery(input: $input) { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaygroundDeleteQuery($id: ID!) { deleteSavedQuery(id: $id) { id } }\n"): (typeof documents)["\n  mutation PlaygroundDeleteQuery($id: ID!) { deleteSavedQuery(id: $id) { id } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;