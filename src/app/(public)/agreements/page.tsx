import type { Metadata } from "next";
import Link from "next/link";
import { CertaintyLegend } from "@/components/date-text";
import { AgreementList } from "@/components/records";
import { PageHeader } from "@/components/ui";
import { agreementFiltersQuery, parseAgreementFilters, type AgreementFilters, type RawSearchParams } from "@/lib/agreement-filters";
import { AGREEMENT_KIND_LABELS, countryName } from "@/lib/labels";
import { pageMetadata } from "@/lib/metadata";
import { agreementFilterOptions, listAgreements } from "@/server/agreements/queries";

export const metadata: Metadata = pageMetadata(
  "Agreements",
  "Cooperation agreements, memoranda, joint declarations and contracts between European and Japanese regions and organisations, filterable by region, country, sector, kind and year.",
  "/agreements",
);

type Props = { searchParams: Promise<RawSearchParams> };

const FILTER_NAMES: Record<string, string> = { region: "region", country: "country", sector: "sector", kind: "kind", year: "year", page: "page" };

export default async function AgreementsPage({ searchParams }: Props) {
  const { filters, ignored } = parseAgreementFilters(await searchParams);
  const [list, options] = await Promise.all([listAgreements(filters), agreementFilterOptions()]);
  const active = (Object.keys(filters) as (keyof AgreementFilters)[]).filter((k) => k !== "page");
  const select = "mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-1.5";
  return (
    <>
      <PageHeader title="Agreements" lead="Agreements between European and Japanese regions and organisations. Filter by region, country, sector, kind or the year signed." />

      <form method="get" action="/agreements" className="mb-6 grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6" aria-label="Filter agreements">
        <label className="lg:col-span-2">
          <span className="text-sm font-medium">Region</span>
          <select name="region" defaultValue={filters.region ?? ""} className={select}>
            <option value="">Any region</option>
            {options.regions.map((r) => <option key={r.slug} value={r.slug}>{r.name}</option>)}
          </select>
        </label>
        <label>
          <span className="text-sm font-medium">Country</span>
          <select name="country" defaultValue={filters.country ?? ""} className={select}>
            <option value="">Any country</option>
            {options.countries.map((c) => <option key={c} value={c}>{countryName(c)}</option>)}
          </select>
        </label>
        <label>
          <span className="text-sm font-medium">Sector</span>
          <select name="sector" defaultValue={filters.sector ?? ""} className={select}>
            <option value="">Any sector</option>
            {options.sectors.filter((s) => s.parentSlug === null).map((parent) => (
              <optgroup key={parent.slug} label={parent.name}>
                <option value={parent.slug}>{parent.name} (all themes)</option>
                {options.sectors.filter((s) => s.parentSlug === parent.slug).map((s) => <option key={s.slug} value={s.slug}>{s.name}</option>)}
              </optgroup>
            ))}
          </select>
        </label>
        <label>
          <span className="text-sm font-medium">Kind</span>
          <select name="kind" defaultValue={filters.kind ?? ""} className={select}>
            <option value="">Any kind</option>
            {Object.entries(AGREEMENT_KIND_LABELS).map(([value, text]) => <option key={value} value={value}>{text}</option>)}
          </select>
        </label>
        <label>
          <span className="text-sm font-medium">Year signed</span>
          <select name="year" defaultValue={filters.year ? String(filters.year) : ""} className={select}>
            <option value="">Any year</option>
            {options.years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
          <span className="mt-1 block text-xs text-muted">stated or inferred; each agreement marks an inferred date</span>
        </label>
        <div className="flex items-end gap-3 sm:col-span-2 lg:col-span-6">
          <button type="submit" className="rounded bg-eu px-4 py-2 font-medium text-white hover:bg-blue-900">Apply filters</button>
          {active.length ? <Link href="/agreements" className="text-eu underline">Clear filters</Link> : null}
        </div>
      </form>

      {ignored.length || list.ignored.length ? (
        <div role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
          {ignored.length ? <p>Ignored a filter value that is not valid: {ignored.map((k) => FILTER_NAMES[k] ?? k).join(", ")}.</p> : null}
          {list.ignored.map((message) => <p key={message}>Ignored a filter: {message}.</p>)}
        </div>
      ) : null}

      <p className="mb-3 text-muted" aria-live="polite">
        {list.total} {list.total === 1 ? "agreement" : "agreements"}
        {active.length ? " match these filters" : ""}.
      </p>
      <CertaintyLegend />
      <AgreementList agreements={list.items} empty="No agreement matches these filters. Try removing one." />

      {list.pageCount > 1 ? (
        <nav aria-label="Pages" className="mt-6 flex items-center gap-4">
          {list.page > 1 ? <Link href={`/agreements${agreementFiltersQuery({ ...filters, page: list.page - 1 })}`} className="text-eu underline">Previous page</Link> : null}
          <span className="text-muted">Page {list.page} of {list.pageCount}</span>
          {list.page < list.pageCount ? <Link href={`/agreements${agreementFiltersQuery({ ...filters, page: list.page + 1 })}`} className="text-eu underline">Next page</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
