-- Search (issue 3): one derived document per public record, kept in
-- "SearchDocument" and rebuilt by kizuna_search_refresh(). The table is not in
-- schema.prisma on purpose: like an index, it is derived from the relational
-- tables and only read and written through SQL (src/server/search/).

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Accent-insensitive stemming for English and French words.
CREATE TEXT SEARCH CONFIGURATION kizuna_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION kizuna_en ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION kizuna_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION kizuna_fr ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

-- Lower-case, accent-free text for trigram matching of names ("Lyonbiopôle" -> "lyonbiopole").
CREATE FUNCTION kizuna_norm(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- English and French stems of the same text, so "biotechnologies" finds "biotechnology".
CREATE FUNCTION kizuna_tsv(text, "char") RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT setweight(to_tsvector('kizuna_en', coalesce($1, '')), $2) || setweight(to_tsvector('kizuna_fr', coalesce($1, '')), $2) $$;

CREATE FUNCTION kizuna_tsq(text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT websearch_to_tsquery('kizuna_en', $1) || websearch_to_tsquery('kizuna_fr', $1) $$;

-- "8 November 2016", "November 2016", "2016" or "date not stated", as the precision allows.
CREATE FUNCTION kizuna_date_text(d date, p "DatePrecision") RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT CASE p WHEN 'DAY' THEN to_char(d, 'FMDD FMMonth YYYY') WHEN 'MONTH' THEN to_char(d, 'FMMonth YYYY')
                      WHEN 'YEAR' THEN to_char(d, 'YYYY') ELSE 'date not stated' END $$;

-- For a record's sectors: their ids with each theme's ecosystem added (the
-- facet), and their names, French names and synonyms (the searchable words).
CREATE FUNCTION kizuna_sector_terms(p_ids integer[], OUT ids integer[], OUT words text)
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT array_agg(DISTINCT x.id), string_agg(DISTINCT x.words, ' ')
        FROM "Sector" sc
        CROSS JOIN LATERAL (VALUES (sc.id, concat_ws(' ', sc.name, sc."nameFr", array_to_string(sc.synonyms, ' '))), (sc."parentId", NULL)) AS x(id, words)
        WHERE sc.id = ANY(p_ids) AND x.id IS NOT NULL $$;

CREATE TYPE "SearchRecordType" AS ENUM ('AGREEMENT', 'REGION', 'ORGANISATION', 'MISSION', 'EVENT', 'SOURCE');

CREATE TABLE "SearchDocument" (
    "recordType" "SearchRecordType" NOT NULL,
    "recordId" INTEGER NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    -- One line shown under the title: parties and date, country, kind…
    "context" TEXT NOT NULL DEFAULT '',
    -- The text snippets are cut from (summary, commitments…).
    "body" TEXT NOT NULL DEFAULT '',
    -- Normalised names for typo-tolerant matching (title and local names; kept short, as
    -- trigram similarity is computed on every candidate row).
    "names" TEXT NOT NULL,
    "document" tsvector NOT NULL,
    -- Facets. Sector ids include each theme's ecosystem; region ids include every ancestor.
    "sectorIds" INTEGER[] NOT NULL DEFAULT '{}',
    "regionIds" INTEGER[] NOT NULL DEFAULT '{}',
    "countries" TEXT[] NOT NULL DEFAULT '{}',
    "sides" TEXT[] NOT NULL DEFAULT '{}',
    "agreementKind" "AgreementKind",
    "agreementStatus" "AgreementStatus",
    "year" INTEGER,
    "sortDate" DATE,
    "status" "RecordStatus" NOT NULL,
    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("recordType", "recordId")
);

CREATE INDEX "SearchDocument_document_idx" ON "SearchDocument" USING GIN ("document");
CREATE INDEX "SearchDocument_names_trgm_idx" ON "SearchDocument" USING GIN ("names" gin_trgm_ops);
CREATE INDEX "SearchDocument_sectorIds_idx" ON "SearchDocument" USING GIN ("sectorIds");
CREATE INDEX "SearchDocument_regionIds_idx" ON "SearchDocument" USING GIN ("regionIds");
CREATE INDEX "SearchDocument_countries_idx" ON "SearchDocument" USING GIN ("countries");
CREATE INDEX "SearchDocument_type_date_idx" ON "SearchDocument" ("recordType", "sortDate" DESC NULLS LAST);
CREATE INDEX "SearchDocument_year_idx" ON "SearchDocument" ("year");

-- Facet counts over every published document, for searches with no text and
-- no other filter (the landing page, a single facet): counting a million rows
-- on every request is what made those slow. Rebuilt with the documents.
CREATE TABLE "SearchFacetCount" (
    "facet" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    CONSTRAINT "SearchFacetCount_pkey" PRIMARY KEY ("facet", "value")
);

CREATE INDEX "SearchDocument_sortDate_idx" ON "SearchDocument" ("sortDate" DESC NULLS LAST, title, "recordId");

-- Rebuilds the search documents of the given records (all of them when p_ids
-- is NULL) from the relational tables, in one set-based statement per type.
CREATE FUNCTION kizuna_search_refresh(p_type "SearchRecordType" DEFAULT NULL, p_ids INTEGER[] DEFAULT NULL) RETURNS void
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

  IF p_type IS NULL OR p_type = 'AGREEMENT' THEN
    DELETE FROM "SearchDocument" d WHERE d."recordType" = 'AGREEMENT' AND (p_ids IS NULL OR d."recordId" = ANY(p_ids));
    INSERT INTO "SearchDocument" ("recordType", "recordId", slug, title, context, body, names, document, "sectorIds", "regionIds", countries, sides, "agreementKind", "agreementStatus", year, "sortDate", status)
    SELECT 'AGREEMENT', a.id, a.slug, a.title,
      concat_ws(' · ', p.party_names, kizuna_date_text(a."signedOn", a."signedPrecision")),
      concat_ws(' ', a.summary, array_to_string(a.commitments, ' ')),
      kizuna_norm(concat_ws(' ', a.title, a."titleOriginal", p.local_names)),
      kizuna_tsv(concat_ws(' ', a.title, a."titleOriginal"), 'A')
        || kizuna_tsv(concat_ws(' ', p.all_names, p.local_names, s.words), 'B')
        || kizuna_tsv(concat_ws(' ', a.summary, array_to_string(a.commitments, ' '), sig.names, m.title, e.name, pl.name), 'C'),
      coalesce(s.ids, '{}'), coalesce(pr.region_ids, '{}'), coalesce(pr.countries, '{}'), coalesce(pr.sides, '{}'),
      a.kind, a."agreementStatus",
      CASE WHEN a."signedPrecision" <> 'UNKNOWN' THEN extract(year FROM a."signedOn")::int END,
      a."signedOn", a.status
    FROM "Agreement" a
    LEFT JOIN LATERAL (
      SELECT string_agg(coalesce(r.name, o.name), ', ' ORDER BY ap.position) FILTER (WHERE ap.role IN ('SIGNATORY', 'PARTNER')) AS party_names,
             string_agg(coalesce(r.name, o.name), ' ' ORDER BY ap.position) AS all_names,
             string_agg((SELECT string_agg(v, ' ') FROM jsonb_each_text(coalesce(r."localNames", o."localNames")) AS x(k, v)), ' ') AS local_names
      FROM "AgreementParty" ap
      LEFT JOIN "Region" r ON r.id = ap."regionId"
      LEFT JOIN "Organisation" o ON o.id = ap."organisationId"
      WHERE ap."agreementId" = a.id
    ) p ON true
    LEFT JOIN LATERAL (
      SELECT array_agg(DISTINCT up.ancestor) AS region_ids, array_agg(DISTINCT reg.country::text) AS countries, array_agg(DISTINCT reg.side::text) AS sides
      FROM "AgreementParty" ap
      LEFT JOIN "Organisation" o ON o.id = ap."organisationId"
      JOIN "Region" reg ON reg.id = coalesce(ap."regionId", o."homeRegionId")
      JOIN kz_region_up up ON up.id = reg.id
      WHERE ap."agreementId" = a.id
    ) pr ON true
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
    LEFT JOIN LATERAL (
      SELECT array_agg(DISTINCT up.ancestor) AS ids, array_agg(DISTINCT reg.country::text) AS countries, array_agg(DISTINCT reg.side::text) AS sides
      FROM "Region" reg JOIN kz_region_up up ON up.id = reg.id
      WHERE reg.id IN (m."originRegionId", m."destinationRegionId", oo."homeRegionId")
    ) rg ON true
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
    LEFT JOIN LATERAL (
      SELECT array_agg(DISTINCT up.ancestor) AS ids, array_agg(DISTINCT reg.country::text) AS countries, array_agg(DISTINCT reg.side::text) AS sides
      FROM (SELECT e."cityRegionId" AS id UNION SELECT coalesce(ep."regionId", o."homeRegionId") FROM "EventParticipant" ep
            LEFT JOIN "Organisation" o ON o.id = ep."organisationId" WHERE ep."eventId" = e.id) ids
      JOIN "Region" reg ON reg.id = ids.id JOIN kz_region_up up ON up.id = reg.id
    ) rg ON true
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

  DELETE FROM "SearchFacetCount";
  INSERT INTO "SearchFacetCount" (facet, value, n)
    SELECT 'total', '', count(*) FROM "SearchDocument" WHERE status = 'PUBLISHED'
    UNION ALL SELECT 'type', lower("recordType"::text), count(*) FROM "SearchDocument" WHERE status = 'PUBLISHED' GROUP BY 2
    UNION ALL SELECT 'sector', v::text, count(*) FROM "SearchDocument", unnest("sectorIds") v WHERE status = 'PUBLISHED' GROUP BY 2
    UNION ALL SELECT 'side', v, count(*) FROM "SearchDocument", unnest(sides) v WHERE status = 'PUBLISHED' GROUP BY 2
    UNION ALL SELECT 'country', v, count(*) FROM "SearchDocument", unnest(countries) v WHERE status = 'PUBLISHED' GROUP BY 2
    UNION ALL SELECT 'region', v::text, count(*) FROM "SearchDocument", unnest("regionIds") v WHERE status = 'PUBLISHED' GROUP BY 2
    UNION ALL SELECT 'kind', "agreementKind"::text, count(*) FROM "SearchDocument" WHERE status = 'PUBLISHED' AND "agreementKind" IS NOT NULL GROUP BY 2
    UNION ALL SELECT 'status', "agreementStatus"::text, count(*) FROM "SearchDocument" WHERE status = 'PUBLISHED' AND "agreementStatus" IS NOT NULL GROUP BY 2
    UNION ALL SELECT 'year', year::text, count(*) FROM "SearchDocument" WHERE status = 'PUBLISHED' AND year IS NOT NULL GROUP BY 2;
END;
$$;

-- Index what is already in the database.
SELECT kizuna_search_refresh();
