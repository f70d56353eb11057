-- English and French stems of the same text, so "biotechnologies" finds "biotechnology".
CREATE OR REPLACE FUNCTION kizuna_tsv(text, "char") RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT setweight(to_tsvector('kizuna_en', coalesce($1, '')), $2) || setweight(to_tsvector('kizuna_fr', coalesce($1, '')), $2) $$;
