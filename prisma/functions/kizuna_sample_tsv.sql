-- Deterministic samples. Every document carries, in its tsvector, the
-- lexemes 'kizuna sample 4', '… 16', '… 64', '… 256', '… 1024' when a hash of
-- its key falls in that 1-in-N sample (nested: the 1/64 sample is inside the
-- 1/16 one). No parsed text yields a lexeme with spaces, so a user's query
-- never meets them. Counting facets over `document @@ 'kizuna sample 16'`
-- reads a sixteenth of the matches, found by the same GIN index as the words.
CREATE OR REPLACE FUNCTION kizuna_sample_tsv(t "SearchRecordType", id integer) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_to_tsvector(coalesce(array_agg('kizuna sample ' || n), '{}'))
        FROM unnest(ARRAY[4, 16, 64, 256, 1024]) AS n
        WHERE hashtext(t::text || ':' || id) & (n - 1) = 0 $$;
