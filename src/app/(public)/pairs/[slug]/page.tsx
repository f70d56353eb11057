import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { WithCertainty } from "@/components/date-text";
import { PreviewBanner } from "@/components/preview-banner";
import { ActorName, AgreementList, EventList, MissionList } from "@/components/records";
import { LinkList, PageHeader, RecordLink, Section, SideBadge, actorKindLabel } from "@/components/ui";
import { label, ORGANISATION_KIND_LABELS } from "@/lib/labels";
import { pageMetadata } from "@/lib/metadata";
import { getPair, type LinkBasisDTO } from "@/server/pairs/queries";
import { noIndexDrafts, previewing } from "@/server/preview";

type Props = { params: Promise<{ slug: string }> };
// An editor previewing (src/server/preview.ts) sees the record even as a draft.
const load = cache(async (slug: string) => getPair(slug, { drafts: await previewing() }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await load((await params).slug);
  if (!p) return { title: "Partnership not found" };
  return noIndexDrafts(p, pageMetadata(p.name, p.summary || `Everything linking ${p.europe.name} and ${p.japan.name}.`, `/pairs/${p.slug}`));
}

export default async function PairPage({ params }: Props) {
  const p = await load((await params).slug);
  if (!p) notFound();
  return (
    <>
      <PreviewBanner type="pair" slug={p.slug} draftId={p.draftId} />
      <nav aria-label="Breadcrumb" className="mb-3 text-sm text-muted"><Link href="/pairs" className="underline">Europe–Japan pairs</Link></nav>
      <PageHeader eyebrow="Europe–Japan partnership" title={p.name} lead={p.summary}>
        <div className="mt-4 grid gap-3 sm:grid-cols-2">
          {[p.europe, p.japan].map((side) => (
            <div key={side.slug} className="rounded-lg border border-stone-200 bg-white p-3">
              <div className="flex items-center gap-2"><SideBadge side={side.side ?? (side === p.europe ? "EUROPE" : "JAPAN")} /> <span className="text-sm text-muted">{actorKindLabel(side)}</span></div>
              <p className="mt-1 text-lg"><ActorName actor={side} /></p>
            </div>
          ))}
        </div>
      </PageHeader>
      <Section title={`Agreements between ${p.europe.name} and ${p.japan.name}`} count={p.agreements.length}>
        <AgreementList
          agreements={p.agreements}
          empty={`The sources report no agreement with a party on each side.`}
          notes={Object.fromEntries(Object.entries(p.basis).map(([slug, b]) => [slug, (
            <>Rests on: {p.europe.name} — <BasisText links={b.europe} />; {p.japan.name} — <BasisText links={b.japan} /></>
          )]))}
        />
      </Section>
      {p.relatedAgreements.length ? (
        <Section title="Also signed during these missions" count={p.relatedAgreements.length}>
          <p className="mb-3 text-muted">These agreements were signed during the missions below but are not between the two sides themselves; their parties are as listed.</p>
          <AgreementList agreements={p.relatedAgreements} />
        </Section>
      ) : null}
      <Section title="Missions" count={p.missions.length}>
        <MissionList missions={p.missions} empty="No mission between the two sides is recorded." />
      </Section>
      <Section title="Events" count={p.events.length}>
        <p className="mb-3 text-muted">Events involving both sides, events held during the missions above, and events where an agreement between the two sides was signed.</p>
        <EventList events={p.events} empty="No event linking the two sides is recorded." />
      </Section>
      <Section title="Organisations involved" count={p.organisations.length}>
        {p.organisations.length ? (
          <LinkList type="organisation" items={p.organisations.map((o) => ({ slug: o.slug, name: o.name, note: label(ORGANISATION_KIND_LABELS, o.kind) }))} />
        ) : (
          <p className="italic text-muted">None recorded.</p>
        )}
      </Section>
    </>
  );
}

/** "party: Lyon", "through Lyonbiopôle, based in Lyon (general knowledge)", "party: Lyonbiopôle, a member of bioXclusters Plus". */
function BasisText({ links }: { links: LinkBasisDTO[] }) {
  return (
    <>
      {links.map((l, i) => (
        <span key={l.kind === "party" ? `${l.type}-${l.slug}` : l.organisation.slug}>
          {i ? "; " : null}
          {l.kind === "party" ? (
            <>party: <RecordLink type={l.type} slug={l.slug}>{l.name}</RecordLink>{l.memberOf ? `, a member of ${l.memberOf}` : null}</>
          ) : (
            <>
              through <RecordLink type="organisation" slug={l.organisation.slug}>{l.organisation.name}</RecordLink>, based in{" "}
              <WithCertainty inferredFrom={l.inferredFrom} what="place">{l.place}</WithCertainty>
            </>
          )}
        </span>
      ))}
    </>
  );
}
