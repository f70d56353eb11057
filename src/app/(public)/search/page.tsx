import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { CertaintyLegend, WithCertainty } from "@/components/date-text";
import { Highlighted } from "@/components/highlighted";
import { SearchBox } from "@/components/search-box";
import { SoftLinks } from "@/components/soft-links";
import { PageHeader } from "@/components/ui";
import { RECORD_TYPE_LABELS } from "@/lib/labels";
import { pageMetadata } from "@/lib/metadata";
import { parseSearchParams, searchQueryString, toggleFacet, type RawParams, type SearchParams } from "@/lib/search-params";
import { search, type FacetValueDTO, type SearchResultDTO } from "@/server/search/queries";

type Props = { searchParams: Promise<RawParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { params } = parseSearchParams(await searchParams);
  const base = pageMetadata(
    params.q ? `“${params.q}” — search` : "Search",
    "Search Europe–Japan agreements, regions, organisations, missions, events and sources by name, sector, place and year.",
    "/search",
  );
  return { ...base, robots: params.q || params.sectors.length ? { index: false } : undefined };
}

export default async function SearchPage({ searchParams }: Props) {
  const { params, ignored } = parseSearchParams(await searchParams);
  const result = await search(params, ignored);
  const p = result.params;
  return (
    <>
      <PageHeader title="Search" lead="Agreements, regions, organisations, missions, events and sources — by name (typos and Japanese welcome), sector, place and year." />
      <form method="get" action="/search" role="search" className="mb-6">
        <Suspense fallback={<input name="q" defaultValue={p.q} aria-label="Search the directory" className="w-full rounded border px-3 py-2" />}>
          <SearchBox initial={p.q} label="Search the directory" />
        </Suspense>
        {hiddenInputs({ ...p, q: "" })}
      </form>

      {result.ignored.length ? (
        <div role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          <p className="font-medium">Part of this search was not used:</p>
          <ul className="list-disc pl-5">{result.ignored.map((m) => <li key={m}>{m}</li>)}</ul>
        </div>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-[18rem_1fr]">
        <Facets result={result} />
        <section aria-labelledby="results-heading" aria-live="polite" className="order-1 lg:order-2">
          <h2 id="results-heading" className="mb-3 text-lg font-semibold">
            {result.total === 0 ? "No results" : `${result.approximate.total ? `About ${about(result.total)}` : result.total.toLocaleString("en")} ${result.total === 1 ? "result" : "results"}`}
            {p.q ? <> for “{result.correctedQuery ?? p.q}”</> : null}
          </h2>
          {result.correctedQuery ? (
            <p className="mb-3 text-sm text-muted">
              Nothing matched “{p.q}” as typed; showing the results for the closest spelling in the directory’s names.
            </p>
          ) : null}
          {result.approximate.total || Object.values(result.approximate.facets).some(Boolean) ? (
            <p className="mb-3 text-sm text-muted">
              Counts marked “about” are estimated from a sample of the results.
              {result.approximate.ranked ? ` Results are ordered among the first ${result.approximate.ranked.toLocaleString("en")} matches.` : ""}
            </p>
          ) : null}
          {result.total === 0 ? <NoResults params={p} /> : <><CertaintyLegend uncited={false} /><Hits result={result} /></>}
          <Pagination result={result} />
        </section>
      </div>
    </>
  );
}

/** An estimated count, to two significant figures: "about 33,000". */
function about(n: number): string {
  if (n < 100) return n.toLocaleString("en");
  const step = 10 ** (Math.floor(Math.log10(n)) - 1);
  return (Math.round(n / step) * step).toLocaleString("en");
}

function hiddenInputs(p: SearchParams) {
  const query = new URLSearchParams(searchQueryString({ ...p, page: 1 }).slice(1));
  return [...query.entries()].filter(([k]) => k !== "q").map(([k, v], i) => <input key={`${k}-${i}`} type="hidden" name={k} value={v} />);
}

function Hits({ result }: { result: SearchResultDTO }) {
  return (
    <ol className="space-y-3">
      {result.hits.map((hit) => (
        <li key={`${hit.type}-${hit.slug}`} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
          <p className="text-xs font-medium uppercase tracking-wide text-accent-dark">{RECORD_TYPE_LABELS[hit.type].one}</p>
          <h3 className="text-lg font-semibold">
            <Link href={hit.href} className="text-ink underline decoration-stone-300 hover:decoration-ink"><Highlighted segments={hit.title} /></Link>
          </h3>
          {hit.contextParts.length ? (
            <p className="text-sm text-muted">
              {hit.contextParts.map((part, i) => (
                <span key={i}>
                  {i > 0 ? " · " : null}
                  <WithCertainty inferredFrom={part.inferredFrom} what={part.what ?? "value"}>{part.text}</WithCertainty>
                </span>
              ))}
            </p>
          ) : null}
          {hit.snippet.length ? <p className="mt-1 text-sm"><Highlighted segments={hit.snippet} /></p> : null}
        </li>
      ))}
    </ol>
  );
}

function NoResults({ params }: { params: SearchParams }) {
  const active = activeFilters(params);
  return (
    <div className="rounded-lg border border-stone-200 bg-white p-4">
      <p>Nothing in the directory matches this search.</p>
      {active.length ? (
        <>
          <p className="mt-2">Try removing a filter:</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {active.map((f) => (
              <li key={f.label}>
                <Link href={`/search${searchQueryString(f.without)}`} className="inline-block rounded-full bg-stone-100 px-3 py-1 text-sm ring-1 ring-stone-300 hover:bg-stone-200">
                  Remove {f.label} <span aria-hidden="true">×</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-2 text-muted">Check the spelling, or try a shorter word, a place or a sector.</p>
      )}
    </div>
  );
}

function activeFilters(p: SearchParams): { label: string; without: SearchParams }[] {
  const out: { label: string; without: SearchParams }[] = [];
  for (const t of p.types) out.push({ label: `type: ${t}`, without: toggleFacet(p, "types", t) });
  for (const s of p.sectors) out.push({ label: `sector: ${s}`, without: toggleFacet(p, "sectors", s) });
  for (const k of p.kinds) out.push({ label: `kind: ${k.toLowerCase().replace(/_/g, " ")}`, without: toggleFacet(p, "kinds", k) });
  for (const s of p.statuses) out.push({ label: `status: ${s.toLowerCase()}`, without: toggleFacet(p, "statuses", s) });
  if (p.side) out.push({ label: `side: ${p.side}`, without: toggleFacet(p, "side", p.side) });
  if (p.country) out.push({ label: `country: ${p.country}`, without: toggleFacet(p, "country", p.country) });
  if (p.region) out.push({ label: `region: ${p.region}`, without: toggleFacet(p, "region", p.region) });
  if (p.from !== undefined || p.to !== undefined) out.push({ label: `years ${p.from ?? "…"}–${p.to ?? "…"}`, without: { ...p, from: undefined, to: undefined, page: 1 } });
  return out;
}

function FacetGroup({ title, values, facet, params }: { title: string; values: FacetValueDTO[]; facet: Parameters<typeof toggleFacet>[1]; params: SearchParams }) {
  if (values.length === 0) return null;
  return (
    <fieldset className="mb-5">
      <legend className="mb-1 font-semibold">{title}</legend>
      <ul className="space-y-0.5 text-sm">
        {values.map((v) => (
          <li key={v.value} className={v.parent ? "pl-4" : undefined}>
            <a
              href={`/search${searchQueryString(toggleFacet(params, facet, v.value))}`}
              aria-current={v.selected ? "true" : undefined}
              className={`flex justify-between gap-2 rounded px-1.5 py-0.5 ${v.selected ? "bg-eu font-medium text-white" : "text-ink hover:bg-stone-100"}`}
            >
              <span>{v.selected ? <span aria-hidden="true">✓ </span> : null}{v.label}</span>
              <span className={v.selected ? "text-white" : "text-muted"} title={v.approximate ? "estimated from a sample of the results" : undefined}>
                {v.approximate ? `about ${about(v.count)}` : v.count.toLocaleString("en")}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function Facets({ result }: { result: SearchResultDTO }) {
  const p = result.params;
  const f = result.facets;
  const years = f.year.map((y) => Number(y.value));
  const select = "mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-1";
  return (
    <aside aria-label="Filters" className="order-2 lg:order-1">
      <details open className="rounded-lg border border-stone-200 bg-white p-4">
        <summary className="cursor-pointer font-semibold">Filters</summary>
        {/* Plain links, navigated client-side by one listener (see SoftLinks). */}
        <SoftLinks className="mt-3">
          <FacetGroup title="Record type" facet="types" params={p} values={f.type} />
          <FacetGroup title="Sector" facet="sectors" params={p} values={f.sector} />
          <FacetGroup title="Side" facet="side" params={p} values={f.side} />
          <FacetGroup title="Country" facet="country" params={p} values={f.country} />
          <FacetGroup title="Region" facet="region" params={p} values={f.region} />
          <FacetGroup title="Agreement kind" facet="kinds" params={p} values={f.kind} />
          <FacetGroup title="Agreement status" facet="statuses" params={p} values={f.status} />
          {years.length || p.from !== undefined || p.to !== undefined ? (
            <form method="get" action="/search" className="mb-2">
              <fieldset>
                <legend className="mb-1 font-semibold">Year</legend>
                {hiddenInputs({ ...p, from: undefined, to: undefined })}
                {p.q ? <input type="hidden" name="q" value={p.q} /> : null}
                <div className="grid grid-cols-2 gap-2 text-sm">
                  <label>From
                    <select name="from" defaultValue={p.from ?? ""} className={select}>
                      <option value="">any</option>
                      {[...years].reverse().map((y) => <option key={y} value={y}>{y}</option>)}
                    </select>
                  </label>
                  <label>To
                    <select name="to" defaultValue={p.to ?? ""} className={select}>
                      <option value="">any</option>
                      {years.map((y) => <option key={y} value={y}>{y}</option>)}
                    </select>
                  </label>
                </div>
                <p className="mt-1 text-xs text-muted">
                  {f.year.slice(0, 6).map((y) => `${y.label}: ${y.approximate ? `about ${about(y.count)}` : y.count}`).join(" · ")}
                </p>
                <p className="mt-1 text-xs text-muted">A year counts the dates the sources state and those inferred from them; each result marks its inferred date.</p>
                <button type="submit" className="mt-2 rounded border border-eu px-3 py-1 text-sm text-eu hover:bg-blue-50">Apply years</button>
              </fieldset>
            </form>
          ) : null}
        </SoftLinks>
      </details>
    </aside>
  );
}

function Pagination({ result }: { result: SearchResultDTO }) {
  if (result.pageCount <= 1) return null;
  const p = result.params;
  return (
    <nav aria-label="Pages" className="mt-6 flex items-center gap-4">
      {result.page > 1 ? <Link href={`/search${searchQueryString({ ...p, page: result.page - 1 })}`} className="text-eu underline">Previous page</Link> : null}
      <span className="text-muted">Page {result.page} of {result.pageCount.toLocaleString("en")}</span>
      {result.page < result.pageCount ? <Link href={`/search${searchQueryString({ ...p, page: result.page + 1 })}`} className="text-eu underline">Next page</Link> : null}
    </nav>
  );
}
