-- What PostGraphile needs to answer the benchmark's queries in its own idiom, added to the
-- bench database only: an ASIN's children follow parent_asin (a code, not a foreign key), so
-- PostGraphile gets them as a computed column (Asin.children), as its docs recommend.
CREATE FUNCTION "asins_children"(a "asins") RETURNS SETOF "asins" LANGUAGE sql STABLE AS $$
  SELECT c.* FROM "asins" c
  WHERE c."partner_id" = a."partner_id" AND c."parent_asin" = a."asin_code" AND c."deleted_at" IS NULL
  ORDER BY c."asin_code"
$$;
