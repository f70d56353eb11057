import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { WithCertainty } from "@/components/date-text";
import { PreviewBanner } from "@/components/preview-banner";
import { AgreementList, Citations, EventList, MissionList } from "@/components/records";
import { Facts, LinkList, MoreLink, PageHeader, RecordLink, Section, SideBadge } from "@/components/ui";
import { countryName, label, ORGANISATION_KIND_LABELS, REGION_KIND_LABELS } from "@/lib/labels";
import { pageMetadata } from "@/lib/metadata";
import { noIndexDrafts, previewing } from "@/server/preview";
import { getRegion, type PartnerDTO } from "@/server/regions/queries";

type Props = { params: Promise<{ slug: string }> };

// An editor previewing (src/server/preview.ts) sees the record even as a draft.
const load = cache(async (slug: string) => getRegion(slug, { drafts: await previewing() }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const region = await load(slug);
  if (!region) return { title: "Region not found" };
  return noIndexDrafts(region, pageMetadata(
    region.name,
    region.summary || `${region.name} (${countryName(region.country)}): its agreements, partner regions, missions, organisations and events.`,
    `/regions/${region.slug}`,
  ));
}

export default async function RegionPage({ params }: Props) {
  const { slug } = await params;
  const region = await load(slug);
  if (!region) notFound();
  const localNames = Object.entries(region.localNames);
  return (
    <>
      <PreviewBanner type="region" slug={region.slug} draftId={region.draftId} />
      {region.ancestors.length ? (
        <nav aria-label="Breadcrumb" className="mb-3 text-sm text-muted">
          <Link href="/regions" className="underline">Regions</Link>
          {[...region.ancestors].reverse().map((a) => (
            <span key={a.slug}> / <Link href={`/regions/${a.slug}`} className="underline">{a.name}</Link></span>
          ))}
        </nav>
      ) : null}
      <PageHeader cited={region.citations.length > 0}
        eyebrow={<>{label(REGION_KIND_LABELS, region.kind)} · {countryName(region.country)}</>}
        title={region.name}
        lead={region.summary || undefined}
      >
        <div className="mt-3 flex flex-wrap items-center gap-x-6 gap-y-1">
          <SideBadge side={region.side} />
          <Link href={`/search?region=${region.slug}`} className="text-eu underline">Search everything involving {region.name}</Link>
        </div>
      </PageHeader>

      <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div>
          <Section title="Agreements" count={region.totals.agreements}>
            <AgreementList agreements={region.agreements} empty="No agreement involving this region is recorded yet." />
            <MoreLink shown={region.agreements.length} total={region.totals.agreements} what="agreements" href={`/search?region=${region.slug}&type=agreement`} />
          </Section>
          <Section title="Missions" count={region.totals.missions}>
            <MissionList missions={region.missions} empty="No mission to or from this region is recorded yet." />
            <MoreLink shown={region.missions.length} total={region.totals.missions} what="missions" href={`/search?region=${region.slug}&type=mission`} />
          </Section>
          <Section title="Events" count={region.totals.events}>
            <EventList events={region.events} empty="No event held here or involving this region is recorded yet." />
            <MoreLink shown={region.events.length} total={region.totals.events} what="events" href={`/search?region=${region.slug}&type=event`} />
          </Section>
          <Section title="Sources">
            <Citations citations={region.citations} />
          </Section>
        </div>
        <aside>
          <Section title="Partner regions on the other side" count={region.partners.length}>
            <p className="mb-3 text-sm text-muted">Regions party to an agreement with {region.name}, themselves or through an organisation based in them; witnesses, venues and missions make no partner.</p>
            {region.partners.length ? (
              // One column: each partner says on what it rests, which needs the width.
              <ul className="space-y-2">
                {region.partners.map((p) => (
                  <li key={p.slug} className="rounded border border-stone-200 bg-white px-3 py-2">
                    <RecordLink type="region" slug={p.slug}>{p.name}</RecordLink>
                    <span className="text-sm text-muted"> · {countryName(p.country)}</span>
                    <div className="text-sm text-muted"><PartnerVia via={p.via} /></div>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="italic text-muted">None recorded yet.</p>
            )}
          </Section>
          {region.pairs.length ? (
            <Section title="Partnerships">
              <LinkList type="pair" items={region.pairs} />
            </Section>
          ) : null}
          <Section title="Organisations based here" count={region.organisations.length}>
            {region.organisations.length ? (
              <LinkList type="organisation" items={region.organisations.map((o) => ({ slug: o.slug, name: o.name, note: <>{label(ORGANISATION_KIND_LABELS, o.kind)} · <WithCertainty inferredFrom={o.regionInferredFrom} what="place">{o.regionName}</WithCertainty></> }))} />
            ) : (
              <p className="italic text-muted">None recorded yet.</p>
            )}
          </Section>
          {region.people.length ? (
            <Section title="People acting for it">
              <LinkList type="person" items={region.people.map((p) => ({ slug: p.slug, name: p.name, note: p.title }))} />
            </Section>
          ) : null}
          {region.children.length ? (
            <Section title="Within it">
              <LinkList type="region" items={region.children.map((c) => ({ slug: c.slug, name: c.name, note: label(REGION_KIND_LABELS, c.kind) }))} />
            </Section>
          ) : null}
          <Section title="Reference data">
            <Facts
              rows={[
                ["Local names", localNames.length ? localNames.map(([lang, name]) => <span key={lang} lang={lang} className="mr-3 inline-block">{name}</span>) : null],
                ["Country", <RecordLinkCountry key="c" code={region.country} />],
                ["ISO 3166-2", region.iso3166_2],
                ["NUTS", region.nuts],
                ["Wikidata", region.wikidataId],
                ["Centre", region.latitude !== null && region.longitude !== null ? `${region.latitude.toFixed(3)}, ${region.longitude.toFixed(3)}` : null],
              ]}
            />
            <p className="mt-3 text-sm text-muted">Reference data (names, codes, coordinates) is general knowledge, not taken from the sources.</p>
          </Section>
        </aside>
      </div>
    </>
  );
}

function RecordLinkCountry({ code }: { code: string }) {
  return <Link href={`/agreements?country=${code}`} className="text-eu underline">{countryName(code)}</Link>;
}

/** On what a partnership rests: each agreement both are parties to, and the organisations (if any) the link runs through. */
function PartnerVia({ via }: { via: PartnerDTO["via"] }) {
  return (
    <ul>
      {via.map((v) => (
        <li key={v.agreement.slug}>
          <RecordLink type="agreement" slug={v.agreement.slug}>{v.agreement.title}</RecordLink>
          {v.organisations.length ? (
            <>
              {" — through "}
              {v.organisations.map((o, i) => (
                <span key={o.slug}>
                  {i ? (i === v.organisations.length - 1 ? " and " : ", ") : null}
                  <RecordLink type="organisation" slug={o.slug}>{o.name}</RecordLink>, based in{" "}
                  <WithCertainty inferredFrom={o.inferredFrom} what="place">{o.place}</WithCertainty>
                </span>
              ))}
            </>
          ) : (
            " — the regions themselves are parties"
          )}
        </li>
      ))}
    </ul>
  );
}
