import type { Metadata } from "next";
import { PageHeader, RecordLink } from "@/components/ui";
import { pageMetadata } from "@/lib/metadata";
import { listPairs } from "@/server/pairs/queries";

export const metadata: Metadata = pageMetadata("Europe–Japan pairs", "Named partnerships between a European and a Japanese region or organisation, with everything that links them.", "/pairs");

export default async function PairsPage() {
  const pairs = await listPairs();
  return (
    <>
      <PageHeader title="Europe–Japan pairs" lead="Named partnerships, each gathering the agreements, missions, events and organisations that link its two sides." />
      <ul className="space-y-3">
        {pairs.map((p) => (
          <li key={p.slug} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
            <h2 className="text-lg font-semibold"><RecordLink type="pair" slug={p.slug}>{p.name}</RecordLink></h2>
            <p className="mt-1">{p.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
