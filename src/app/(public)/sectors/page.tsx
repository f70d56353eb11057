import type { Metadata } from "next";
import { PageHeader, RecordLink } from "@/components/ui";
import { pageMetadata } from "@/lib/metadata";
import { sectorTree } from "@/server/sectors/queries";

export const metadata: Metadata = pageMetadata("Sectors", "The EU's 14 industrial ecosystems and the finer themes below them, with the agreements in each.", "/sectors");

export default async function SectorsPage() {
  const tree = await sectorTree();
  return (
    <>
      <PageHeader title="Sectors" lead="The EU's 14 industrial ecosystems, and below them the finer themes the sources use. Counts are agreements." />
      <ul className="grid gap-4 md:grid-cols-2">
        {tree.map((s) => (
          <li key={s.slug} className="rounded-lg border border-stone-200 bg-white p-4">
            <h2 className="font-semibold">
              <RecordLink type="sector" slug={s.slug}>{s.name}</RecordLink>
              <span className="ml-2 text-sm font-normal text-muted">{s.agreementCount} {s.agreementCount === 1 ? "agreement" : "agreements"}</span>
            </h2>
            {s.children.length ? (
              <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {s.children.map((c) => (
                  <li key={c.slug}>
                    <RecordLink type="sector" slug={c.slug}>{c.name}</RecordLink>
                    <span className="text-muted"> ({c.agreementCount})</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
