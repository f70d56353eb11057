import type { Metadata } from "next";
import { CertaintyLegend, WithCertainty } from "@/components/date-text";
import { NoSourceMark, PageHeader, RecordLink, SideBadge } from "@/components/ui";
import { label, ORGANISATION_KIND_LABELS } from "@/lib/labels";
import { pageMetadata } from "@/lib/metadata";
import { listOrganisations } from "@/server/organisations/queries";

export const metadata: Metadata = pageMetadata("Organisations", "Clusters, agencies, companies, universities, government bodies and chambers taking part in Europe–Japan regional cooperation.", "/organisations");

export default async function OrganisationsPage() {
  const organisations = await listOrganisations();
  return (
    <>
      <PageHeader title="Organisations" lead="Clusters, agencies, companies, universities, government bodies and chambers in the directory." />
      <CertaintyLegend />
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-left">
          <caption className="sr-only">Organisations, with their kind and home region</caption>
          <thead className="bg-stone-50 text-sm text-muted">
            <tr>
              <th scope="col" className="px-4 py-2 font-medium">Name</th>
              <th scope="col" className="px-4 py-2 font-medium">Kind</th>
              <th scope="col" className="px-4 py-2 font-medium">Based in</th>
            </tr>
          </thead>
          <tbody>
            {organisations.map((o) => (
              <tr key={o.slug} className="border-t border-stone-100">
                <td className="px-4 py-2"><RecordLink type="organisation" slug={o.slug}>{o.name}</RecordLink><NoSourceMark cited={o.cited} /></td>
                <td className="px-4 py-2 text-muted">{label(ORGANISATION_KIND_LABELS, o.kind)}</td>
                <td className="px-4 py-2">
                  {o.homeRegion ? (
                    <span className="flex flex-wrap items-center gap-2">
                      <WithCertainty inferredFrom={o.homeRegion.inferredFrom} what="place">
                        <RecordLink type="region" slug={o.homeRegion.slug}>{o.homeRegion.name}</RecordLink>
                      </WithCertainty>
                      <SideBadge side={o.homeRegion.side} />
                    </span>
                  ) : (
                    <span className="italic text-muted">not stated</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
