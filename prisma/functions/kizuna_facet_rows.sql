-- The facet values a set of documents contributes to the counts, one row per
-- document and value (published documents only, as the counts are).
CREATE OR REPLACE FUNCTION kizuna_facet_rows(p_type "SearchRecordType", p_ids INTEGER[]) RETURNS TABLE (facet text, value text)
LANGUAGE sql STABLE AS $$
  WITH d AS MATERIALIZED (
    SELECT "recordType", "sectorIds", sides, countries, "regionIds", "agreementKind", "agreementStatus", year
    FROM "SearchDocument"
    WHERE status = 'PUBLISHED' AND (p_type IS NULL OR "recordType" = p_type) AND (p_ids IS NULL OR "recordId" = ANY(p_ids))
  )
  SELECT 'total', '' FROM d
  UNION ALL SELECT 'type', lower("recordType"::text) FROM d
  UNION ALL SELECT 'sector', v::text FROM d, unnest("sectorIds") v
  UNION ALL SELECT 'side', v FROM d, unnest(sides) v
  UNION ALL SELECT 'country', v FROM d, unnest(countries) v
  UNION ALL SELECT 'region', v::text FROM d, unnest("regionIds") v
  UNION ALL SELECT 'kind', "agreementKind"::text FROM d WHERE "agreementKind" IS NOT NULL
  UNION ALL SELECT 'status', "agreementStatus"::text FROM d WHERE "agreementStatus" IS NOT NULL
  UNION ALL SELECT 'year', year::text FROM d WHERE year IS NOT NULL
$$;
