-- Keeps "SearchWord" (every word of the published names, with the number of
-- published documents whose names hold it) by statement-level triggers on
-- "SearchDocument", with transition tables: one set-based correction per
-- statement, whether it is an admin write's refresh of one record or a full
-- rebuild. Rows are changed in word order so that concurrent writes cannot
-- deadlock on them.
CREATE OR REPLACE FUNCTION kizuna_search_words_trigger() RETURNS trigger
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

CREATE OR REPLACE TRIGGER "SearchDocument_words_insert" AFTER INSERT ON "SearchDocument"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kizuna_search_words_trigger();
CREATE OR REPLACE TRIGGER "SearchDocument_words_delete" AFTER DELETE ON "SearchDocument"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kizuna_search_words_trigger();
CREATE OR REPLACE TRIGGER "SearchDocument_words_update" AFTER UPDATE ON "SearchDocument"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kizuna_search_words_trigger();
