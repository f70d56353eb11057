CREATE OR REPLACE FUNCTION kizuna_search_words_truncate() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchWord";
  RETURN NULL;
END $$;
CREATE OR REPLACE TRIGGER "SearchDocument_words_truncate" AFTER TRUNCATE ON "SearchDocument"
  FOR EACH STATEMENT EXECUTE FUNCTION kizuna_search_words_truncate();
