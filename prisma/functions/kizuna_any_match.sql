-- Whether full text finds anything, asked of the GIN index. Asked as
-- EXISTS (… document @@ q), the planner expects a few thousand matches and so
-- the first one soon, and reads the table in order instead: when nothing
-- matches (a misspelling, which is exactly when this is asked), it reads every
-- document, 4.4 s at 1,000,000 agreements. Here the index is the only way.
-- The estimate (src/server/search/sql.ts) and kizuna_correct use it.
CREATE OR REPLACE FUNCTION kizuna_any_match(q tsquery, types "SearchRecordType"[] DEFAULT NULL) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  SET enable_seqscan = off
  AS $$ SELECT EXISTS (SELECT 1 FROM "SearchDocument" d
        WHERE d.status = 'PUBLISHED' AND d.document @@ q AND (types IS NULL OR d."recordType" = ANY(types))) $$;
