-- The query as full text: English and French stems of its words (websearch
-- syntax, so user text is never parsed as raw tsquery), and each run of
-- Japanese characters as a prefix (kizuna_cjk_tsq).
CREATE OR REPLACE FUNCTION kizuna_tsq(text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN cjk IS NULL THEN words ELSE words || cjk END
        FROM (SELECT websearch_to_tsquery('kizuna_en', $1) || websearch_to_tsquery('kizuna_fr', $1) AS words, kizuna_cjk_tsq($1) AS cjk) x $$;
