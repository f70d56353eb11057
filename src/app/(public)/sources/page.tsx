import type { Metadata } from "next";
import { ShortDate } from "@/components/date-text";
import { PageHeader, RecordLink } from "@/components/ui";
import { label, LANGUAGE_LABELS, SOURCE_KIND_LABELS } from "@/lib/labels";
import { pageMetadata } from "@/lib/metadata";
import { listSources } from "@/server/sources/queries";

export const metadata: Metadata = pageMetadata("Sources", "The articles and programmes the directory is built from, with every passage cited from them.", "/sources");

export default async function SourcesPage() {
  const sources = await listSources();
  return (
    <>
      <PageHeader title="Sources" lead="The articles and programmes Kizuna is built from. Each record cites the passages that state its facts." />
      <ul className="space-y-3">
        {sources.map((s) => (
          <li key={s.slug} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
            <h2 className="font-semibold"><RecordLink type="source" slug={s.slug}>{s.title}</RecordLink></h2>
            <p className="mt-1 text-sm text-muted">
              {label(SOURCE_KIND_LABELS, s.kind)} · {label(LANGUAGE_LABELS, s.language)} · {s.publisher ?? "publisher not stated"} · published{" "}
              {s.published.precision === "UNKNOWN" ? <span className="italic">date not stated</span> : <ShortDate value={s.published} />} · {s.citationCount} passages cited
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
