-- A given code moves the counter only when it is past it. Bulk writers (the pipeline's
-- apply) claim a block of codes in one statement and insert them given; updating the
-- counter row once per inserted row made a large insert slower with every row (each update
-- of one row leaves a version the next has to step over until the transaction ends).
CREATE OR REPLACE FUNCTION "hub_claim_code"(p_org uuid, p_kind text, p_prefix text, p_given text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE n bigint;
BEGIN
  IF p_given IS NOT NULL THEN
    IF p_given ~ ('^' || p_prefix || '-[0-9]+$') THEN
      n := substring(p_given FROM length(p_prefix) + 2)::bigint;
      INSERT INTO "code_sequences" AS cs ("organization_id", "kind", "last_value") VALUES (p_org, p_kind, n)
      ON CONFLICT ("organization_id", "kind")
      DO UPDATE SET "last_value" = EXCLUDED."last_value" WHERE cs."last_value" < EXCLUDED."last_value";
    END IF;
    RETURN p_given;
  END IF;
  INSERT INTO "code_sequences" AS cs ("organization_id", "kind", "last_value") VALUES (p_org, p_kind, 1)
  ON CONFLICT ("organization_id", "kind")
  DO UPDATE SET "last_value" = cs."last_value" + 1
  RETURNING cs."last_value" INTO n;
  RETURN p_prefix || '-' || lpad(n::text, greatest(4, length(n::text)), '0');
END $$;
