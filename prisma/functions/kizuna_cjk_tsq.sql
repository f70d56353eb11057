-- The Japanese part of a query: each run of CJK characters (not negated with
-- a leading '-') as the phrase of its character pairs, the way documents index
-- them (kizuna_cjk_bigrams): "都府" and "協定" are found inside "京都府との協定".
-- Runs are all required, like the words of a query. A run of one character
-- matches as a prefix of a pair or a token. NULL when the query has no run.
CREATE OR REPLACE FUNCTION kizuna_cjk_tsq(text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT to_tsquery('simple', string_agg(
                 CASE WHEN char_length(t.run) = 1 THEN quote_literal(t.run) || ':*'
                      ELSE '(' || (SELECT string_agg(quote_literal(substr(t.run, i, 2)), ' <-> ' ORDER BY i) FROM generate_series(1, char_length(t.run) - 1) AS i) || ')' END,
                 ' & ' ORDER BY t.n))
        FROM (SELECT r.m[1] AS run, r.n
              FROM regexp_matches($1, '(?<![-\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f])([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]+)', 'g') WITH ORDINALITY AS r(m, n)) t $$;
