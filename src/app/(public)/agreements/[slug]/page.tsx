import type { Metadata } from "next";
import { formatDateWithCertainty } from "@/lib/dates";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DateText } from "@/components/date-text";
import { PreviewBanner } from "@/components/preview-banner";
import { ActorName, Citations } from "@/components/records";
import { Facts, PageHeader, RecordLink, Section, SectorTags, SideBadge, actorKindLabel } from "@/components/ui";
import { AGREEMENT_KIND_LABELS, AGREEMENT_STATUS_LABELS, isPartyRole, label } from "@/lib/labels";
import { pageMetadata } from "@/lib/metadata";
import { getAgreement } from "@/server/agreements/queries";
import { noIndexDrafts, previewing } from "@/server/preview";

type Props = { params: Promise<{ slug: string }> };

// An editor previewing (src/server/preview.ts) sees the record even as a draft.
const load = cache(async (slug: string) => getAgreement(slug, { drafts: await previewing() }));

const PARTY_ROLE_PLURALS: Record<string, string> = { SIGNATORY: "Signing parties", PARTNER: "Partners (no signature reported)", WITNESS: "Witnesses", SUPPORTER: "Supporters" };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const agreement = await load(slug);
  if (!agreement) return { title: "Agreement not found" };
  return noIndexDrafts(agreement, pageMetadata(
    agreement.title,
    // The date first, with its certainty: a description must not state an inferred date bare.
    `${agreement.signed.precision === "UNKNOWN" ? "" : `${agreement.agreementStatus === "ANNOUNCED" ? "Announced" : "Signed"} ${formatDateWithCertainty(agreement.signed)}. `}${agreement.summary || `${label(AGREEMENT_KIND_LABELS, agreement.kind)} between ${agreement.parties.filter((p) => isPartyRole(p.role)).map((p) => p.name).join(", ")}.`}`,
    `/agreements/${agreement.slug}`,
  ));
}

function duration(months: number): string {
  if (months % 12 === 0) return months === 12 ? "one year" : `${months / 12} years`;
  return months === 1 ? "one month" : `${months} months`;
}

export default async function AgreementPage({ params }: Props) {
  const { slug } = await params;
  const a = await load(slug);
  if (!a) notFound();
  const roles = Object.keys(PARTY_ROLE_PLURALS).filter((role) => a.parties.some((p) => p.role === role));
  // Witnesses and supporters are listed apart, never counted or headed as parties.
  const partyRoles = roles.filter(isPartyRole);
  const otherRoles = roles.filter((role) => !isPartyRole(role));
  const byRole = (role: string) => (
    <div key={role} className="mb-4">
      <h3 className="mb-2 font-medium text-muted">{PARTY_ROLE_PLURALS[role]}</h3>
      <ul className="grid gap-2 sm:grid-cols-2">
        {a.parties.filter((p) => p.role === role).map((p) => (
          <li key={`${p.type}-${p.slug}`} className="rounded border border-stone-200 bg-white px-3 py-2">
            <ActorName actor={p} />
            <div className="mt-1 flex items-center gap-2 text-sm text-muted">
              {actorKindLabel(p)} <SideBadge side={p.side} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
  return (
    <>
      <PreviewBanner type="agreement" slug={a.slug} draftId={a.draftId} />
      <nav aria-label="Breadcrumb" className="mb-3 text-sm text-muted">
        <Link href="/agreements" className="underline">Agreements</Link>
      </nav>
      <PageHeader cited={a.citations.length > 0}
        eyebrow={<>{label(AGREEMENT_KIND_LABELS, a.kind)} · {label(AGREEMENT_STATUS_LABELS, a.agreementStatus)}</>}
        title={a.title}
        lead={a.summary || undefined}
      >
        {a.titleOriginal ? <p className="mt-2 text-muted">Original title: <span lang="fr" className="italic">{a.titleOriginal}</span></p> : null}
      </PageHeader>

      <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div>
          <Section title="Parties" count={a.parties.filter((p) => isPartyRole(p.role)).length}>
            {partyRoles.map(byRole)}
          </Section>
          {otherRoles.length ? (
            <Section title="Present, not parties">
              {otherRoles.map(byRole)}
            </Section>
          ) : null}

          <Section title="Signatories" count={a.signatories.length}>
            {a.signatories.length ? (
              <ul className="space-y-2">
                {a.signatories.map((s) => (
                  <li key={s.personSlug}>
                    <RecordLink type="person" slug={s.personSlug}>{s.name}</RecordLink>
                    <span className="text-muted">, {s.title}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="italic text-muted">The source does not name who signed.</p>
            )}
          </Section>

          <Section title="Commitments" count={a.commitments.length}>
            {a.commitments.length ? (
              <ul className="list-disc space-y-1 pl-6">
                {a.commitments.map((c, i) => <li key={i}>{c}</li>)}
              </ul>
            ) : (
              <p className="italic text-muted">The source lists no commitments.</p>
            )}
          </Section>

          <Section title="Sources" count={a.citations.length}>
            <Citations citations={a.citations} />
          </Section>
        </div>

        <aside>
          <Section title="Key facts">
            <Facts
              rows={[
                ["Signed", <DateText key="s" value={a.signed} />],
                ["Starts", a.starts.precision !== "UNKNOWN" ? <DateText value={a.starts} /> : null],
                ["Ends", a.ends.precision !== "UNKNOWN" ? <DateText value={a.ends} /> : a.durationMonths ? null : <span className="italic text-muted">not stated in the source</span>],
                ["Duration", a.durationMonths ? duration(a.durationMonths) : null],
                [
                  "Place signed",
                  a.place || a.placeDetail ? (
                    <span>
                      {a.placeDetail}
                      {a.placeDetail && a.place ? ", " : null}
                      {a.place ? <RecordLink type="region" slug={a.place.slug}>{a.place.name}</RecordLink> : null}
                      {a.placeInferredFrom ? <span className="text-muted"> (inferred: {a.placeInferredFrom})</span> : null}
                    </span>
                  ) : (
                    <span className="italic text-muted">not stated in the source</span>
                  ),
                ],
                ["During mission", a.mission ? <RecordLink type="mission" slug={a.mission.slug}>{a.mission.title}</RecordLink> : null],
                ["At event", a.event ? <RecordLink type="event" slug={a.event.slug}>{a.event.name}</RecordLink> : null],
              ]}
            />
          </Section>
          <Section title="Sectors">
            {a.sectors.length ? <SectorTags sectors={a.sectors} /> : <p className="italic text-muted">None recorded.</p>}
          </Section>
        </aside>
      </div>
    </>
  );
}
