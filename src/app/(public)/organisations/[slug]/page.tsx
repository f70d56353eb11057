import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PreviewBanner } from "@/components/preview-banner";
import { AgreementList, Citations, EventList, MissionList } from "@/components/records";
import { Facts, LinkList, MoreLink, PageHeader, RecordLink, Section, SectorTags } from "@/components/ui";
import { label, ORGANISATION_KIND_LABELS, PARTY_ROLE_LABELS } from "@/lib/labels";
import { pageMetadata } from "@/lib/metadata";
import { getOrganisation } from "@/server/organisations/queries";
import { noIndexDrafts, previewing } from "@/server/preview";
import { safeHref } from "@/lib/urls";

type Props = { params: Promise<{ slug: string }> };
// An editor previewing (src/server/preview.ts) sees the record even as a draft.
const load = cache(async (slug: string) => getOrganisation(slug, { drafts: await previewing() }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const o = await load((await params).slug);
  if (!o) return { title: "Organisation not found" };
  return noIndexDrafts(o, pageMetadata(o.name, o.summary || `${label(ORGANISATION_KIND_LABELS, o.kind)}${o.homeRegion ? ` based in ${o.homeRegion.name}` : ""}.`, `/organisations/${o.slug}`));
}

export default async function OrganisationPage({ params }: Props) {
  const o = await load((await params).slug);
  if (!o) notFound();
  const website = safeHref(o.website);
  const localNames = Object.entries(o.localNames);
  return (
    <>
      <PreviewBanner type="organisation" slug={o.slug} draftId={o.draftId} />
      <nav aria-label="Breadcrumb" className="mb-3 text-sm text-muted"><Link href="/organisations" className="underline">Organisations</Link></nav>
      <PageHeader cited={o.citations.length > 0} eyebrow={label(ORGANISATION_KIND_LABELS, o.kind)} title={o.name} lead={o.summary || undefined} />
      <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div>
          <Section title="Agreements" count={o.totals.agreements}>
            <AgreementList
              agreements={o.agreements}
              empty="No agreement involving this organisation is recorded yet."
              notes={Object.fromEntries(Object.entries(o.agreementRoles).map(([slug, roles]) => [slug, (
                <>Role: {roles.map((r) => (r.member ? `${r.name} (a member): ` : "") + label(PARTY_ROLE_LABELS, r.role)).join("; ")}</>
              )]))}
            />
            <MoreLink shown={o.agreements.length} total={o.totals.agreements} what="agreements" />
          </Section>
          <Section title="Missions" count={o.totals.missions}>
            <MissionList missions={o.missions} empty="No mission involving this organisation is recorded yet." />
            <MoreLink shown={o.missions.length} total={o.totals.missions} what="missions" />
          </Section>
          <Section title="Events" count={o.totals.events}>
            <EventList events={o.events} empty="No event involving this organisation is recorded yet." />
            <MoreLink shown={o.events.length} total={o.totals.events} what="events" />
          </Section>
          <Section title="Sources" count={o.citations.length}>
            <Citations citations={o.citations} />
          </Section>
        </div>
        <aside>
          <Section title="Key facts">
            <Facts
              rows={[
                ["Based in", o.homeRegion ? <span><RecordLink type="region" slug={o.homeRegion.slug}>{o.homeRegion.name}</RecordLink>{o.homeRegion.inferredFrom ? <span className="text-muted"> (inferred: {o.homeRegion.inferredFrom})</span> : null}</span> : <span className="italic text-muted">not stated</span>],
                ["Part of", o.parent ? <RecordLink type="organisation" slug={o.parent.slug}>{o.parent.name}</RecordLink> : null],
                ["Local names", localNames.length ? localNames.map(([lang, name]) => <span key={lang} lang={lang} className="mr-3 inline-block">{name}</span>) : null],
                ["Website", o.website ? (website ? <a href={website} rel="nofollow noopener noreferrer" className="text-eu underline">{o.website}</a> : o.website) : null],
              ]}
            />
          </Section>
          {o.members.length ? <Section title="Members"><LinkList type="organisation" items={o.members} /></Section> : null}
          {o.people.length ? <Section title="People"><LinkList type="person" items={o.people.map((p) => ({ slug: p.slug, name: p.name, note: p.title }))} /></Section> : null}
          {o.sectors.length ? <Section title="Sectors"><SectorTags sectors={o.sectors} /></Section> : null}
        </aside>
      </div>
    </>
  );
}
