-- Saved queries for analysts: their own, and those shared with the organization.

-- CreateTable
CREATE TABLE "saved_queries" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "owner_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "query" TEXT NOT NULL,
    "variables" JSONB NOT NULL DEFAULT '{}',
    "is_shared" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_queries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "saved_queries_organization_id_is_shared_idx" ON "saved_queries"("organization_id", "is_shared");

-- CreateIndex
CREATE UNIQUE INDEX "saved_queries_organization_id_owner_id_name_key" ON "saved_queries"("organization_id", "owner_id", "name");

-- AddForeignKey
ALTER TABLE "saved_queries" ADD CONSTRAINT "saved_queries_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_queries" ADD CONSTRAINT "saved_queries_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "staff"("id") ON DELETE CASCADE ON UPDATE CASCADE;


ALTER TABLE "saved_queries"
  ADD CONSTRAINT "saved_queries_name_check" CHECK (length(btrim("name")) > 0),
  ADD CONSTRAINT "saved_queries_query_check" CHECK (length(btrim("query")) > 0),
  ADD CONSTRAINT "saved_queries_variables_check" CHECK (jsonb_typeof("variables") = 'object');
CREATE TRIGGER "touch_saved_queries_updated_at" BEFORE UPDATE ON "saved_queries" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "audit_saved_queries" AFTER INSERT OR UPDATE OR DELETE ON "saved_queries" FOR EACH ROW EXECUTE FUNCTION "hub_audit"();
SELECT "hub_isolate_tenant"('saved_queries');
