-- Seed 001, finance: accounts, customers (a partner is one), transactions (invoices, payments
-- and refunds that settle or reopen an invoice), margin per period; AR aging as of any date
-- (hub_ar_aging) and the finance views.
-- CreateEnum
CREATE TYPE "finance_account_type" AS ENUM ('asset', 'liability', 'revenue', 'expense');

-- CreateEnum
CREATE TYPE "finance_transaction_type" AS ENUM ('invoice', 'payment', 'refund');

-- CreateTable
CREATE TABLE "finance_accounts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "account_type" "finance_account_type" NOT NULL,
    "currency" CHAR(3) NOT NULL DEFAULT 'USD',
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "finance_accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "customers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "partner_id" UUID,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "payment_terms_days" INTEGER NOT NULL DEFAULT 30,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "customers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finance_transactions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "account_id" UUID NOT NULL,
    "customer_id" UUID NOT NULL,
    "transaction_type" "finance_transaction_type" NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "transaction_date" DATE NOT NULL,
    "due_date" DATE,
    "invoice_id" UUID,
    "description" TEXT,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "finance_transactions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finance_margin" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "period_start" DATE NOT NULL,
    "period_end" DATE NOT NULL,
    "revenue" DECIMAL(14,2) NOT NULL,
    "cost_of_goods_sold" DECIMAL(14,2) NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "finance_margin_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "finance_accounts_organization_id_code_key" ON "finance_accounts"("organization_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "customers_partner_id_key" ON "customers"("partner_id");

-- CreateIndex
CREATE UNIQUE INDEX "customers_organization_id_name_key" ON "customers"("organization_id", "name");

-- CreateIndex
CREATE INDEX "idx_finance_transactions_date" ON "finance_transactions"("transaction_date");

-- CreateIndex
CREATE INDEX "idx_finance_transactions_customer" ON "finance_transactions"("customer_id");

-- CreateIndex
CREATE INDEX "idx_finance_transactions_invoice" ON "finance_transactions"("invoice_id");

-- CreateIndex
CREATE UNIQUE INDEX "finance_margin_organization_id_period_start_period_end_key" ON "finance_margin"("organization_id", "period_start", "period_end");

-- AddForeignKey
ALTER TABLE "finance_accounts" ADD CONSTRAINT "finance_accounts_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customers" ADD CONSTRAINT "customers_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "customers" ADD CONSTRAINT "customers_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finance_transactions" ADD CONSTRAINT "finance_transactions_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finance_transactions" ADD CONSTRAINT "finance_transactions_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "finance_accounts"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finance_transactions" ADD CONSTRAINT "finance_transactions_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "customers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finance_transactions" ADD CONSTRAINT "finance_transactions_invoice_id_fkey" FOREIGN KEY ("invoice_id") REFERENCES "finance_transactions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finance_margin" ADD CONSTRAINT "finance_margin_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;


ALTER TABLE "finance_accounts" ADD CONSTRAINT "finance_accounts_currency_check" CHECK ("currency" ~ '^[A-Z]{3}$'),
  ADD CONSTRAINT "finance_accounts_code_check" CHECK (length(btrim("code")) > 0);
ALTER TABLE "customers" ADD CONSTRAINT "customers_terms_check" CHECK ("payment_terms_days" BETWEEN 0 AND 365),
  ADD CONSTRAINT "customers_name_check" CHECK (length(btrim("name")) > 0);
ALTER TABLE "finance_transactions" ADD CONSTRAINT "finance_transactions_amount_check" CHECK ("amount" > 0),
  -- An invoice has a due date and settles nothing; payments and refunds name the invoice.
  ADD CONSTRAINT "finance_transactions_shape_check" CHECK (
    ("transaction_type" = 'invoice' AND "due_date" IS NOT NULL AND "invoice_id" IS NULL)
    OR ("transaction_type" <> 'invoice' AND "due_date" IS NULL AND "invoice_id" IS NOT NULL));
ALTER TABLE "finance_margin" ADD CONSTRAINT "finance_margin_period_check" CHECK ("period_end" >= "period_start"),
  ADD CONSTRAINT "finance_margin_amounts_check" CHECK ("revenue" >= 0 AND "cost_of_goods_sold" >= 0);

-- A payment or refund settles an invoice of the same customer and organization.
CREATE FUNCTION "hub_finance_settles_invoice"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."invoice_id" IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM "finance_transactions" i WHERE i."id" = NEW."invoice_id" AND i."transaction_type" = 'invoice'
      AND i."customer_id" = NEW."customer_id" AND i."organization_id" = NEW."organization_id") THEN
    RAISE EXCEPTION 'transaction %: invoice_id must name an invoice of the same customer', NEW."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "finance_transactions_settle" BEFORE INSERT OR UPDATE ON "finance_transactions" FOR EACH ROW EXECUTE FUNCTION "hub_finance_settles_invoice"();

CREATE TRIGGER "touch_finance_accounts_updated_at" BEFORE UPDATE ON "finance_accounts" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "touch_customers_updated_at" BEFORE UPDATE ON "customers" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "touch_finance_transactions_updated_at" BEFORE UPDATE ON "finance_transactions" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "touch_finance_margin_updated_at" BEFORE UPDATE ON "finance_margin" FOR EACH ROW EXECUTE FUNCTION "hub_touch_updated_at"();
CREATE TRIGGER "audit_finance_accounts" AFTER INSERT OR UPDATE OR DELETE ON "finance_accounts" FOR EACH ROW EXECUTE FUNCTION "hub_audit"();
CREATE TRIGGER "audit_customers" AFTER INSERT OR UPDATE OR DELETE ON "customers" FOR EACH ROW EXECUTE FUNCTION "hub_audit"();
CREATE TRIGGER "audit_finance_transactions" AFTER INSERT OR UPDATE OR DELETE ON "finance_transactions" FOR EACH ROW EXECUTE FUNCTION "hub_audit"();
CREATE TRIGGER "audit_finance_margin" AFTER INSERT OR UPDATE OR DELETE ON "finance_margin" FOR EACH ROW EXECUTE FUNCTION "hub_audit"();

SELECT "hub_tenant_isolation"('finance_accounts', 'customers', 'finance_transactions', 'finance_margin');

-- Open invoices as of a date: what was invoiced by then, less payments plus refunds dated by
-- then; bucketed by days past due (current: not yet due or up to 30 days late; then 31–60,
-- 61–90, and over 90). Reads under the caller's row-level security.
CREATE FUNCTION "hub_ar_aging"(p_as_of date) RETURNS TABLE (
  "organization_id" uuid, "invoice_id" uuid, "customer_id" uuid, "invoice_date" date, "due_date" date,
  "invoiced" numeric, "amount_due" numeric, "days_past_due" int, "bucket" text
) LANGUAGE sql STABLE AS $$
  SELECT i."organization_id", i."id", i."customer_id", i."transaction_date", i."due_date", i."amount", d."due",
         (p_as_of - i."due_date")::int,
         CASE WHEN p_as_of - i."due_date" <= 30 THEN 'current' WHEN p_as_of - i."due_date" <= 60 THEN 'days_31_60'
              WHEN p_as_of - i."due_date" <= 90 THEN 'days_61_90' ELSE 'over_90' END
  FROM "finance_transactions" i
  CROSS JOIN LATERAL (
    SELECT i."amount" - coalesce(sum(CASE s."transaction_type" WHEN 'payment' THEN s."amount" ELSE -s."amount" END), 0) AS "due"
    FROM "finance_transactions" s WHERE s."invoice_id" = i."id" AND s."transaction_date" <= p_as_of
  ) d
  WHERE i."transaction_type" = 'invoice' AND i."transaction_date" <= p_as_of AND d."due" > 0
$$;

-- Today's receivables per bucket.
CREATE VIEW "v_finance_ar_summary" WITH (security_invoker = true) AS
SELECT "organization_id", "bucket", count(*)::int AS "invoices", sum("amount_due") AS "amount_due"
FROM "hub_ar_aging"(current_date) GROUP BY "organization_id", "bucket";

-- Per month: invoiced, collected, refunded and net collected.
CREATE VIEW "v_finance_overview" WITH (security_invoker = true) AS
SELECT "organization_id", date_trunc('month', "transaction_date")::date AS "month",
       coalesce(sum("amount") FILTER (WHERE "transaction_type" = 'invoice'), 0) AS "invoiced",
       coalesce(sum("amount") FILTER (WHERE "transaction_type" = 'payment'), 0) AS "collected",
       coalesce(sum("amount") FILTER (WHERE "transaction_type" = 'refund'), 0) AS "refunded",
       coalesce(sum("amount") FILTER (WHERE "transaction_type" = 'payment'), 0) - coalesce(sum("amount") FILTER (WHERE "transaction_type" = 'refund'), 0) AS "net_collected"
FROM "finance_transactions" GROUP BY "organization_id", date_trunc('month', "transaction_date");

INSERT INTO "permissions" ("name", "description") VALUES
  ('finance:read', 'See accounts, customers, transactions, receivables and margins'),
  ('finance:write', 'Record accounts, customers, transactions and margins');
-- New organizations: finance reads and writes the ledger (admins get every permission).
INSERT INTO "default_role_permissions" ("role", "permission") VALUES ('finance', 'finance:read'), ('finance', 'finance:write');

-- Existing organizations: admins and finance get both.
SELECT "hub_grant_to_existing"('finance:read', 'finance:write');
