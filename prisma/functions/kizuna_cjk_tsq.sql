-- Japanese. PostgreSQL's parser keeps a run of kanji/kana as one token
-- ("京都府"), so full-text search did not find it from "京都" and every
-- Japanese query fell back to a trigram recheck of tens of thousands of names.
-- Each run of CJK characters in the query now also matches as a prefix
-- ('京都':*), which the GIN index answers. A run in the middle of a token
-- ("都府") still needs the trigram fallback, as before.
CREATE OR REPLACE FUNCTION kizuna_cjk_tsq(text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT to_tsquery('simple', string_agg(quote_literal(m[1]) || ':*', ' & '))
        FROM regexp_matches($1, '([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]+)', 'g') AS m $$;
