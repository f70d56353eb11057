import Link from "next/link";
import type { ReactNode } from "react";
import type { ActorDTO, CitationDTO } from "@/server/shared";
import type { AgreementSummaryDTO } from "@/server/agreements/queries";
import type { MissionSummaryDTO } from "@/server/missions/queries";
import type { EventSummaryDTO } from "@/server/events/queries";
import { AGREEMENT_KIND_LABELS, AGREEMENT_STATUS_LABELS, CITATION_FIELD_LABELS, EVENT_KIND_LABELS, isPartyRole, LANGUAGE_LABELS, label } from "@/lib/labels";
import { DateRange, ShortDate, WithCertainty } from "./date-text";
import { Empty, NoSourceMark, RecordLink, SectorTags, SideBadge } from "./ui";

// Lists of records shared by several pages.

export function ActorName({ actor }: { actor: ActorDTO }) {
  return (
    <span>
      <RecordLink type={actor.type} slug={actor.slug}>{actor.name}</RecordLink>
      {actor.place ? (
        <span className="text-muted">
          {" "}(<WithCertainty inferredFrom={actor.placeInferredFrom} what="place" nested>{actor.place}</WithCertainty>)
        </span>
      ) : null}
    </span>
  );
}

export function PartyLine({ parties }: { parties: (ActorDTO & { role: string })[] }) {
  // Parties only: a witness or a supporter is never shown as one.
  const shown = parties.filter((p) => isPartyRole(p.role));
  return (
    <span>
      {shown.map((p, i) => (
        <span key={`${p.type}-${p.slug}`}>
          {i > 0 ? <span aria-hidden="true"> · </span> : null}
          <ActorName actor={p} />
        </span>
      ))}
    </span>
  );
}

/** `notes`: a line under an agreement, by its slug (an organisation's role in it, what a pair's link rests on). */
export function AgreementList({ agreements, empty = "No agreements recorded.", notes }: { agreements: AgreementSummaryDTO[]; empty?: string; notes?: Record<string, ReactNode> }) {
  if (agreements.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ul className="space-y-3">
      {agreements.map((a) => (
        <li key={a.slug} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h3 className="text-lg font-semibold">
              <RecordLink type="agreement" slug={a.slug} className="text-ink underline decoration-stone-300 hover:decoration-ink">{a.title}</RecordLink>
              <NoSourceMark cited={a.cited} />
            </h3>
            <span className="text-sm text-muted">
              {a.agreementStatus === "ANNOUNCED" ? "Announced" : "Signed"} <ShortDate value={a.signed} />
            </span>
          </div>
          <p className="mt-1 text-sm text-muted">
            {label(AGREEMENT_KIND_LABELS, a.kind)} · {label(AGREEMENT_STATUS_LABELS, a.agreementStatus)}
          </p>
          <p className="mt-2">
            <span className="sr-only">Parties: </span>
            <PartyLine parties={a.parties} />
          </p>
          {notes?.[a.slug] ? <div className="mt-2 text-sm text-muted">{notes[a.slug]}</div> : null}
          {a.sectors.length ? <div className="mt-3"><SectorTags sectors={a.sectors} /></div> : null}
        </li>
      ))}
    </ul>
  );
}

export function MissionList({ missions, empty = "No missions recorded." }: { missions: MissionSummaryDTO[]; empty?: string }) {
  if (missions.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ul className="space-y-3">
      {missions.map((m) => (
        <li key={m.slug} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
          <h3 className="font-semibold">
            <RecordLink type="mission" slug={m.slug}>{m.title}</RecordLink>
            <NoSourceMark cited={m.cited} />
          </h3>
          <p className="mt-1 text-sm text-muted">
            <DateRange starts={m.starts} ends={m.ends} />
            {m.origin ? <> · from {m.origin.name}</> : null}
            {m.destination ? <> to {m.destination.name}</> : null}
            {m.leader ? <> · led by {m.leader.name}</> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function EventList({ events, empty = "No events recorded." }: { events: EventSummaryDTO[]; empty?: string }) {
  if (events.length === 0) return <Empty>{empty}</Empty>;
  return (
    <ul className="space-y-3">
      {events.map((e) => (
        <li key={e.slug} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
          <h3 className="font-semibold">
            <RecordLink type="event" slug={e.slug}>{e.name}</RecordLink>
            <NoSourceMark cited={e.cited} />
          </h3>
          <p className="mt-1 text-sm text-muted">
            {label(EVENT_KIND_LABELS, e.kind)} · <DateRange starts={e.starts} ends={e.ends} />
            {e.venue || e.city ? (
              <> · <WithCertainty inferredFrom={e.placeInferredFrom} what="place">{[e.venue, e.city?.name].filter(Boolean).join(", ")}</WithCertainty></>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}

export function ActorList({ actors }: { actors: (ActorDTO & { role?: string; roleLabel?: string })[] }) {
  if (actors.length === 0) return <Empty>None recorded.</Empty>;
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {actors.map((a) => (
        <li key={`${a.type}-${a.slug}-${a.role ?? ""}`} className="flex flex-wrap items-center gap-2 rounded border border-stone-200 bg-white px-3 py-2">
          <ActorName actor={a} />
          <SideBadge side={a.side} />
          {a.roleLabel ? <span className="text-sm text-muted">— {a.roleLabel}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** The source passages behind a record, quoted, each linked to its source. */
export function Citations({ citations }: { citations: CitationDTO[] }) {
  if (citations.length === 0) return <Empty>No source passage is cited for this record yet.</Empty>;
  return (
    <ol className="space-y-3">
      {citations.map((c, i) => (
        <li key={i} className="rounded-lg border-l-4 border-amber-300 bg-white p-4 shadow-sm">
          <blockquote lang={c.language} className="text-ink">“{c.quote}”</blockquote>
          <p className="mt-2 text-sm text-muted">
            {c.field ? <>Supports <strong className="font-medium">{label(CITATION_FIELD_LABELS, c.field)}</strong> · </> : null}
            <Link href={`/sources/${c.sourceSlug}`} className="text-eu underline">{c.sourceTitle}</Link>
            {" "}({label(LANGUAGE_LABELS, c.language)})
          </p>
        </li>
      ))}
    </ol>
  );
}
