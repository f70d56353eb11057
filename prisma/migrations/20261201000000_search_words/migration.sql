-- Typo correction by vocabulary (issue 3). A query that full text does not
-- find ("ocitanie") used to fall back to a trigram recheck of every document
-- name sharing a trigram with it: thousands of long names at 100,000
-- agreements, over a second at 1,000,000. Now each word of such a query is
-- first corrected against the distinct words of the published names
-- ("ocitanie" -> "occitanie"), a table of a few thousand short rows with its
-- own trigram index, and the corrected query runs by full text like any other.
-- The trigram recheck of names stays as the last resort (a fragment inside a
-- word, such as "都府").

-- Every word (3 to 40 characters) of the published documents' normalised
-- names, with the number of published documents whose names hold it. Derived
-- data like "SearchDocument", so it is kept out of schema.prisma.
CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL PRIMARY KEY,
    "n" INTEGER NOT NULL CHECK ("n" > 0)
);
CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- The words of one document's names: the tokens of PostgreSQL's own parser
-- (so CJK runs, hyphenated words and their parts come out as full text sees
-- them), once each.
CREATE FUNCTION kizuna_name_words(names text) RETURNS SETOF text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lexeme FROM unnest(to_tsvector('simple', names)) WHERE char_length(lexeme) BETWEEN 3 AND 40 $$;

-- Kept by statement-level triggers on "SearchDocument", with transition
-- tables: one set-based correction per statement, whether it is an admin
-- write's refresh of one record or a full rebuild. Rows are changed in word
-- order so that concurrent writes cannot deadlock on them.
CREATE FUNCTION kizuna_search_words_trigger() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  CREATE TEMP TABLE IF NOT EXISTS kz_word_delta (word text PRIMARY KEY, n bigint) ON COMMIT DROP;
  TRUNCATE kz_word_delta;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO kz_word_delta SELECT w, count(*) FROM new_rows r, kizuna_name_words(r.names) w WHERE r.status = 'PUBLISHED' GROUP BY w;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO kz_word_delta SELECT w, -count(*) FROM old_rows r, kizuna_name_words(r.names) w WHERE r.status = 'PUBLISHED' GROUP BY w;
  ELSE
    INSERT INTO kz_word_delta SELECT w, sum(c) FROM (
        SELECT w, 1 AS c FROM new_rows r, kizuna_name_words(r.names) w WHERE r.status = 'PUBLISHED'
        UNION ALL
        SELECT w, -1 FROM old_rows r, kizuna_name_words(r.names) w WHERE r.status = 'PUBLISHED') y
      GROUP BY w HAVING sum(c) <> 0;
  END IF;
  PERFORM 1 FROM "SearchWord" s JOIN kz_word_delta d ON d.word = s.word ORDER BY s.word FOR UPDATE OF s;
  -- Words no published name holds any more, then the rest.
  DELETE FROM "SearchWord" s USING kz_word_delta d WHERE s.word = d.word AND s.n + d.n <= 0;
  UPDATE "SearchWord" s SET n = s.n + d.n FROM kz_word_delta d WHERE s.word = d.word AND d.n < 0;
  INSERT INTO "SearchWord" (word, n)
    SELECT d.word, d.n FROM kz_word_delta d WHERE d.n > 0 ORDER BY d.word
    ON CONFLICT (word) DO UPDATE SET n = "SearchWord".n + EXCLUDED.n;
  RETURN NULL;
END $$;

CREATE TRIGGER "SearchDocument_words_insert" AFTER INSERT ON "SearchDocument"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kizuna_search_words_trigger();
CREATE TRIGGER "SearchDocument_words_delete" AFTER DELETE ON "SearchDocument"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kizuna_search_words_trigger();
CREATE TRIGGER "SearchDocument_words_update" AFTER UPDATE ON "SearchDocument"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kizuna_search_words_trigger();

CREATE FUNCTION kizuna_search_words_truncate() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchWord";
  RETURN NULL;
END $$;
CREATE TRIGGER "SearchDocument_words_truncate" AFTER TRUNCATE ON "SearchDocument"
  FOR EACH STATEMENT EXECUTE FUNCTION kizuna_search_words_truncate();

INSERT INTO "SearchWord" (word, n)
  SELECT w, count(*) FROM "SearchDocument" d, kizuna_name_words(d.names) w WHERE d.status = 'PUBLISHED' GROUP BY w;
ANALYZE "SearchWord";

-- The query with each unknown word replaced by the closest word of the
-- published names (trigram similarity, then the more common word), or NULL
-- when no word changed. A word is known, and left as typed, when some name
-- holds it or full text finds it on its own (a word of a summary, a sector
-- synonym), or when it is no word to full text (a stop word). Words shorter
-- than 3 characters, words with a digit ("2017" is no misspelt "2016"), and
-- words carrying query syntax (a leading '-', a quote) are left as typed too.
CREATE FUNCTION kizuna_correct(q text) RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE STRICT
  AS $$
  WITH t AS (
    SELECT t.tok, t.i FROM regexp_split_to_table(kizuna_norm(left(q, 1000)), '\s+') WITH ORDINALITY AS t(tok, i) WHERE t.tok <> ''
  ), fixed AS (
    SELECT t.i, t.tok, CASE
      WHEN char_length(t.tok) < 3 OR char_length(t.tok) > 40 OR t.tok ~ '^-|"|[0-9]' OR i > 12 THEN t.tok
      WHEN EXISTS (SELECT 1 FROM "SearchWord" s WHERE s.word = t.tok) THEN t.tok
      WHEN numnode(kizuna_tsq(t.tok)) = 0 THEN t.tok
      WHEN EXISTS (SELECT 1 FROM "SearchDocument" d WHERE d.status = 'PUBLISHED' AND d.document @@ kizuna_tsq(t.tok)) THEN t.tok
      ELSE coalesce((SELECT s.word FROM "SearchWord" s WHERE s.word % t.tok
                     ORDER BY similarity(s.word, t.tok) DESC, s.n DESC, s.word LIMIT 1), t.tok)
    END AS fix
    FROM t
  )
  SELECT CASE WHEN bool_or(tok <> fix) THEN string_agg(fix, ' ' ORDER BY i) END FROM fixed
$$;
