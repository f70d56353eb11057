-- Rebuilds the search documents of the given records (all of them when p_ids
-- is NULL) from the relational tables, in one set-based statement per type;
-- a full rebuild recounts the facets, a partial one corrects the counts by
-- what the rebuilt documents took away and added.
CREATE OR REPLACE FUNCTION kizuna_search_refresh(p_type "SearchRecordType" DEFAULT NULL, p_ids INTEGER[] DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- Region closure: each region with itself and every ancestor.
  CREATE TEMP TABLE IF NOT EXISTS kz_region_up (id int, ancestor int) ON COMMIT DROP;
  TRUNCATE kz_region_up;
  INSERT INTO kz_region_up
    WITH RECURSIVE up(id, ancestor) AS (
      SELECT id, id FROM "Region"
      UNION
      SELECT up.id, r."parentId" FROM up JOIN "Region" r ON r.id = up.ancestor WHERE r."parentId" IS NOT NULL
    )
    SELECT id, ancestor FROM up;
  CREATE INDEX IF NOT EXISTS kz_region_up_id ON kz_region_up (id);
  ANALYZE kz_region_up;

  -- The regions each rebuilt agreement, mission and event involves
  -- (kizuna_involvements: the same rule as the region pages), with every
  -- ancestor, and their countries and sides: the documents' facets.
  CREATE TEMP TABLE IF NOT EXISTS kz_record_regions (record_type "SearchRecordType", record_id int, ids int[], countries text[], sides text[]) ON COMMIT DROP;
  TRUNCATE kz_record_regions;
  INSERT INTO kz_record_regions
    SELECT i.record_type, i.record_id, array_agg(DISTINCT up.ancestor), array_agg(DISTINCT reg.country::text), array_agg(DISTINCT reg.side::text)
    FROM kizuna_involvements(p_type, p_ids) i
    JOIN "Region" reg ON reg.id = i.region_id
    JOIN kz_region_up up ON up.id = reg.id
    GROUP BY 1, 2;
  CREATE INDEX IF NOT EXISTS kz_record_regions_key ON kz_record_regions (record_type, record_id);
  ANALYZE kz_record_regions;

  -- What the documents about to be rebuilt counted for, to take it off the facet counts.
  IF p_type IS NOT NULL THEN
    CREATE TEMP TABLE IF NOT EXISTS kz_facet_delta (facet text, value text, n bigint) ON COMMIT DROP;
    TRUNCATE kz_facet_delta;
    INSERT INTO kz_facet_delta SELECT f.facet, f.value, -count(*) FROM kizuna_facet_rows(p_type, p_ids) f GROUP BY 1, 2;
  END IF;

  IF p_type IS NULL OR p_type = 'AGREEMENT' THEN
    DELETE FROM "SearchDocument" d WHERE d."recordType" = 'AGREEMENT' AND (p_ids IS NULL OR d."recordId" = ANY(p_ids));
    INSERT INTO "SearchDocument" ("recordType", "recordId", slug, title, context, body, names, document, "sectorIds", "regionIds", countries, sides, "agreementKind", "agreementStatus", year, "sortDate", status)
    SELECT 'AGREEMENT', a.id, a.slug, a.title,
      concat_ws(' · ', p.party_names, kizuna_date_text(a."signedOn", a."signedPrecision")),
      concat_ws(' ', a.summary, array_to_string(a.commitments, ' ')),
      kizuna_norm(concat_ws(' ', a.title, a."titleOriginal", p.local_names)),
      kizuna_tsv(concat_ws(' ', a.title, a."titleOriginal"), 'A')
        || kizuna_tsv(concat_ws(' ', p.all_names, p.local_names, s.words, kizuna_agreement_kind_words(a.kind)), 'B')
        || kizuna_tsv(concat_ws(' ', a.summary, array_to_string(a.commitments, ' '), sig.names, m.title, e.name, pl.name), 'C'),
      coalesce(s.ids, '{}'), coalesce(pr.ids, '{}'), coalesce(pr.countries, '{}'), coalesce(pr.sides, '{}'),
      a.kind, a."agreementStatus",
      CASE WHEN a."signedPrecision" <> 'UNKNOWN' THEN extract(year FROM a."signedOn")::int END,
      a."signedOn", a.status
    FROM "Agreement" a
    LEFT JOIN LATERAL (
      SELECT string_agg(coalesce(r.name, o.name), ', ' ORDER BY ap.position) FILTER (WHERE kizuna_is_party(ap.role)) AS party_names,
             string_agg(coalesce(r.name, o.name), ' ' ORDER BY ap.position) AS all_names,
             string_agg((SELECT string_agg(v, ' ') FROM jsonb_each_text(coalesce(r."localNames", o."localNames")) AS x(k, v)), ' ') AS local_names
      FROM "AgreementParty" ap
      LEFT JOIN "Region" r ON r.id = ap."regionId"
      LEFT JOIN "Organisation" o ON o.id = ap."organisationId"
      WHERE ap."agreementId" = a.id
    ) p ON true
    LEFT JOIN kz_record_regions pr ON pr.record_type = 'AGREEMENT' AND pr.record_id = a.id
    LEFT JOIN LATERAL kizuna_sector_terms(ARRAY(SELECT "sectorId" FROM "AgreementSector" WHERE "agreementId" = a.id)) s ON true
    LEFT JOIN LATERAL (
      SELECT string_agg(pe.name, ' ') AS names FROM "AgreementSignatory" asg
      JOIN "PersonRole" pr ON pr.id = asg."personRoleId" JOIN "Person" pe ON pe.id = pr."personId" WHERE asg."agreementId" = a.id
    ) sig ON true
    LEFT JOIN "Mission" m ON m.id = a."missionId"
    LEFT JOIN "Event" e ON e.id = a."eventId"
    LEFT JOIN "Region" pl ON pl.id = a."placeRegionId"
    WHERE p_ids IS NULL OR a.id = ANY(p_ids);
  END IF;

  IF p_type IS NULL OR p_type = 'REGION' THEN
    DELETE FROM "SearchDocument" d WHERE d."recordType" = 'REGION' AND (p_ids IS NULL OR d."recordId" = ANY(p_ids));
    INSERT INTO "SearchDocument" ("recordType", "recordId", slug, title, context, body, names, document, "regionIds", countries, sides, "sortDate", status)
    SELECT 'REGION', r.id, r.slug, r.name,
      concat_ws(' · ', initcap(lower(r.kind::text)), parent.name, r.country),
      r.summary,
      kizuna_norm(concat_ws(' ', r.name, ln.names)),
      kizuna_tsv(concat_ws(' ', r.name, ln.names), 'A') || kizuna_tsv(concat_ws(' ', parent.name, r.iso3166_2, r.nuts), 'B') || kizuna_tsv(r.summary, 'C'),
      ARRAY(SELECT ancestor FROM kz_region_up WHERE id = r.id), ARRAY[r.country::text], ARRAY[r.side::text], NULL, r.status
    FROM "Region" r
    LEFT JOIN "Region" parent ON parent.id = r."parentId"
    LEFT JOIN LATERAL (SELECT string_agg(v, ' ') AS names FROM jsonb_each_text(r."localNames") AS x(k, v)) ln ON true
    WHERE p_ids IS NULL OR r.id = ANY(p_ids);
  END IF;

  IF p_type IS NULL OR p_type = 'ORGANISATION' THEN
    DELETE FROM "SearchDocument" d WHERE d."recordType" = 'ORGANISATION' AND (p_ids IS NULL OR d."recordId" = ANY(p_ids));
    INSERT INTO "SearchDocument" ("recordType", "recordId", slug, title, context, body, names, document, "sectorIds", "regionIds", countries, sides, status)
    SELECT 'ORGANISATION', o.id, o.slug, o.name,
      concat_ws(' · ', initcap(lower(o.kind::text)), home.name),
      o.summary,
      kizuna_norm(concat_ws(' ', o.name, ln.names)),
      kizuna_tsv(concat_ws(' ', o.name, ln.names), 'A') || kizuna_tsv(concat_ws(' ', s.words, home.name, parent.name), 'B') || kizuna_tsv(o.summary, 'C'),
      coalesce(s.ids, '{}'),
      coalesce(ARRAY(SELECT ancestor FROM kz_region_up WHERE id = o."homeRegionId"), '{}'),
      CASE WHEN home.id IS NULL THEN '{}' ELSE ARRAY[home.country::text] END,
      CASE WHEN home.id IS NULL THEN '{}' ELSE ARRAY[home.side::text] END,
      o.status
    FROM "Organisation" o
    LEFT JOIN "Region" home ON home.id = o."homeRegionId"
    LEFT JOIN "Organisation" parent ON parent.id = o."parentId"
    LEFT JOIN LATERAL (SELECT string_agg(v, ' ') AS names FROM jsonb_each_text(o."localNames") AS x(k, v)) ln ON true
    LEFT JOIN LATERAL kizuna_sector_terms(ARRAY(SELECT "sectorId" FROM "OrganisationSector" WHERE "organisationId" = o.id)) s ON true
    WHERE p_ids IS NULL OR o.id = ANY(p_ids);
  END IF;

  IF p_type IS NULL OR p_type = 'MISSION' THEN
    DELETE FROM "SearchDocument" d WHERE d."recordType" = 'MISSION' AND (p_ids IS NULL OR d."recordId" = ANY(p_ids));
    INSERT INTO "SearchDocument" ("recordType", "recordId", slug, title, context, body, names, document, "sectorIds", "regionIds", countries, sides, year, "sortDate", status)
    SELECT 'MISSION', m.id, m.slug, m.title,
      concat_ws(' · ', 'from ' || coalesce(orr.name, oo.name), 'to ' || dest.name, kizuna_date_text(m."startsOn", m."startsPrecision")),
      concat_ws(' ', m.summary, m.delegation, array_to_string(m.themes, ' ')),
      kizuna_norm(concat_ws(' ', m.title, orr.name, oo.name, dest.name)),
      kizuna_tsv(m.title, 'A') || kizuna_tsv(concat_ws(' ', orr.name, oo.name, dest.name, leader.name, s.words), 'B')
        || kizuna_tsv(concat_ws(' ', m.summary, m.delegation, array_to_string(m.themes, ' ')), 'C'),
      coalesce(s.ids, '{}'), coalesce(rg.ids, '{}'), coalesce(rg.countries, '{}'), coalesce(rg.sides, '{}'),
      CASE WHEN m."startsPrecision" <> 'UNKNOWN' THEN extract(year FROM m."startsOn")::int END, m."startsOn", m.status
    FROM "Mission" m
    LEFT JOIN "Region" orr ON orr.id = m."originRegionId"
    LEFT JOIN "Organisation" oo ON oo.id = m."originOrganisationId"
    LEFT JOIN "Region" dest ON dest.id = m."destinationRegionId"
    LEFT JOIN "PersonRole" lr ON lr.id = m."leaderRoleId" LEFT JOIN "Person" leader ON leader.id = lr."personId"
    LEFT JOIN kz_record_regions rg ON rg.record_type = 'MISSION' AND rg.record_id = m.id
    LEFT JOIN LATERAL kizuna_sector_terms(ARRAY(SELECT "sectorId" FROM "MissionSector" WHERE "missionId" = m.id)) s ON true
    WHERE p_ids IS NULL OR m.id = ANY(p_ids);
  END IF;

  IF p_type IS NULL OR p_type = 'EVENT' THEN
    DELETE FROM "SearchDocument" d WHERE d."recordType" = 'EVENT' AND (p_ids IS NULL OR d."recordId" = ANY(p_ids));
    INSERT INTO "SearchDocument" ("recordType", "recordId", slug, title, context, body, names, document, "sectorIds", "regionIds", countries, sides, year, "sortDate", status)
    SELECT 'EVENT', e.id, e.slug, e.name,
      concat_ws(' · ', initcap(replace(lower(e.kind::text), '_', ' ')), concat_ws(', ', e.venue, city.name), kizuna_date_text(e."startsOn", e."startsPrecision")),
      e.summary,
      kizuna_norm(concat_ws(' ', e.name, e.venue, city.name)),
      kizuna_tsv(e.name, 'A') || kizuna_tsv(concat_ws(' ', e.venue, city.name, pt.names, s.words), 'B') || kizuna_tsv(concat_ws(' ', e.summary, ss.words), 'C'),
      coalesce(s.ids, '{}'), coalesce(rg.ids, '{}'), coalesce(rg.countries, '{}'), coalesce(rg.sides, '{}'),
      CASE WHEN e."startsPrecision" <> 'UNKNOWN' THEN extract(year FROM e."startsOn")::int END, e."startsOn", e.status
    FROM "Event" e
    LEFT JOIN "Region" city ON city.id = e."cityRegionId"
    LEFT JOIN LATERAL (
      SELECT string_agg(coalesce(r.name, o.name), ' ') AS names FROM "EventParticipant" ep
      LEFT JOIN "Region" r ON r.id = ep."regionId" LEFT JOIN "Organisation" o ON o.id = ep."organisationId" WHERE ep."eventId" = e.id
    ) pt ON true
    LEFT JOIN LATERAL (
      SELECT string_agg(concat_ws(' ', es.title, sp."talkTitle", pe.name), ' ') AS words FROM "EventSession" es
      LEFT JOIN "SessionSpeaker" sp ON sp."sessionId" = es.id LEFT JOIN "PersonRole" pr ON pr.id = sp."personRoleId"
      LEFT JOIN "Person" pe ON pe.id = pr."personId" WHERE es."eventId" = e.id
    ) ss ON true
    LEFT JOIN kz_record_regions rg ON rg.record_type = 'EVENT' AND rg.record_id = e.id
    LEFT JOIN LATERAL kizuna_sector_terms(ARRAY(SELECT "sectorId" FROM "EventSector" WHERE "eventId" = e.id)) s ON true
    WHERE p_ids IS NULL OR e.id = ANY(p_ids);
  END IF;

  IF p_type IS NULL OR p_type = 'SOURCE' THEN
    DELETE FROM "SearchDocument" d WHERE d."recordType" = 'SOURCE' AND (p_ids IS NULL OR d."recordId" = ANY(p_ids));
    INSERT INTO "SearchDocument" ("recordType", "recordId", slug, title, context, body, names, document, year, "sortDate", status)
    SELECT 'SOURCE', s.id, s.slug, s.title,
      concat_ws(' · ', initcap(replace(lower(s.kind::text), '_', ' ')), s.publisher, s.language),
      s.summary,
      kizuna_norm(concat_ws(' ', s.title, s.publisher)),
      kizuna_tsv(s.title, 'A') || kizuna_tsv(concat_ws(' ', s.publisher, s.summary), 'B') || kizuna_tsv(s.text, 'D'),
      CASE WHEN s."publishedPrecision" <> 'UNKNOWN' THEN extract(year FROM s."publishedOn")::int END, s."publishedOn", s.status
    FROM "Source" s
    WHERE p_ids IS NULL OR s.id = ANY(p_ids);
  END IF;

  -- The facet counts: recounted in full when everything was rebuilt,
  -- otherwise corrected by what the rebuilt documents took away and added.
  IF p_type IS NULL THEN
    DELETE FROM "SearchFacetCount";
    INSERT INTO "SearchFacetCount" (facet, value, n)
      SELECT f.facet, f.value, count(*) FROM kizuna_facet_rows(NULL, NULL) f GROUP BY 1, 2;
    INSERT INTO "SearchFacetCount" (facet, value, n) VALUES ('total', '', 0) ON CONFLICT DO NOTHING;
  ELSE
    INSERT INTO kz_facet_delta SELECT f.facet, f.value, count(*) FROM kizuna_facet_rows(p_type, p_ids) f GROUP BY 1, 2;
    -- In (facet, value) order, so that concurrent refreshes lock the rows in the same order.
    INSERT INTO "SearchFacetCount" (facet, value, n)
      SELECT d.facet, d.value, sum(d.n) FROM kz_facet_delta d GROUP BY 1, 2 HAVING sum(d.n) <> 0 ORDER BY 1, 2
      ON CONFLICT (facet, value) DO UPDATE SET n = "SearchFacetCount".n + EXCLUDED.n;
    DELETE FROM "SearchFacetCount" c
      WHERE c.n = 0 AND c.facet <> 'total' AND EXISTS (SELECT 1 FROM kz_facet_delta d WHERE d.facet = c.facet AND d.value = c.value);
  END IF;
END;
$$;
