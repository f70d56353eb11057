-- Japanese (and other CJK) text as overlapping pairs of characters:
-- "京都府との協定" -> "京都 都府 府と との の協 協定" (a run of one character
-- stays as it is). Japanese writes no spaces between words, so PostgreSQL's
-- parser keeps a whole run as one token and full text found a word only at
-- the start of a run, and never inside a summary. Indexed as pairs
-- (kizuna_tsv) and searched as a phrase of pairs (kizuna_cjk_tsq), any word
-- of two or more characters is found wherever it stands, by the GIN index:
-- the usual bigram approach of CJK search engines. NULL when the text holds
-- no CJK character.
CREATE OR REPLACE FUNCTION kizuna_cjk_bigrams(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT string_agg(CASE WHEN char_length(t.run) = 1 THEN t.run
                               ELSE (SELECT string_agg(substr(t.run, i, 2), ' ' ORDER BY i) FROM generate_series(1, char_length(t.run) - 1) AS i) END,
                          ' ' ORDER BY t.n)
        FROM (SELECT r.m[1] AS run, r.n
              FROM regexp_matches($1, '([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]+)', 'g') WITH ORDINALITY AS r(m, n)) t $$;
