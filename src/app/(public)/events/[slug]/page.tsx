import type { Metadata } from "next";
import { formatDateWithCertainty, withCertainty } from "@/lib/dates";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DateText } from "@/components/date-text";
import { PreviewBanner } from "@/components/preview-banner";
import { ActorList, AgreementList, Citations, EventList } from "@/components/records";
import { Facts, PageHeader, RecordLink, Section, SectorTags } from "@/components/ui";
import { EVENT_KIND_LABELS, EVENT_ROLE_LABELS, label } from "@/lib/labels";
import { pageMetadata } from "@/lib/metadata";
import { getEvent } from "@/server/events/queries";
import { noIndexDrafts, previewing } from "@/server/preview";

type Props = { params: Promise<{ slug: string }> };
// An editor previewing (src/server/preview.ts) sees the record even as a draft.
const load = cache(async (slug: string) => getEvent(slug, { drafts: await previewing() }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await load((await params).slug);
  if (!event) return { title: "Event not found" };
  return noIndexDrafts(event, pageMetadata(
    event.name,
    `${[event.starts.precision === "UNKNOWN" ? null : formatDateWithCertainty(event.starts), event.city ? withCertainty(event.city.name, event.placeInferredFrom) : null].filter(Boolean).map((t) => `${t}. `).join("")}${event.summary || `${label(EVENT_KIND_LABELS, event.kind)}.`}`,
    `/events/${event.slug}`,
  ));
}

export default async function EventPage({ params }: Props) {
  const e = await load((await params).slug);
  if (!e) notFound();
  return (
    <>
      <PreviewBanner type="event" slug={e.slug} draftId={e.draftId} />
      <nav aria-label="Breadcrumb" className="mb-3 text-sm text-muted"><Link href="/events" className="underline">Events</Link></nav>
      <PageHeader cited={e.citations.length > 0} eyebrow={label(EVENT_KIND_LABELS, e.kind)} title={e.name} lead={e.summary || undefined} />
      <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
        <div>
          {e.sessions.length ? (
            <Section title="Programme" count={e.sessions.length}>
              <ol className="space-y-4">
                {e.sessions.map((s, i) => (
                  <li key={i} className="rounded-lg border border-stone-200 bg-white p-4">
                    <p className="font-semibold">
                      {s.startsAt ? <span className="mr-2 tabular-nums text-muted">{s.startsAt}{s.endsAt ? `–${s.endsAt}` : ""}</span> : null}
                      {s.title}
                    </p>
                    {s.speakers.length ? (
                      <ul className="mt-2 space-y-2">
                        {s.speakers.map((sp) => (
                          <li key={sp.personSlug + (sp.talkTitle ?? "")}>
                            <RecordLink type="person" slug={sp.personSlug}>{sp.name}</RecordLink>
                            <span className="text-muted">, {sp.title}</span>
                            {sp.talkTitle ? <div className="text-sm italic">“{sp.talkTitle}”</div> : null}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                ))}
              </ol>
            </Section>
          ) : null}
          <Section title="Agreements signed there" count={e.agreements.length}>
            <AgreementList agreements={e.agreements} empty="The sources report no agreement signed at this event." />
          </Section>
          {e.subEvents.length ? (
            <Section title="Sessions and workshops within it" count={e.subEvents.length}>
              <EventList events={e.subEvents} />
            </Section>
          ) : null}
          <Section title="Organisers and participants" count={e.participants.length}>
            <ActorList actors={e.participants.map((p) => ({ ...p, roleLabel: label(EVENT_ROLE_LABELS, p.role) }))} />
          </Section>
          <Section title="Sources" count={e.citations.length}>
            <Citations citations={e.citations} />
          </Section>
        </div>
        <aside>
          <Section title="Key facts">
            <Facts
              rows={[
                ["Starts", <DateText key="s" value={e.starts} />],
                ["Ends", e.ends.precision !== "UNKNOWN" ? <DateText value={e.ends} /> : null],
                ["Venue", e.venue ?? <span className="italic text-muted">not stated in the source</span>],
                ["City", e.city ? <RecordLink type="region" slug={e.city.slug}>{e.city.name}</RecordLink> : <span className="italic text-muted">not stated in the source</span>],
                ["Place note", e.placeInferredFrom ? <span className="text-muted">inferred: {e.placeInferredFrom}</span> : null],
                ["Attendance", e.attendanceNote ?? (e.attendance !== null ? String(e.attendance) : null)],
                ["Part of", e.parent ? <RecordLink type="event" slug={e.parent.slug}>{e.parent.name}</RecordLink> : null],
                ["During mission", e.mission ? <RecordLink type="mission" slug={e.mission.slug}>{e.mission.title}</RecordLink> : null],
              ]}
            />
          </Section>
          {e.sectors.length ? <Section title="Sectors"><SectorTags sectors={e.sectors} /></Section> : null}
        </aside>
      </div>
    </>
  );
}
