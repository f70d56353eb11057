-- Gives each search document its sample lexemes (kizuna_sample_tsv) whenever
-- its tsvector or key is written.
CREATE OR REPLACE FUNCTION kizuna_search_document_sample() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  NEW.document := ts_delete(NEW.document, ARRAY['kizuna sample 4', 'kizuna sample 16', 'kizuna sample 64', 'kizuna sample 256', 'kizuna sample 1024'])
                  || kizuna_sample_tsv(NEW."recordType", NEW."recordId");
  RETURN NEW;
END $$;

CREATE OR REPLACE TRIGGER "SearchDocument_sample"
  BEFORE INSERT OR UPDATE OF document, "recordType", "recordId" ON "SearchDocument"
  FOR EACH ROW EXECUTE FUNCTION kizuna_search_document_sample();
