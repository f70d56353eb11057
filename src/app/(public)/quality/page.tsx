import type { Metadata } from "next";
import Link from "next/link";
import { QualityChecks, QualitySummary } from "@/components/quality-report";
import { PageHeader } from "@/components/ui";
import { hrefFor } from "@/lib/routes";
import { pageMetadata } from "@/lib/metadata";
import { qualityReport } from "@/server/quality/queries";

export const metadata: Metadata = pageMetadata(
  "Data quality",
  "What in the directory is not yet traced to a source: records with no source cited, inferred dates and places, missing codes, one-sided relations, records not reviewed for a year.",
  "/quality",
);

// Counted on every request: the report must show what the directory holds now.
export const dynamic = "force-dynamic";

export default async function QualityPage() {
  const checks = await qualityReport();
  return (
    <>
      <PageHeader
        title="Data quality"
        lead={<>Kizuna promises that every fact is traced to a passage of <Link href="/sources" className="text-eu underline">its sources</Link>. This is where it falls short, counted on the published directory as it is now; each check says what it looks for.</>}
      />
      <QualitySummary checks={checks} />
      <QualityChecks checks={checks} hrefOf={(item) => hrefFor(item.type, item.slug)} />
    </>
  );
}
