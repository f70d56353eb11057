-- For a record's sectors: their ids with each theme's ecosystem added (the
-- facet), and their names, French names and synonyms (the searchable words).
CREATE OR REPLACE FUNCTION kizuna_sector_terms(p_ids integer[], OUT ids integer[], OUT words text)
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT array_agg(DISTINCT x.id), string_agg(DISTINCT x.words, ' ')
        FROM "Sector" sc
        CROSS JOIN LATERAL (VALUES (sc.id, concat_ws(' ', sc.name, sc."nameFr", array_to_string(sc.synonyms, ' '))), (sc."parentId", NULL)) AS x(id, words)
        WHERE sc.id = ANY(p_ids) AND x.id IS NOT NULL $$;
