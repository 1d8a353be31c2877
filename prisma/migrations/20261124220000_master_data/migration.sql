-- Seed 001's master data: countries (ISO 3166-1 alpha-2), currencies (ISO 4217) and expense
-- categories, kept per organization so each may retire entries; installed for every
-- organization. (The shared stage list is configuration pipeline.stages, used by both
-- opportunities and sales leads.)
-- CreateTable
CREATE TABLE "countries" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "code" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "countries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "currencies" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "code" CHAR(3) NOT NULL,
    "name" TEXT NOT NULL,
    "symbol" TEXT,
    "minor_units" INTEGER NOT NULL DEFAULT 2,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "currencies_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "expense_categories" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "expense_categories_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "countries_organization_id_code_key" ON "countries"("organization_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "currencies_organization_id_code_key" ON "currencies"("organization_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "expense_categories_organization_id_code_key" ON "expense_categories"("organization_id", "code");

-- AddForeignKey
ALTER TABLE "countries" ADD CONSTRAINT "countries_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "currencies" ADD CONSTRAINT "currencies_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "expense_categories" ADD CONSTRAINT "expense_categories_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;


ALTER TABLE "countries" ADD CONSTRAINT "countries_code_check" CHECK ("code" ~ '^[A-Z]{2}$');
ALTER TABLE "currencies" ADD CONSTRAINT "currencies_code_check" CHECK ("code" ~ '^[A-Z]{3}$'),
  ADD CONSTRAINT "currencies_minor_units_check" CHECK ("minor_units" BETWEEN 0 AND 4);
ALTER TABLE "expense_categories" ADD CONSTRAINT "expense_categories_code_check" CHECK ("code" ~ '^[a-z][a-z0-9_]*$');
SELECT "hub_tenant_isolation"('countries', 'currencies', 'expense_categories');

CREATE FUNCTION "hub_install_master_data"(p_org uuid) RETURNS void LANGUAGE sql AS $$
  INSERT INTO "countries" ("organization_id", "code", "name") SELECT p_org, c, n FROM (VALUES
    ('US', 'United States'),
    ('CA', 'Canada'),
    ('MX', 'Mexico'),
    ('BR', 'Brazil'),
    ('GB', 'United Kingdom'),
    ('IE', 'Ireland'),
    ('DE', 'Germany'),
    ('FR', 'France'),
    ('IT', 'Italy'),
    ('ES', 'Spain'),
    ('NL', 'Netherlands'),
    ('BE', 'Belgium'),
    ('SE', 'Sweden'),
    ('PL', 'Poland'),
    ('AT', 'Austria'),
    ('CH', 'Switzerland'),
    ('DK', 'Denmark'),
    ('NO', 'Norway'),
    ('FI', 'Finland'),
    ('PT', 'Portugal'),
    ('CZ', 'Czechia'),
    ('TR', 'Türkiye'),
    ('AE', 'United Arab Emirates'),
    ('SA', 'Saudi Arabia'),
    ('EG', 'Egypt'),
    ('ZA', 'South Africa'),
    ('IN', 'India'),
    ('JP', 'Japan'),
    ('CN', 'China'),
    ('KR', 'South Korea'),
    ('SG', 'Singapore'),
    ('AU', 'Australia'),
    ('NZ', 'New Zealand'),
    ('HK', 'Hong Kong'),
    ('TW', 'Taiwan'),
    ('VN', 'Viet Nam'),
    ('TH', 'Thailand'),
    ('MY', 'Malaysia'),
    ('ID', 'Indonesia'),
    ('PH', 'Philippines'),
    ('IL', 'Israel'),
    ('AR', 'Argentina'),
    ('CL', 'Chile'),
    ('CO', 'Colombia'),
    ('PE', 'Peru')) AS v(c, n) ON CONFLICT DO NOTHING;
  INSERT INTO "currencies" ("organization_id", "code", "name", "symbol", "minor_units") SELECT p_org, c, n, s, m FROM (VALUES
    ('USD', 'US Dollar', '$', 2),
    ('EUR', 'Euro', '€', 2),
    ('GBP', 'Pound Sterling', '£', 2),
    ('CAD', 'Canadian Dollar', '$', 2),
    ('MXN', 'Mexican Peso', '$', 2),
    ('BRL', 'Brazilian Real', 'R$', 2),
    ('JPY', 'Yen', '¥', 0),
    ('CNY', 'Yuan Renminbi', '¥', 2),
    ('INR', 'Indian Rupee', '₹', 2),
    ('AUD', 'Australian Dollar', '$', 2),
    ('NZD', 'New Zealand Dollar', '$', 2),
    ('SGD', 'Singapore Dollar', '$', 2),
    ('HKD', 'Hong Kong Dollar', '$', 2),
    ('CHF', 'Swiss Franc', 'CHF', 2),
    ('SEK', 'Swedish Krona', 'kr', 2),
    ('NOK', 'Norwegian Krone', 'kr', 2),
    ('DKK', 'Danish Krone', 'kr', 2),
    ('PLN', 'Zloty', 'zł', 2),
    ('CZK', 'Czech Koruna', 'Kč', 2),
    ('TRY', 'Turkish Lira', '₺', 2),
    ('AED', 'UAE Dirham', 'د.إ', 2),
    ('SAR', 'Saudi Riyal', '﷼', 2),
    ('EGP', 'Egyptian Pound', '£', 2),
    ('ZAR', 'Rand', 'R', 2),
    ('KRW', 'Won', '₩', 0),
    ('ILS', 'New Israeli Sheqel', '₪', 2),
    ('KWD', 'Kuwaiti Dinar', 'د.ك', 3)) AS v(c, n, s, m) ON CONFLICT DO NOTHING;
  INSERT INTO "expense_categories" ("organization_id", "code", "name") SELECT p_org, c, n FROM (VALUES
    ('advertising', 'Advertising and PPC spend'),
    ('software', 'Software and subscriptions'),
    ('contractors', 'Contractors and freelancers'),
    ('payroll', 'Payroll'),
    ('travel', 'Travel'),
    ('meals', 'Meals and entertainment'),
    ('office', 'Office and equipment'),
    ('professional_fees', 'Legal and professional fees'),
    ('marketplace_fees', 'Marketplace and selling fees'),
    ('shipping', 'Shipping and fulfilment'),
    ('training', 'Training and education'),
    ('other', 'Other')) AS v(c, n) ON CONFLICT DO NOTHING;
$$;
CREATE TRIGGER "organizations_install_master_data" AFTER INSERT ON "organizations" FOR EACH ROW EXECUTE FUNCTION "hub_organizations_install"('hub_install_master_data');
SELECT "hub_install_master_data"("id") FROM "organizations";
