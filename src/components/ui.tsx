import Link from "next/link";
import type { ReactNode } from "react";
import { hrefFor, type RecordType } from "@/lib/routes";
import { label, ORGANISATION_KIND_LABELS, REGION_KIND_LABELS, SIDE_LABELS } from "@/lib/labels";

/** `cited: false` marks a record that no source passage supports ("no source cited"), under its title. */
export function PageHeader({ eyebrow, title, lead, children, cited }: { eyebrow?: ReactNode; title: ReactNode; lead?: ReactNode; children?: ReactNode; cited?: boolean }) {
  return (
    <header className="mb-8 border-b border-stone-200 pb-6">
      {eyebrow ? <p className="mb-1 text-sm font-medium uppercase tracking-wide text-accent-dark">{eyebrow}</p> : null}
      <h1 className="text-3xl font-semibold leading-tight sm:text-4xl">{title}</h1>
      {cited === false ? (
        <p className="mt-2 text-sm text-amber-900">
          <NoSourceMark cited={false} first /> No source passage supports this record yet: treat what it says with care.
        </p>
      ) : null}
      {lead ? <div className="mt-3 max-w-3xl text-lg text-muted">{lead}</div> : null}
      {children}
    </header>
  );
}

export function Section({ title, count, children, id }: { title: string; count?: number; children: ReactNode; id?: string }) {
  const headingId = id ?? `section-${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  return (
    <section aria-labelledby={headingId} className="mb-10">
      <h2 id={headingId} className="mb-3 text-xl font-semibold">
        {title}
        {count !== undefined ? <span className="ml-2 text-base font-normal text-muted">({count})</span> : null}
      </h2>
      {children}
    </section>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="italic text-muted">{children}</p>;
}

export function RecordLink({ type, slug, children, className }: { type: RecordType; slug: string; children: ReactNode; className?: string }) {
  return (
    <Link href={hrefFor(type, slug)} className={className ?? "font-medium text-eu underline decoration-eu/30 hover:decoration-eu"}>
      {children}
    </Link>
  );
}

export function SideBadge({ side }: { side: string | null }) {
  if (!side) return null;
  const colour = side === "JAPAN" ? "bg-red-50 text-accent-dark ring-red-200" : side === "EUROPE" ? "bg-blue-50 text-eu ring-blue-200" : "bg-stone-100 text-muted ring-stone-300";
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ring-1 ${colour}`}>{label(SIDE_LABELS, side)}</span>;
}

export function Tag({ children }: { children: ReactNode }) {
  return <span className="inline-block rounded-full bg-stone-100 px-2.5 py-0.5 text-sm text-ink ring-1 ring-stone-200">{children}</span>;
}

export function SectorTags({ sectors }: { sectors: { slug: string; name: string }[] }) {
  if (sectors.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-2" aria-label="Sectors">
      {sectors.map((s) => (
        <li key={s.slug}>
          <Link href={`/sectors/${s.slug}`} className="inline-block rounded-full bg-amber-50 px-2.5 py-0.5 text-sm text-amber-900 ring-1 ring-amber-200 hover:bg-amber-100">
            {s.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** A definition list of facts; rows with a null value are left out. */
export function Facts({ rows }: { rows: [string, ReactNode | null | undefined][] }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== "");
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
      {shown.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-muted">{term}</dt>
          <dd className="min-w-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function actorKindLabel(actor: { type: "region" | "organisation"; kind: string }): string {
  return actor.type === "region" ? label(REGION_KIND_LABELS, actor.kind) : label(ORGANISATION_KIND_LABELS, actor.kind);
}

export function LinkList({ items, type }: { items: { slug: string; name: string; note?: ReactNode }[]; type: RecordType }) {
  return (
    <ul className="grid gap-2 sm:grid-cols-2">
      {items.map((item) => (
        <li key={item.slug} className="rounded border border-stone-200 bg-white px-3 py-2">
          <RecordLink type={type} slug={item.slug}>{item.name}</RecordLink>
          {item.note ? <div className="text-sm text-muted">{item.note}</div> : null}
        </li>
      ))}
    </ul>
  );
}

/** Under a capped list: "Showing the 50 most recent of 1,234 — see them all". */
export function MoreLink({ shown, total, href, what }: { shown: number; total: number; href?: string; what: string }) {
  if (total <= shown) return null;
  return (
    <p className="mt-3 text-sm text-muted">
      Showing the {shown} most recent of {total.toLocaleString("en")} {what}.{" "}
      {href ? <Link href={href} className="text-eu underline">See them all in the search</Link> : null}
    </p>
  );
}

/**
 * The visible mark of a record that no source passage supports: Kizuna's
 * promise is that every fact is traced, so a record that is not says so
 * wherever it is listed, not only on its own page.
 */
export function NoSourceMark({ cited, first = false }: { cited: boolean; first?: boolean }) {
  if (cited) return null;
  return (
    <span className={`${first ? "mr-1" : "ml-2"} inline-block rounded bg-amber-50 px-1.5 py-0.5 align-middle text-xs font-medium text-amber-900 ring-1 ring-amber-300`}>
      no source cited
    </span>
  );
}
