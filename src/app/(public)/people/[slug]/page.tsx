import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PreviewBanner } from "@/components/preview-banner";
import { AgreementList, Citations, MissionList } from "@/components/records";
import { PageHeader, RecordLink, Section } from "@/components/ui";
import { pageMetadata } from "@/lib/metadata";
import { getPerson } from "@/server/people/queries";
import { noIndexDrafts, previewing } from "@/server/preview";

type Props = { params: Promise<{ slug: string }> };
// An editor previewing (src/server/preview.ts) sees the record even as a draft.
const load = cache(async (slug: string) => getPerson(slug, { drafts: await previewing() }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await load((await params).slug);
  if (!p) return { title: "Person not found" };
  return noIndexDrafts(p, pageMetadata(p.name, `${p.name}: ${p.roles.map((r) => r.title).join("; ")}.`, `/people/${p.slug}`));
}

export default async function PersonPage({ params }: Props) {
  const p = await load((await params).slug);
  if (!p) notFound();
  const localNames = Object.entries(p.localNames);
  return (
    <>
      <PreviewBanner type="person" slug={p.slug} draftId={p.draftId} />
      <nav aria-label="Breadcrumb" className="mb-3 text-sm text-muted"><Link href="/people" className="underline">People</Link></nav>
      <PageHeader cited={p.citations.length > 0}
        eyebrow="Person"
        title={p.name}
        lead={localNames.length ? localNames.map(([lang, name]) => <span key={lang} lang={lang} className="mr-3">{name}</span>) : undefined}
      >
        {p.note ? <p className="mt-3 max-w-3xl rounded border border-stone-200 bg-white p-3 text-sm">{p.note}</p> : null}
      </PageHeader>
      <Section title="Roles, as the sources give them" count={p.roles.length}>
        <ul className="space-y-1">
          {p.roles.map((r, i) => (
            <li key={i}>
              {r.title}
              {r.actsFor ? <> — <RecordLink type={r.actsFor.type} slug={r.actsFor.slug}>{r.actsFor.name}</RecordLink></> : null}
            </li>
          ))}
        </ul>
      </Section>
      {p.agreements.length ? <Section title="Agreements signed" count={p.agreements.length}><AgreementList agreements={p.agreements} /></Section> : null}
      {p.missions.length ? <Section title="Missions led" count={p.missions.length}><MissionList missions={p.missions} /></Section> : null}
      {p.talks.length ? (
        <Section title="Spoke at" count={p.talks.length}>
          <ul className="space-y-2">
            {p.talks.map((t, i) => (
              <li key={i}>
                <RecordLink type="event" slug={t.event.slug}>{t.event.name}</RecordLink>
                <span className="text-muted"> — {t.session}</span>
                {t.talkTitle ? <div className="text-sm italic">“{t.talkTitle}”</div> : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section title="Sources" count={p.citations.length}><Citations citations={p.citations} /></Section>
    </>
  );
}
