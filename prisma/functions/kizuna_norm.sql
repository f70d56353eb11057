-- Lower-case, accent-free text for trigram matching of names ("Lyonbiopôle" -> "lyonbiopole").
CREATE OR REPLACE FUNCTION kizuna_norm(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
