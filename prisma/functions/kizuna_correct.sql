-- The query with each unknown word replaced by the closest word of the
-- published names (trigram similarity, then the more common word), or NULL
-- when no word changed. A word is known, and left as typed, when some name
-- holds it or full text finds it on its own (a word of a summary, a sector
-- synonym), or when it is no word to full text (a stop word). Words shorter
-- than 3 characters, words with a digit ("2017" is no misspelt "2016"), and
-- words carrying query syntax (a leading '-', a quote) are left as typed too.
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
