import "server-only";
// For the "paste a source and cite a passage" screen: which records of the
// directory a pasted text mentions, and which dates it gives.
import { findDates, type FoundDate } from "@/lib/admin/find-dates";
import { SOURCE_TEXT_MAX } from "@/lib/admin/forms/source";
import { db } from "../db";

export type Mention = { id: number; name: string; slug: string };
export type Mentions = { regions: Mention[]; organisations: Mention[]; people: Mention[]; sectors: Mention[]; dates: FoundDate[] };

/** Names of up to this many words are matched as word sequences (longer ones by substring). */
const MAX_WORDS = 12;
const leads = Array.from({ length: MAX_WORDS - 1 }, (_, i) => `lead(w, ${i + 1}) OVER o AS l${i + 1}`).join(", ");
const grams = Array.from({ length: MAX_WORDS }, (_, k) => ["w", ...Array.from({ length: k }, (_, i) => `l${i + 1}`)].join(" || ' ' || ")).join(", ");
const nameAndLocalNames = (alias: string) => `LATERAL (SELECT ${alias}.name UNION ALL SELECT v FROM jsonb_each_text(${alias}."localNames") AS j(k, v)) AS n(term)`;

/*
 * Matching is done in PostgreSQL with the search's own folding (kizuna_norm:
 * case and accents), on every region, organisation, person and sector not in
 * the trash: their names, local names (京都府), French names and synonyms.
 *
 * - Names in Latin letters match whole words only ("Lyon" is not found in
 *   "Lyonbiopôle"): the text is cut into word sequences of up to MAX_WORDS
 *   words and joined to the names by equality (a hash join, so the cost grows
 *   with the text plus the directory, not their product). At least 3 letters.
 * - Names in other scripts (Japanese has no spaces between words) match as
 *   substrings of the text. At least 2 characters (京都).
 * - Regions are also matched without "Prefecture", "préfecture de", 府, 県, 都, 市
 *   ("Kyoto" and 京都 mention Kyoto Prefecture); organisations by the parts of
 *   a dashed name, without "(JETRO)" or "Inc.", and by their acronym (JETRO).
 */
const MENTIONS_SQL = String.raw`
WITH input AS (
  SELECT t.norm, ' ' || btrim(regexp_replace(t.norm, '[^a-z0-9]+', ' ', 'g')) || ' ' AS tokens FROM (SELECT kizuna_norm($1::text) AS norm) t
),
words AS (
  SELECT x.w, x.n FROM input, regexp_split_to_table(btrim(input.tokens), ' ') WITH ORDINALITY AS x(w, n) WHERE x.w <> ''
),
grams AS (
  SELECT DISTINCT g FROM (SELECT w, ${leads} FROM words WINDOW o AS (ORDER BY n)) t, unnest(ARRAY[${grams}]) AS g WHERE g IS NOT NULL
),
names AS (
  SELECT 'region' AS kind, r.id, r.name, r.slug, n.term FROM "Region" r, ${nameAndLocalNames("r")} WHERE r.status <> 'TRASHED'
  UNION ALL
  SELECT 'organisation', o.id, o.name, o.slug, n.term FROM "Organisation" o, ${nameAndLocalNames("o")} WHERE o.status <> 'TRASHED'
  UNION ALL
  SELECT 'person', p.id, p.name, p.slug, n.term FROM "Person" p, ${nameAndLocalNames("p")} WHERE p.status <> 'TRASHED'
  UNION ALL
  SELECT 'sector', s.id, s.name, s.slug, n.term FROM "Sector" s,
    LATERAL (SELECT s.name UNION ALL SELECT s."nameFr" UNION ALL SELECT unnest(s.synonyms)) AS n(term) WHERE s.status <> 'TRASHED'
),
-- Organisations are also written by the parts of a dashed name ("TUBA – Tube à expérimentations urbaines"),
-- without a trailing "(JETRO)" or "Inc.", and by the acronym in brackets.
org_parts AS (
  SELECT kind, id, name, slug, btrim(p) AS term FROM names, regexp_split_to_table(names.term, '\s+[–—-]\s+') AS p WHERE kind = 'organisation'
),
terms AS (
  SELECT kind, id, name, slug, term FROM names
  UNION
  SELECT kind, id, name, slug, term FROM org_parts
  UNION
  SELECT kind, id, name, slug, regexp_replace(regexp_replace(term, '\s*\([^()]*\)\s*$', ''), ',?\s+(inc\.?|ltd\.?|srl|s\.?r\.?l\.?|k\.?k\.?|gmbh|ag|s\.?a\.?s?\.?)$', '', 'i') FROM org_parts
  UNION
  SELECT kind, id, name, slug, substring(term FROM '\(([A-Z0-9][A-Z0-9&.-]+)\)') FROM org_parts
),
normed AS (
  SELECT kind, id, name, slug, kizuna_norm(term) AS v FROM terms WHERE term IS NOT NULL
),
-- Regions are also written without "Prefecture", "préfecture de", 府, 県, 都, 市: "Kyoto", 京都.
variants AS (
  SELECT kind, id, name, slug, v FROM normed
  UNION
  SELECT kind, id, name, slug,
    regexp_replace(regexp_replace(v, '^prefecture (de |d''|of )| (prefecture|metropolis|city)$', ''), '^(..+)[都道府県市]$', '\1')
  FROM normed WHERE kind = 'region'
),
-- Names in Latin letters (punctuation aside) are matched by words; others by substring.
keyed AS (
  SELECT kind, id, name, slug, v,
    CASE WHEN octet_length(p) = length(p) THEN btrim(regexp_replace(v, '[^a-z0-9]+', ' ', 'g')) END AS key
  FROM variants, LATERAL (SELECT translate(v, '–—‘’“”«»…·', '') AS p) AS ascii
)
SELECT DISTINCT k.kind, k.id, k.name, k.slug, CASE WHEN k.key IS NULL THEN btrim(k.v) END AS term FROM keyed k
WHERE (k.key IS NOT NULL AND length(k.key) >= 3 AND k.key IN (SELECT g FROM grams))
   OR (k.key IS NOT NULL AND length(k.key) - length(replace(k.key, ' ', '')) >= ${MAX_WORDS}
       AND position(' ' || k.key || ' ' IN (SELECT tokens FROM input)) > 0)
   OR (k.key IS NULL AND length(btrim(k.v)) >= 2 AND position(btrim(k.v) IN (SELECT norm FROM input)) > 0)
ORDER BY k.kind, k.name, k.id`;

type Row = Mention & { kind: "region" | "organisation" | "person" | "sector"; term: string | null };

/**
 * Japanese names matched as substrings: an occurrence that begins inside
 * another matched name does not count (京都 in 東京都 is Tokyo, not Kyoto);
 * one that begins with it does (京都府 in 京都府議会).
 */
function dropInnerMatches(rows: Row[], norm: string): Row[] {
  const occurrences: { row: Row; start: number; end: number }[] = [];
  for (const row of rows) {
    if (!row.term) continue;
    for (let at = norm.indexOf(row.term); at !== -1; at = norm.indexOf(row.term, at + 1)) occurrences.push({ row, start: at, end: at + row.term.length });
  }
  occurrences.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = new Set<Row>();
  let reach = -1; // the furthest end of the occurrences that began before this one
  let i = 0;
  while (i < occurrences.length) {
    const start = occurrences[i].start;
    let j = i;
    for (; j < occurrences.length && occurrences[j].start === start; j++) {
      if (reach <= start) kept.add(occurrences[j].row);
    }
    for (let k = i; k < j; k++) reach = Math.max(reach, occurrences[k].end);
    i = j;
  }
  return rows.filter((row) => !row.term || kept.has(row));
}

/** The regions, organisations, people and sectors of the directory a text mentions, and the dates it gives. */
export async function suggestMentions(text: string): Promise<Mentions> {
  // PostgreSQL text cannot hold NUL.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what is replaced
  const input = text.slice(0, SOURCE_TEXT_MAX).replace(/\u0000/g, " ");
  const empty = { regions: [], organisations: [], people: [], sectors: [], dates: [] };
  if (!input.trim()) return empty;
  const [rows, [{ norm }]] = await Promise.all([
    db().$queryRawUnsafe<Row[]>(MENTIONS_SQL, input),
    db().$queryRaw<{ norm: string }[]>`SELECT kizuna_norm(${input}::text) AS norm`,
  ]);
  const mentioned = dropInnerMatches(rows, norm);
  const of = (kind: Row["kind"]) => {
    const seen = new Set<number>();
    return mentioned.filter((r) => r.kind === kind && !seen.has(r.id) && seen.add(r.id)).map(({ id, name, slug }) => ({ id, name, slug }));
  };
  return { regions: of("region"), organisations: of("organisation"), people: of("person"), sectors: of("sector"), dates: findDates(input) };
}
