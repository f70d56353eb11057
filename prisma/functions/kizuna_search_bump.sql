-- The search generation (issue 3): a number that changes, in the same
-- transaction, with everything a search can return: the search documents
-- (and with them the facet counts and the name vocabulary, which change in
-- the same statements), and the sectors and regions whose names label the
-- facets. The app caches search results under the generation they were
-- computed at (src/server/search/cache.ts); one read of this row tells
-- whether a cached result still holds (the "SearchState" row).
--
-- One bump per statement, BEFORE it runs: a writer takes this row before the
-- statement locks any row of the table, and holds it until it commits. So
-- writers of search documents, sectors and regions queue here first and never
-- hold a document, region or sector row that another one, holding this row,
-- waits for (a region's save rebuilds the documents of its agreements while an
-- agreement's save rebuilds its own: no lock-order cycle). The vocabulary and
-- facet-count rows are locked after it too.
CREATE OR REPLACE FUNCTION kizuna_search_bump() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "SearchState" SET generation = generation + 1;
  RETURN NULL;
END $$;

CREATE OR REPLACE TRIGGER "SearchDocument_generation" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SearchDocument"
  FOR EACH STATEMENT EXECUTE FUNCTION kizuna_search_bump();
CREATE OR REPLACE TRIGGER "Sector_generation" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Sector"
  FOR EACH STATEMENT EXECUTE FUNCTION kizuna_search_bump();
CREATE OR REPLACE TRIGGER "Region_generation" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Region"
  FOR EACH STATEMENT EXECUTE FUNCTION kizuna_search_bump();
