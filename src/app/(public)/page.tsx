import Link from "next/link";
import type { Metadata } from "next";
import { CertaintyLegend } from "@/components/date-text";
import { AgreementList } from "@/components/records";
import { Section } from "@/components/ui";
import { pageMetadata } from "@/lib/metadata";
import { latestAgreements } from "@/server/agreements/queries";
import { listPairs } from "@/server/pairs/queries";
import { directoryCounts } from "@/server/stats";

export const metadata: Metadata = {
  ...pageMetadata(
    "Europe–Japan regional partnerships",
    "Browse the agreements, trade missions, events and organisations that link European regions, cities and clusters with Japanese prefectures — every fact traced to its source.",
    "/",
  ),
  title: { absolute: "Kizuna — Europe–Japan regional partnerships" },
};

export default async function HomePage() {
  const [counts, latest, pairs] = await Promise.all([directoryCounts(), latestAgreements(5), listPairs()]);
  const stats: [string, number, string][] = [
    ["/regions", counts.regions, "regions"],
    ["/agreements", counts.agreements, "agreements"],
    ["/missions", counts.missions, "missions"],
    ["/events", counts.events, "events"],
    ["/organisations", counts.organisations, "organisations"],
    ["/sources", counts.sources, "sources"],
  ];
  return (
    <>
      <section className="mb-10 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-stone-200 sm:p-10">
        <h1 className="max-w-3xl text-3xl font-semibold leading-tight sm:text-4xl">
          Who in Europe works with whom in Japan — and where it is written down
        </h1>
        <p className="mt-4 max-w-3xl text-lg text-muted">
          Kizuna gathers the cooperation agreements, trade missions, fairs and seminars that link European regions,
          cities and clusters with Japanese prefectures. Every record cites the passage of the article that states it;
          what a source does not say is shown as not stated, and what was worked out is marked as inferred.
        </p>
        <ul className="mt-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {stats.map(([href, n, text]) => (
            <li key={href}>
              <Link href={href} className="block rounded-lg bg-paper p-3 text-center ring-1 ring-stone-200 hover:ring-eu">
                <span className="block text-2xl font-semibold text-ink">{n}</span>
                <span className="text-sm text-muted">{text}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-4 text-sm text-muted">{counts.citations} source passages cited.</p>
      </section>

      <Section title="Europe–Japan pairs">
        <ul className="grid gap-4 md:grid-cols-3">
          {pairs.map((p) => (
            <li key={p.slug} className="flex flex-col rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
              <h3 className="text-lg font-semibold">
                <Link href={`/pairs/${p.slug}`} className="text-ink underline decoration-stone-300 hover:decoration-ink">{p.name}</Link>
              </h3>
              <p className="mt-1 text-sm text-muted">
                {p.europe.name} <span aria-hidden="true">↔</span><span className="sr-only">and</span> {p.japan.name}
              </p>
              <p className="mt-2 line-clamp-4 text-sm">{p.summary}</p>
            </li>
          ))}
        </ul>
      </Section>

      <Section title="Latest agreements">
        <CertaintyLegend />
        <AgreementList agreements={latest} />
        <p className="mt-4">
          <Link href="/agreements" className="text-eu underline">All agreements, with filters</Link>
        </p>
      </Section>
    </>
  );
}
