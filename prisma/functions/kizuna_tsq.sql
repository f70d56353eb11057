-- The query as full text: English and French stems of its other words
-- (websearch syntax, so user text is never parsed as raw tsquery), and, all
-- required with them, its runs of Japanese characters as phrases of character
-- pairs (kizuna_cjk_tsq). Several Japanese words then find what each finds
-- alone, wherever they stand ("京都府 協定"). A negated Japanese word ("-京都")
-- is left to websearch, which negates it as a whole token. (Websearch is not
-- asked about a query of Japanese alone: it would only log a notice.)
CREATE OR REPLACE FUNCTION kizuna_tsq(text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN cjk IS NULL THEN words WHEN words IS NULL OR numnode(words) = 0 THEN cjk ELSE words && cjk END
        FROM (SELECT CASE WHEN rest ~ '\S' OR kizuna_cjk_tsq($1) IS NULL
                          THEN websearch_to_tsquery('kizuna_en', rest) || websearch_to_tsquery('kizuna_fr', rest) END AS words,
                     kizuna_cjk_tsq($1) AS cjk
              FROM (SELECT regexp_replace($1, '(?<![-\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f])[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]+', ' ', 'g') AS rest) r) x $$;
