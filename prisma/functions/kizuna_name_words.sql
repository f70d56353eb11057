-- The words of one document's names: the tokens of PostgreSQL's own parser
-- (so CJK runs, hyphenated words and their parts come out as full text sees
-- them), once each.
CREATE OR REPLACE FUNCTION kizuna_name_words(names text) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lexeme FROM unnest(to_tsvector('simple', names)) WHERE char_length(lexeme) BETWEEN 3 AND 40 $$;
