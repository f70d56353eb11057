-- For a record's sectors: their ids with each theme's ecosystem added (the
-- facet), and the searchable words of each sector and of its ecosystem: name,
-- French name, synonyms and slug. So a query for a theme ("medtech", the slug
-- the facet links with, or "Medical technology") or for an ecosystem
-- ("health") finds every record that facet counts.
CREATE OR REPLACE FUNCTION kizuna_sector_terms(p_ids integer[], OUT ids integer[], OUT words text)
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT array_agg(DISTINCT x.id), string_agg(DISTINCT x.words, ' ')
        FROM "Sector" sc
        LEFT JOIN "Sector" eco ON eco.id = sc."parentId"
        CROSS JOIN LATERAL (VALUES
          (sc.id, concat_ws(' ', sc.name, sc."nameFr", array_to_string(sc.synonyms, ' '), sc.slug)),
          (eco.id, concat_ws(' ', eco.name, eco."nameFr", array_to_string(eco.synonyms, ' '), eco.slug))) AS x(id, words)
        WHERE sc.id = ANY(p_ids) AND x.id IS NOT NULL $$;
