-- The search generation (issue 3): a number that changes, in the same
-- transaction, with everything a search can return: the search documents
-- (and with them the facet counts and the name vocabulary, which change in
-- the same statements), and the sectors and regions whose names label the
-- facets. The app caches search results under the generation they were
-- computed at (src/server/search/cache.ts); one read of this row tells
-- whether a cached result still holds. Derived state like "SearchDocument",
-- so it is kept out of schema.prisma.
CREATE TABLE "SearchState" (
    "id" BOOLEAN NOT NULL PRIMARY KEY DEFAULT true CHECK ("id"),
    "generation" BIGINT NOT NULL
);
INSERT INTO "SearchState" (id, generation) VALUES (true, 1);

-- One bump per statement. Writers serialise on this row until they commit;
-- every write that changes search documents also takes it first among the
-- search tables (the trigger sorts before the vocabulary triggers), so it adds
-- no lock-order cycle.
CREATE FUNCTION kizuna_search_bump() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "SearchState" SET generation = generation + 1;
  RETURN NULL;
END $$;

CREATE TRIGGER "SearchDocument_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SearchDocument"
  FOR EACH STATEMENT EXECUTE FUNCTION kizuna_search_bump();
CREATE TRIGGER "Sector_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Sector"
  FOR EACH STATEMENT EXECUTE FUNCTION kizuna_search_bump();
CREATE TRIGGER "Region_generation" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Region"
  FOR EACH STATEMENT EXECUTE FUNCTION kizuna_search_bump();
