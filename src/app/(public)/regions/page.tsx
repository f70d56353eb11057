import type { Metadata } from "next";
import { CertaintyLegend } from "@/components/date-text";
import { NoSourceMark, PageHeader, RecordLink, Section } from "@/components/ui";
import { countryName, label, REGION_KIND_LABELS } from "@/lib/labels";
import { groupBy } from "@/lib/collections";
import { pageMetadata } from "@/lib/metadata";
import { listRegions, type RegionSummaryDTO } from "@/server/regions/queries";

export const metadata: Metadata = pageMetadata(
  "Regions",
  "European and Japanese countries, regions, prefectures and cities in the directory, grouped by side and country.",
  "/regions",
);

const SIDES = [
  ["EUROPE", "Europe"],
  ["JAPAN", "Japan"],
  ["ELSEWHERE", "Elsewhere"],
] as const;

export default async function RegionsPage() {
  const regions = await listRegions();
  return (
    <>
      <PageHeader title="Regions" lead="Countries, regions, prefectures and cities that appear in the directory, grouped by side and country." />
      <CertaintyLegend />
      <div className="grid gap-8 lg:grid-cols-2">
        {SIDES.map(([side, title]) => {
          const onSide = regions.filter((r) => r.side === side);
          if (onSide.length === 0) return null;
          const byCountry = groupBy(onSide, (r) => r.country);
          return (
            <Section key={side} title={title} count={onSide.length}>
              {[...byCountry.entries()]
                .sort(([a], [b]) => countryName(a).localeCompare(countryName(b)))
                .map(([country, list]) => (
                  <div key={country} className="mb-5">
                    <h3 className="mb-2 font-semibold">{countryName(country)}</h3>
                    <RegionTree regions={list} />
                  </div>
                ))}
            </Section>
          );
        })}
      </div>
    </>
  );
}

/** Regions of one country, nested under their parents (France ⊃ Auvergne-Rhône-Alpes ⊃ Lyon). */
function RegionTree({ regions }: { regions: RegionSummaryDTO[] }) {
  const slugs = new Set(regions.map((r) => r.slug));
  const roots = regions.filter((r) => !r.parentSlug || !slugs.has(r.parentSlug));
  const render = (items: RegionSummaryDTO[]) => (
    <ul className="ml-4 list-disc space-y-1 marker:text-stone-400">
      {items.map((r) => {
        const children = regions.filter((c) => c.parentSlug === r.slug);
        return (
          <li key={r.slug}>
            <RecordLink type="region" slug={r.slug}>{r.name}</RecordLink>
            {r.localNames.ja ? <span lang="ja" className="ml-1 text-muted">{r.localNames.ja}</span> : null}
            <span className="ml-1 text-sm text-muted">· {label(REGION_KIND_LABELS, r.kind)}</span>
            <NoSourceMark cited={r.cited} />
            {children.length ? render(children) : null}
          </li>
        );
      })}
    </ul>
  );
  return render(roots);
}
