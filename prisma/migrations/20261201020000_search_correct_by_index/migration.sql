-- Whether full text finds anything, asked of the GIN index. Asked as
-- EXISTS (… document @@ q), the planner expects a few thousand matches and so
-- the first one soon, and reads the table in order instead: when nothing
-- matches (a misspelling, which is exactly when this is asked), it reads every
-- document, 4.4 s at 1,000,000 agreements. Here the index is the only way.
-- The estimate (src/server/search/sql.ts) and kizuna_correct use it.
CREATE FUNCTION kizuna_any_match(q tsquery, types "SearchRecordType"[] DEFAULT NULL) RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  SET enable_seqscan = off
  AS $$ SELECT EXISTS (SELECT 1 FROM "SearchDocument" d
        WHERE d.status = 'PUBLISHED' AND d.document @@ q AND (types IS NULL OR d."recordType" = ANY(types))) $$;

-- kizuna_correct (20261201000000_search_words), restated to ask that of each
-- word, in PL/pgSQL; same rules as before.
CREATE OR REPLACE FUNCTION kizuna_correct(q text) RETURNS text
  LANGUAGE plpgsql STABLE PARALLEL SAFE STRICT
  AS $$
DECLARE
  tok text;
  fix text;
  i int := 0;
  changed boolean := false;
  words text[] := '{}';
BEGIN
  FOR tok IN SELECT t FROM regexp_split_to_table(kizuna_norm(left(q, 1000)), '\s+') AS t WHERE t <> '' LOOP
    i := i + 1;
    fix := tok;
    IF char_length(tok) >= 3 AND char_length(tok) <= 40 AND tok !~ '^-|"|[0-9]' AND i <= 12
       AND NOT EXISTS (SELECT 1 FROM "SearchWord" s WHERE s.word = tok)
       AND numnode(kizuna_tsq(tok)) > 0 THEN
      IF NOT kizuna_any_match(kizuna_tsq(tok)) THEN
        SELECT s.word INTO fix FROM "SearchWord" s WHERE s.word % tok
          ORDER BY similarity(s.word, tok) DESC, s.n DESC, s.word LIMIT 1;
        fix := coalesce(fix, tok);
      END IF;
    END IF;
    changed := changed OR fix <> tok;
    words := words || fix;
  END LOOP;
  RETURN CASE WHEN changed THEN array_to_string(words, ' ') END;
END $$;
