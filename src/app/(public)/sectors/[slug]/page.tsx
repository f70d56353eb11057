import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PreviewBanner } from "@/components/preview-banner";
import { AgreementList, EventList, MissionList } from "@/components/records";
import { LinkList, MoreLink, PageHeader, RecordLink, Section } from "@/components/ui";
import { label, ORGANISATION_KIND_LABELS } from "@/lib/labels";
import { pageMetadata } from "@/lib/metadata";
import { noIndexDrafts, previewing } from "@/server/preview";
import { getSector } from "@/server/sectors/queries";

type Props = { params: Promise<{ slug: string }> };
// An editor previewing (src/server/preview.ts) sees the record even as a draft.
const load = cache(async (slug: string) => getSector(slug, { drafts: await previewing() }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const s = await load((await params).slug);
  if (!s) return { title: "Sector not found" };
  return noIndexDrafts(s, pageMetadata(s.name, s.summary || `Europe–Japan agreements, missions, events and organisations in ${s.name}.`, `/sectors/${s.slug}`));
}

export default async function SectorPage({ params }: Props) {
  const s = await load((await params).slug);
  if (!s) notFound();
  return (
    <>
      <PreviewBanner type="sector" slug={s.slug} draftId={s.draftId} />
      <nav aria-label="Breadcrumb" className="mb-3 text-sm text-muted">
        <Link href="/sectors" className="underline">Sectors</Link>
        {s.parent ? <> / <Link href={`/sectors/${s.parent.slug}`} className="underline">{s.parent.name}</Link></> : null}
      </nav>
      <PageHeader eyebrow={s.parent ? "Theme" : "Industrial ecosystem"} title={s.name} lead={s.summary || undefined}>
        {s.nameFr ? <p className="mt-2 text-muted">In French: <span lang="fr">{s.nameFr}</span></p> : null}
        {s.synonyms.length ? <p className="mt-1 text-sm text-muted">Also called: {s.synonyms.join(", ")}</p> : null}
        <p className="mt-3 flex flex-wrap gap-x-6 gap-y-1">
          <Link href={`/search?sector=${s.slug}`} className="text-eu underline">Search everything in {s.name}</Link>
          <Link href={`/agreements?sector=${s.slug}`} className="text-eu underline">Agreements in {s.name}</Link>
        </p>
      </PageHeader>
      {s.children.length ? (
        <Section title="Themes">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">{s.children.map((c) => <li key={c.slug}><RecordLink type="sector" slug={c.slug}>{c.name}</RecordLink></li>)}</ul>
        </Section>
      ) : null}
      <Section title="Agreements" count={s.totals.agreements}>
        <AgreementList agreements={s.agreements} empty="No agreement in this sector yet." />
        <MoreLink shown={s.agreements.length} total={s.totals.agreements} what="agreements" href={`/search?sector=${s.slug}&type=agreement`} />
      </Section>
      <Section title="Missions" count={s.totals.missions}>
        <MissionList missions={s.missions} empty="No mission in this sector yet." />
        <MoreLink shown={s.missions.length} total={s.totals.missions} what="missions" href={`/search?sector=${s.slug}&type=mission`} />
      </Section>
      <Section title="Events" count={s.totals.events}>
        <EventList events={s.events} empty="No event in this sector yet." />
        <MoreLink shown={s.events.length} total={s.totals.events} what="events" href={`/search?sector=${s.slug}&type=event`} />
      </Section>
      <Section title="Organisations" count={s.organisations.length}>
        {s.organisations.length ? (
          <LinkList type="organisation" items={s.organisations.map((o) => ({ slug: o.slug, name: o.name, note: label(ORGANISATION_KIND_LABELS, o.kind) }))} />
        ) : (
          <p className="italic text-muted">No organisation in this sector yet.</p>
        )}
      </Section>
    </>
  );
}
