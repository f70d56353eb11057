import type { Metadata } from "next";
import { formatDateWithCertainty } from "@/lib/dates";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DateText } from "@/components/date-text";
import { PreviewBanner } from "@/components/preview-banner";
import { ActorList, ActorName, AgreementList, Citations, EventList } from "@/components/records";
import { Facts, PageHeader, RecordLink, Section, SectorTags, Tag } from "@/components/ui";
import { pageMetadata } from "@/lib/metadata";
import { getMission } from "@/server/missions/queries";
import { noIndexDrafts, previewing } from "@/server/preview";

type Props = { params: Promise<{ slug: string }> };
// An editor previewing (src/server/preview.ts) sees the record even as a draft.
const load = cache(async (slug: string) => getMission(slug, { drafts: await previewing() }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const mission = await load((await params).slug);
  if (!mission) return { title: "Mission not found" };
  return noIndexDrafts(mission, pageMetadata(
    mission.title,
    `${mission.starts.precision === "UNKNOWN" ? "" : `${formatDateWithCertainty(mission.starts)}. `}${mission.summary || `A mission${mission.origin ? ` from ${mission.origin.name}` : ""}${mission.destination ? ` to ${mission.destination.name}` : ""}.`}`,
    `/missions/${mission.slug}`,
  ));
}

export default async function MissionPage({ params }: Props) {
  const m = await load((await params).slug);
  if (!m) notFound();
  return (
    <>
      <PreviewBanner type="mission" slug={m.slug} draftId={m.draftId} />
      <nav aria-label="Breadcrumb" className="mb-3 text-sm text-muted"><Link href="/missions" className="underline">Missions</Link></nav>
      <PageHeader cited={m.citations.length > 0} eyebrow="Mission" title={m.title} lead={m.summary || undefined} />
      <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div>
          <Section title="Agreements that came out of it" count={m.agreements.length}>
            <AgreementList agreements={m.agreements} empty="The sources report no agreement from this mission." />
          </Section>
          <Section title="Events during the mission" count={m.events.length}>
            <EventList events={m.events} empty="The sources report no event during this mission." />
          </Section>
          <Section title="Met, visited or travelled with" count={m.participants.length}>
            <ActorList actors={m.participants.map((p) => ({ ...p, roleLabel: p.role }))} />
          </Section>
          <Section title="Sources" count={m.citations.length}>
            <Citations citations={m.citations} />
          </Section>
        </div>
        <aside>
          <Section title="Key facts">
            <Facts
              rows={[
                ["Leader", m.leader ? <span><RecordLink type="person" slug={m.leader.slug}>{m.leader.name}</RecordLink><span className="text-muted">, {m.leader.title}</span></span> : <span className="italic text-muted">not stated in the source</span>],
                ["From", m.origin ? <ActorName actor={m.origin} /> : null],
                ["To", m.destination ? <RecordLink type="region" slug={m.destination.slug}>{m.destination.name}</RecordLink> : null],
                ["Starts", <DateText key="s" value={m.starts} />],
                ["Ends", <DateText key="e" value={m.ends} />],
                ["Delegation", m.delegation || null],
              ]}
            />
          </Section>
          {m.themes.length ? (
            <Section title="Themes">
              <ul className="flex flex-wrap gap-2">{m.themes.map((t) => <li key={t}><Tag>{t}</Tag></li>)}</ul>
            </Section>
          ) : null}
          {m.sectors.length ? <Section title="Sectors"><SectorTags sectors={m.sectors} /></Section> : null}
        </aside>
      </div>
    </>
  );
}
