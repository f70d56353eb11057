-- English and French stems of the same text, so "biotechnologies" finds
-- "biotechnology", and its Japanese as pairs of characters (kizuna_cjk_bigrams),
-- so a Japanese word is found inside a summary or a commitment, not only at
-- the start of a name.
CREATE OR REPLACE FUNCTION kizuna_tsv(text, "char") RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT setweight(to_tsvector('kizuna_en', coalesce($1, '')), $2) || setweight(to_tsvector('kizuna_fr', coalesce($1, '')), $2)
               || setweight(to_tsvector('simple', coalesce(kizuna_cjk_bigrams($1), '')), $2) $$;
