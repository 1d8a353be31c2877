-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "partner_status" AS ENUM ('onboarding', 'active', 'paused', 'at_risk', 'offboarding', 'churned');

-- CreateEnum
CREATE TYPE "partner_tier" AS ENUM ('tier_0', 'tier_1', 'tier_2', 'tier_3', 'tier_4');

-- CreateEnum
CREATE TYPE "staff_role" AS ENUM ('pod_leader', 'ppc_manager', 'brand_manager', 'conversion_strategist', 'graphic_designer', 'sales_executive', 'admin', 'operations', 'finance', 'marketing', 'analyst');

-- CreateEnum
CREATE TYPE "department" AS ENUM ('ppc', 'content_conversion', 'sales', 'operations', 'finance', 'marketing');

-- CreateEnum
CREATE TYPE "staff_status" AS ENUM ('onboarding', 'active', 'on_leave', 'offboarding', 'departed');

-- CreateEnum
CREATE TYPE "squad_type" AS ENUM ('ppc', 'cc', 'fam', 'sales', 'operations');

-- CreateEnum
CREATE TYPE "squad_role" AS ENUM ('leader', 'captain', 'member');

-- CreateEnum
CREATE TYPE "assignment_role" AS ENUM ('pod_leader', 'brand_manager', 'conversion_strategist', 'ppc_manager', 'graphic_designer', 'sales_rep');

-- CreateEnum
CREATE TYPE "asin_status" AS ENUM ('active', 'paused', 'discontinued');

-- CreateEnum
CREATE TYPE "sheet_type" AS ENUM ('brand_info', 'internal_brand', 'kw_research', 'market_analysis', 'campaign_structure', 'notion', 'other');

-- CreateEnum
CREATE TYPE "sheet_status" AS ENUM ('active', 'archived', 'broken');

-- CreateEnum
CREATE TYPE "training_module_type" AS ENUM ('required', 'optional', 'refresher');

-- CreateEnum
CREATE TYPE "training_status" AS ENUM ('not_started', 'in_progress', 'completed', 'needs_refresher');

-- CreateEnum
CREATE TYPE "pto_type" AS ENUM ('vacation', 'sick', 'personal', 'holiday');

-- CreateEnum
CREATE TYPE "pto_status" AS ENUM ('pending', 'approved', 'rejected', 'cancelled');

-- CreateEnum
CREATE TYPE "contact_type" AS ENUM ('amazon_rep', 'partner_referral', 'vendor', 'other');

-- CreateEnum
CREATE TYPE "data_source_type" AS ENUM ('google_sheet', 'google_form', 'api', 'csv');

-- CreateEnum
CREATE TYPE "data_source_status" AS ENUM ('active', 'paused', 'error', 'archived');

-- CreateEnum
CREATE TYPE "sync_mode" AS ENUM ('manual', 'scheduled');

-- CreateEnum
CREATE TYPE "transform_type" AS ENUM ('none', 'date', 'currency', 'number', 'boolean', 'lookup', 'custom');

-- CreateEnum
CREATE TYPE "entity_type" AS ENUM ('partner', 'staff', 'asin', 'assignment', 'weekly_status', 'partner_sheet', 'external_contact');

-- CreateEnum
CREATE TYPE "change_type" AS ENUM ('create', 'update', 'delete');

-- CreateEnum
CREATE TYPE "staged_change_status" AS ENUM ('pending', 'approved', 'rejected', 'applied', 'failed', 'conflict');

-- CreateEnum
CREATE TYPE "sync_status" AS ENUM ('running', 'completed', 'failed', 'cancelled');

-- CreateTable
CREATE TABLE "organizations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" VARCHAR(255) NOT NULL,
    "subdomain" VARCHAR(100) NOT NULL,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "subscription_tier" VARCHAR(50) NOT NULL DEFAULT 'basic',
    "max_users" INTEGER NOT NULL DEFAULT 10,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "code_sequences" (
    "organization_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "last_value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "code_sequences_pkey" PRIMARY KEY ("organization_id","kind")
);

-- CreateTable
CREATE TABLE "partners" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "partner_code" TEXT NOT NULL,
    "brand_name" TEXT NOT NULL,
    "client_name" TEXT,
    "client_email" TEXT,
    "client_phone" TEXT,
    "status" "partner_status" NOT NULL DEFAULT 'onboarding',
    "tier" "partner_tier" NOT NULL DEFAULT 'tier_2',
    "base_fee" DECIMAL(10,2),
    "commission_rate" DECIMAL(5,4),
    "billing_day" INTEGER,
    "onboarding_date" DATE,
    "contract_start_date" DATE,
    "contract_end_date" DATE,
    "churned_date" DATE,
    "parent_asin_count" INTEGER NOT NULL DEFAULT 0,
    "child_asin_count" INTEGER NOT NULL DEFAULT 0,
    "notes" TEXT,
    "source_data" JSONB NOT NULL DEFAULT '{}',
    "deleted_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "partners_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "staff_code" TEXT NOT NULL,
    "full_name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "slack_id" TEXT,
    "role" "staff_role" NOT NULL,
    "department" "department",
    "title" TEXT,
    "status" "staff_status" NOT NULL DEFAULT 'active',
    "max_clients" INTEGER,
    "current_client_count" INTEGER NOT NULL DEFAULT 0,
    "services" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "hire_date" DATE,
    "probation_end_date" DATE,
    "departure_date" DATE,
    "dashboard_url" TEXT,
    "calendly_url" TEXT,
    "source_data" JSONB NOT NULL DEFAULT '{}',
    "deleted_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "squads" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" "squad_type" NOT NULL,
    "description" TEXT,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "squads_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_squads" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "staff_id" UUID NOT NULL,
    "squad_id" UUID NOT NULL,
    "role" "squad_role" NOT NULL DEFAULT 'member',
    "assigned_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_squads_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partner_assignments" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "staff_id" UUID NOT NULL,
    "assignment_role" "assignment_role" NOT NULL,
    "is_primary" BOOLEAN NOT NULL DEFAULT false,
    "assigned_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "unassigned_at" TIMESTAMPTZ(6),
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "partner_assignments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "asins" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "asin_code" TEXT NOT NULL,
    "parent_asin" TEXT,
    "is_parent" BOOLEAN NOT NULL DEFAULT false,
    "title" TEXT,
    "sku" TEXT,
    "category" TEXT,
    "status" "asin_status" NOT NULL DEFAULT 'active',
    "cogs" DECIMAL(10,2),
    "price" DECIMAL(10,2),
    "kw_research_sheet_url" TEXT,
    "kw_research_verified_at" TIMESTAMPTZ(6),
    "market_analysis_sheet_url" TEXT,
    "market_analysis_verified_at" TIMESTAMPTZ(6),
    "campaign_structure_sheet_url" TEXT,
    "campaign_structure_verified_at" TIMESTAMPTZ(6),
    "source_data" JSONB NOT NULL DEFAULT '{}',
    "deleted_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "asins_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "weekly_statuses" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "week_start_date" DATE NOT NULL,
    "week_number" INTEGER,
    "year" INTEGER,
    "status" "partner_status" NOT NULL,
    "reported_by" UUID,
    "reported_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "notes" TEXT,
    "happy_client" BOOLEAN,
    "metrics" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "weekly_statuses_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partner_sheets" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "partner_id" UUID NOT NULL,
    "asin_id" UUID,
    "sheet_type" "sheet_type" NOT NULL,
    "sheet_url" TEXT NOT NULL,
    "sheet_name" TEXT,
    "is_verified" BOOLEAN NOT NULL DEFAULT false,
    "verified_at" TIMESTAMPTZ(6),
    "verified_by" UUID,
    "status" "sheet_status" NOT NULL DEFAULT 'active',
    "last_accessed_at" TIMESTAMPTZ(6),
    "notes" TEXT,
    "deleted_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "partner_sheets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_training" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "staff_id" UUID NOT NULL,
    "module_name" TEXT NOT NULL,
    "module_type" "training_module_type",
    "status" "training_status" NOT NULL DEFAULT 'not_started',
    "started_at" TIMESTAMPTZ(6),
    "completed_at" TIMESTAMPTZ(6),
    "due_date" DATE,
    "score" DECIMAL(5,2),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_training_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pto_records" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "staff_id" UUID NOT NULL,
    "start_date" DATE NOT NULL,
    "end_date" DATE NOT NULL,
    "type" "pto_type" NOT NULL DEFAULT 'vacation',
    "status" "pto_status" NOT NULL DEFAULT 'pending',
    "approved_by" UUID,
    "approved_at" TIMESTAMPTZ(6),
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pto_records_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "external_contacts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "company" TEXT,
    "type" "contact_type" NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "linkedin_url" TEXT,
    "notes" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "added_by" UUID,
    "deleted_at" TIMESTAMPTZ(6),
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "external_contacts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "system_settings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "category" TEXT,
    "description" TEXT,
    "updated_by" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "system_settings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "data_sources" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "type" "data_source_type" NOT NULL,
    "connection_config" JSONB NOT NULL,
    "status" "data_source_status" NOT NULL DEFAULT 'active',
    "last_synced_at" TIMESTAMPTZ(6),
    "last_sync_error" TEXT,
    "sync_mode" "sync_mode" NOT NULL DEFAULT 'manual',
    "sync_schedule" TEXT,
    "description" TEXT,
    "created_by" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "field_mappings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "data_source_id" UUID NOT NULL,
    "source_tab" TEXT,
    "source_column" TEXT NOT NULL,
    "source_column_index" INTEGER,
    "target_table" TEXT NOT NULL,
    "target_field" TEXT NOT NULL,
    "transform_type" "transform_type" NOT NULL DEFAULT 'none',
    "transform_config" JSONB,
    "is_authoritative" BOOLEAN NOT NULL DEFAULT false,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "field_mappings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staged_changes" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "batch_id" UUID NOT NULL,
    "data_source_id" UUID,
    "entity_type" "entity_type" NOT NULL,
    "entity_key" TEXT NOT NULL,
    "entity_id" UUID,
    "change_type" "change_type" NOT NULL,
    "old_values" JSONB,
    "new_values" JSONB NOT NULL,
    "changed_fields" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "status" "staged_change_status" NOT NULL DEFAULT 'pending',
    "reviewed_by" UUID,
    "reviewed_at" TIMESTAMPTZ(6),
    "rejection_reason" TEXT,
    "applied_at" TIMESTAMPTZ(6),
    "apply_error" TEXT,
    "source_reference" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staged_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "field_lineage" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "entity_type" "entity_type" NOT NULL,
    "entity_id" UUID NOT NULL,
    "field_name" TEXT NOT NULL,
    "current_value" TEXT,
    "authoritative_source_id" UUID,
    "last_updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "history" JSONB NOT NULL DEFAULT '[]',
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "field_lineage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sync_logs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "batch_id" UUID NOT NULL,
    "data_source_id" UUID,
    "started_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completed_at" TIMESTAMPTZ(6),
    "status" "sync_status" NOT NULL DEFAULT 'running',
    "records_scanned" INTEGER NOT NULL DEFAULT 0,
    "changes_staged" INTEGER NOT NULL DEFAULT 0,
    "changes_approved" INTEGER NOT NULL DEFAULT 0,
    "changes_applied" INTEGER NOT NULL DEFAULT 0,
    "errors" INTEGER NOT NULL DEFAULT 0,
    "error_log" JSONB,
    "initiated_by" UUID,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sync_logs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "organizations_subdomain_key" ON "organizations"("subdomain");

-- CreateIndex
CREATE INDEX "partners_organization_id_status_idx" ON "partners"("organization_id", "status");

-- CreateIndex
CREATE INDEX "idx_partners_status" ON "partners"("status");

-- CreateIndex
CREATE INDEX "idx_partners_brand_name" ON "partners"("brand_name");

-- CreateIndex
CREATE INDEX "idx_partners_partner_code" ON "partners"("partner_code");

-- CreateIndex
CREATE UNIQUE INDEX "partners_organization_id_partner_code_key" ON "partners"("organization_id", "partner_code");

-- CreateIndex
CREATE INDEX "idx_staff_status" ON "staff"("status");

-- CreateIndex
CREATE INDEX "idx_staff_role" ON "staff"("role");

-- CreateIndex
CREATE INDEX "idx_staff_email" ON "staff"("email");

-- CreateIndex
CREATE UNIQUE INDEX "staff_organization_id_staff_code_key" ON "staff"("organization_id", "staff_code");

-- CreateIndex
CREATE UNIQUE INDEX "staff_organization_id_email_key" ON "staff"("organization_id", "email");

-- CreateIndex
CREATE UNIQUE INDEX "squads_organization_id_name_key" ON "squads"("organization_id", "name");

-- CreateIndex
CREATE INDEX "idx_staff_squads_staff" ON "staff_squads"("staff_id");

-- CreateIndex
CREATE INDEX "idx_staff_squads_squad" ON "staff_squads"("squad_id");

-- CreateIndex
CREATE UNIQUE INDEX "staff_squads_staff_id_squad_id_key" ON "staff_squads"("staff_id", "squad_id");

-- CreateIndex
CREATE INDEX "idx_partner_assignments_partner" ON "partner_assignments"("partner_id");

-- CreateIndex
CREATE INDEX "idx_partner_assignments_staff" ON "partner_assignments"("staff_id");

-- CreateIndex
CREATE INDEX "idx_partner_assignments_active" ON "partner_assignments"("partner_id") WHERE "unassigned_at" IS NULL;

-- CreateIndex
CREATE UNIQUE INDEX "partner_assignments_partner_id_staff_id_assignment_role_key" ON "partner_assignments"("partner_id", "staff_id", "assignment_role");

-- CreateIndex
CREATE INDEX "idx_asins_partner" ON "asins"("partner_id");

-- CreateIndex
CREATE INDEX "idx_asins_code" ON "asins"("asin_code");

-- CreateIndex
CREATE INDEX "idx_asins_parent" ON "asins"("parent_asin");

-- CreateIndex
CREATE UNIQUE INDEX "asins_partner_id_asin_code_key" ON "asins"("partner_id", "asin_code");

-- CreateIndex
CREATE INDEX "idx_weekly_statuses_partner" ON "weekly_statuses"("partner_id");

-- CreateIndex
CREATE INDEX "idx_weekly_statuses_week" ON "weekly_statuses"("week_start_date");

-- CreateIndex
CREATE UNIQUE INDEX "weekly_statuses_partner_id_week_start_date_key" ON "weekly_statuses"("partner_id", "week_start_date");

-- CreateIndex
CREATE INDEX "idx_partner_sheets_partner" ON "partner_sheets"("partner_id");

-- CreateIndex
CREATE INDEX "idx_partner_sheets_type" ON "partner_sheets"("sheet_type");

-- CreateIndex
CREATE INDEX "idx_staff_training_staff" ON "staff_training"("staff_id");

-- CreateIndex
CREATE INDEX "idx_staff_training_status" ON "staff_training"("status");

-- CreateIndex
CREATE UNIQUE INDEX "staff_training_staff_id_module_name_key" ON "staff_training"("staff_id", "module_name");

-- CreateIndex
CREATE INDEX "idx_pto_records_staff" ON "pto_records"("staff_id");

-- CreateIndex
CREATE INDEX "idx_pto_records_dates" ON "pto_records"("start_date", "end_date");

-- CreateIndex
CREATE INDEX "idx_external_contacts_type" ON "external_contacts"("type");

-- CreateIndex
CREATE UNIQUE INDEX "system_settings_organization_id_key_key" ON "system_settings"("organization_id", "key");

-- CreateIndex
CREATE INDEX "idx_data_sources_status" ON "data_sources"("status");

-- CreateIndex
CREATE UNIQUE INDEX "data_sources_organization_id_name_key" ON "data_sources"("organization_id", "name");

-- CreateIndex
CREATE INDEX "idx_field_mappings_source" ON "field_mappings"("data_source_id");

-- CreateIndex
CREATE INDEX "idx_field_mappings_target" ON "field_mappings"("target_table", "target_field");

-- CreateIndex
CREATE UNIQUE INDEX "field_mappings_data_source_id_source_tab_source_column_key" ON "field_mappings"("data_source_id", "source_tab", "source_column") NULLS NOT DISTINCT;

-- CreateIndex
CREATE INDEX "idx_staged_changes_batch" ON "staged_changes"("batch_id");

-- CreateIndex
CREATE INDEX "idx_staged_changes_status" ON "staged_changes"("status");

-- CreateIndex
CREATE INDEX "idx_staged_changes_entity" ON "staged_changes"("entity_type", "entity_key");

-- CreateIndex
CREATE INDEX "idx_field_lineage_entity" ON "field_lineage"("entity_type", "entity_id");

-- CreateIndex
CREATE UNIQUE INDEX "field_lineage_entity_type_entity_id_field_name_key" ON "field_lineage"("entity_type", "entity_id", "field_name");

-- CreateIndex
CREATE INDEX "idx_sync_logs_batch" ON "sync_logs"("batch_id");

-- CreateIndex
CREATE INDEX "idx_sync_logs_source" ON "sync_logs"("data_source_id");

-- AddForeignKey
ALTER TABLE "code_sequences" ADD CONSTRAINT "code_sequences_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partners" ADD CONSTRAINT "partners_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff" ADD CONSTRAINT "staff_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "squads" ADD CONSTRAINT "squads_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_squads" ADD CONSTRAINT "staff_squads_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_squads" ADD CONSTRAINT "staff_squads_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_squads" ADD CONSTRAINT "staff_squads_squad_id_fkey" FOREIGN KEY ("squad_id") REFERENCES "squads"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_assignments" ADD CONSTRAINT "partner_assignments_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_assignments" ADD CONSTRAINT "partner_assignments_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_assignments" ADD CONSTRAINT "partner_assignments_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asins" ADD CONSTRAINT "asins_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "asins" ADD CONSTRAINT "asins_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "weekly_statuses" ADD CONSTRAINT "weekly_statuses_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "weekly_statuses" ADD CONSTRAINT "weekly_statuses_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "weekly_statuses" ADD CONSTRAINT "weekly_statuses_reported_by_fkey" FOREIGN KEY ("reported_by") REFERENCES "staff"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_sheets" ADD CONSTRAINT "partner_sheets_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_sheets" ADD CONSTRAINT "partner_sheets_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_sheets" ADD CONSTRAINT "partner_sheets_asin_id_fkey" FOREIGN KEY ("asin_id") REFERENCES "asins"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partner_sheets" ADD CONSTRAINT "partner_sheets_verified_by_fkey" FOREIGN KEY ("verified_by") REFERENCES "staff"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_training" ADD CONSTRAINT "staff_training_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_training" ADD CONSTRAINT "staff_training_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pto_records" ADD CONSTRAINT "pto_records_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pto_records" ADD CONSTRAINT "pto_records_staff_id_fkey" FOREIGN KEY ("staff_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pto_records" ADD CONSTRAINT "pto_records_approved_by_fkey" FOREIGN KEY ("approved_by") REFERENCES "staff"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "external_contacts" ADD CONSTRAINT "external_contacts_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "external_contacts" ADD CONSTRAINT "external_contacts_added_by_fkey" FOREIGN KEY ("added_by") REFERENCES "staff"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "system_settings" ADD CONSTRAINT "system_settings_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "system_settings" ADD CONSTRAINT "system_settings_updated_by_fkey" FOREIGN KEY ("updated_by") REFERENCES "staff"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_sources" ADD CONSTRAINT "data_sources_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "data_sources" ADD CONSTRAINT "data_sources_created_by_fkey" FOREIGN KEY ("created_by") REFERENCES "staff"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_mappings" ADD CONSTRAINT "field_mappings_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_mappings" ADD CONSTRAINT "field_mappings_data_source_id_fkey" FOREIGN KEY ("data_source_id") REFERENCES "data_sources"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staged_changes" ADD CONSTRAINT "staged_changes_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staged_changes" ADD CONSTRAINT "staged_changes_data_source_id_fkey" FOREIGN KEY ("data_source_id") REFERENCES "data_sources"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staged_changes" ADD CONSTRAINT "staged_changes_reviewed_by_fkey" FOREIGN KEY ("reviewed_by") REFERENCES "staff"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_lineage" ADD CONSTRAINT "field_lineage_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_lineage" ADD CONSTRAINT "field_lineage_authoritative_source_id_fkey" FOREIGN KEY ("authoritative_source_id") REFERENCES "data_sources"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sync_logs" ADD CONSTRAINT "sync_logs_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sync_logs" ADD CONSTRAINT "sync_logs_data_source_id_fkey" FOREIGN KEY ("data_source_id") REFERENCES "data_sources"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sync_logs" ADD CONSTRAINT "sync_logs_initiated_by_fkey" FOREIGN KEY ("initiated_by") REFERENCES "staff"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

