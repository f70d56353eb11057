-- Which regions and organisations each agreement, mission and event involves,
-- and how: the one definition of "involves a region" (issue 9), used by the
-- region and pair pages (src/server/scope.ts), the partner regions, and the
-- search documents' region, country and side facets (kizuna_search_refresh),
-- so that a region page's counts and the search it links to agree.
--
-- One row per link. A link through an organisation names it and gives its
-- home region (NULL when it has none). The region is the one linked itself:
-- a record involves a region when some link's region is that region or lies
-- within it.
--   agreement  'party'       a party (kizuna_is_party: a signatory or a
--                            partner, not a witness) that is the region, or an
--                            organisation based in it;
--   mission    'origin'      came from it: its origin region, or the home
--                            region of the organisation that sent it;
--              'destination' went to it;
--              'visited'     a region among its participants: one the
--                            delegation visited or met there. Not the home
--                            regions of its participant organisations.
--   event      'place'       took place in it (its city);
--              'organiser'   came from it: organised or hosted by it, or by an
--                            organisation based in it. An event has no origin
--                            of its own, and a mission's events (a trade fair
--                            it went to) do not come from the mission's origin.
-- Records of every status: callers keep the published ones. A plain SQL
-- function (not STRICT, no SET), so that PostgreSQL inlines it and pushes a
-- caller's filter on region_id, organisation_id or record_id down to the
-- tables' indexes; a party or organiser that is a region and one that is an
-- organisation are separate branches for that reason (each column its own).
CREATE OR REPLACE FUNCTION kizuna_involvements(p_type "SearchRecordType" DEFAULT NULL, p_ids integer[] DEFAULT NULL)
  RETURNS TABLE (record_type "SearchRecordType", record_id integer, link text, region_id integer, organisation_id integer)
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
  SELECT 'AGREEMENT'::"SearchRecordType", ap."agreementId", 'party', ap."regionId", NULL::integer
  FROM "AgreementParty" ap
  WHERE ap."regionId" IS NOT NULL AND kizuna_is_party(ap.role) AND coalesce(p_type = 'AGREEMENT', true) AND (p_ids IS NULL OR ap."agreementId" = ANY(p_ids))
  UNION ALL
  SELECT 'AGREEMENT', ap."agreementId", 'party', o."homeRegionId", ap."organisationId"
  FROM "AgreementParty" ap JOIN "Organisation" o ON o.id = ap."organisationId"
  WHERE kizuna_is_party(ap.role) AND coalesce(p_type = 'AGREEMENT', true) AND (p_ids IS NULL OR ap."agreementId" = ANY(p_ids))
  UNION ALL
  SELECT 'MISSION', m.id, 'origin', m."originRegionId", NULL
  FROM "Mission" m
  WHERE m."originRegionId" IS NOT NULL AND coalesce(p_type = 'MISSION', true) AND (p_ids IS NULL OR m.id = ANY(p_ids))
  UNION ALL
  SELECT 'MISSION', m.id, 'origin', o."homeRegionId", m."originOrganisationId"
  FROM "Mission" m JOIN "Organisation" o ON o.id = m."originOrganisationId"
  WHERE coalesce(p_type = 'MISSION', true) AND (p_ids IS NULL OR m.id = ANY(p_ids))
  UNION ALL
  SELECT 'MISSION', m.id, 'destination', m."destinationRegionId", NULL
  FROM "Mission" m
  WHERE m."destinationRegionId" IS NOT NULL AND coalesce(p_type = 'MISSION', true) AND (p_ids IS NULL OR m.id = ANY(p_ids))
  UNION ALL
  SELECT 'MISSION', mp."missionId", 'visited', mp."regionId", NULL
  FROM "MissionParticipant" mp
  WHERE mp."regionId" IS NOT NULL AND coalesce(p_type = 'MISSION', true) AND (p_ids IS NULL OR mp."missionId" = ANY(p_ids))
  UNION ALL
  SELECT 'EVENT', e.id, 'place', e."cityRegionId", NULL
  FROM "Event" e
  WHERE e."cityRegionId" IS NOT NULL AND coalesce(p_type = 'EVENT', true) AND (p_ids IS NULL OR e.id = ANY(p_ids))
  UNION ALL
  SELECT 'EVENT', ep."eventId", 'organiser', ep."regionId", NULL
  FROM "EventParticipant" ep
  WHERE ep."regionId" IS NOT NULL AND ep.role IN ('ORGANISER', 'HOST') AND coalesce(p_type = 'EVENT', true) AND (p_ids IS NULL OR ep."eventId" = ANY(p_ids))
  UNION ALL
  SELECT 'EVENT', ep."eventId", 'organiser', o."homeRegionId", ep."organisationId"
  FROM "EventParticipant" ep JOIN "Organisation" o ON o.id = ep."organisationId"
  WHERE ep.role IN ('ORGANISER', 'HOST') AND coalesce(p_type = 'EVENT', true) AND (p_ids IS NULL OR ep."eventId" = ANY(p_ids))
$$;
