import type { Metadata } from "next";
import { CertaintyLegend } from "@/components/date-text";
import { NoSourceMark, PageHeader, RecordLink } from "@/components/ui";
import { pageMetadata } from "@/lib/metadata";
import { listPeople } from "@/server/people/queries";

export const metadata: Metadata = pageMetadata("People", "Governors, mayors, ministers, cluster heads and speakers named in the sources, with the roles they held.", "/people");

export default async function PeoplePage() {
  const people = await listPeople();
  return (
    <>
      <PageHeader title="People" lead="People named in the sources, with the role each held at the time." />
      <CertaintyLegend />
      <ul className="grid gap-2 sm:grid-cols-2">
        {people.map((p) => (
          <li key={p.slug} className="rounded border border-stone-200 bg-white px-3 py-2">
            <RecordLink type="person" slug={p.slug}>{p.name}</RecordLink>
            <NoSourceMark cited={p.cited} />
            <div className="text-sm text-muted">{p.roles.join("; ")}</div>
          </li>
        ))}
      </ul>
    </>
  );
}
