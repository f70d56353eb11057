-- Search speed (issue 3): the parts of a search that grew with the number of
-- matches. See docs/search-performance.md.

-- 1. Japanese. PostgreSQL's parser keeps a run of kanji/kana as one token
-- ("京都府"), so full-text search did not find it from "京都" and every
-- Japanese query fell back to a trigram recheck of tens of thousands of names.
-- Each run of CJK characters in the query now also matches as a prefix
-- ('京都':*), which the GIN index answers. A run in the middle of a token
-- ("都府") still needs the trigram fallback, as before.
CREATE FUNCTION kizuna_cjk_tsq(text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT to_tsquery('simple', string_agg(quote_literal(m[1]) || ':*', ' & '))
        FROM regexp_matches($1, '([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]+)', 'g') AS m $$;

CREATE OR REPLACE FUNCTION kizuna_tsq(text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN cjk IS NULL THEN words ELSE words || cjk END
        FROM (SELECT websearch_to_tsquery('kizuna_en', $1) || websearch_to_tsquery('kizuna_fr', $1) AS words, kizuna_cjk_tsq($1) AS cjk) x $$;

-- 2. Deterministic samples. Every document carries, in its tsvector, the
-- lexemes 'kizuna sample 4', '… 16', '… 64', '… 256', '… 1024' when a hash of
-- its key falls in that 1-in-N sample (nested: the 1/64 sample is inside the
-- 1/16 one). No parsed text yields a lexeme with spaces, so a user's query
-- never meets them. Counting facets over `document @@ 'kizuna sample 16'`
-- reads a sixteenth of the matches, found by the same GIN index as the words.
CREATE FUNCTION kizuna_sample_tsv(t "SearchRecordType", id integer) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT array_to_tsvector(coalesce(array_agg('kizuna sample ' || n), '{}'))
        FROM unnest(ARRAY[4, 16, 64, 256, 1024]) AS n
        WHERE hashtext(t::text || ':' || id) & (n - 1) = 0 $$;

CREATE FUNCTION kizuna_search_document_sample() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.document := ts_delete(NEW.document, ARRAY['kizuna sample 4', 'kizuna sample 16', 'kizuna sample 64', 'kizuna sample 256', 'kizuna sample 1024'])
                  || kizuna_sample_tsv(NEW."recordType", NEW."recordId");
  RETURN NEW;
END $$;

CREATE TRIGGER "SearchDocument_sample"
  BEFORE INSERT OR UPDATE OF document, "recordType", "recordId" ON "SearchDocument"
  FOR EACH ROW EXECUTE FUNCTION kizuna_search_document_sample();

-- Documents already indexed get their sample lexemes.
UPDATE "SearchDocument" SET document = document;
ANALYZE "SearchDocument";
