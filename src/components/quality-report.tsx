import Link from "next/link";
import { TYPE_LABELS } from "@/lib/admin/record-types";
import type { QualityCheckDTO, QualityItemDTO } from "@/server/quality/queries";

// The data-quality report, shared by the public summary (/quality, links to
// public pages) and the admin (/admin/quality, links to the edit forms).

export function QualitySummary({ checks }: { checks: QualityCheckDTO[] }) {
  return (
    <ul className="mb-8 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {checks.map((c) => (
        <li key={c.key}>
          <a href={`#${c.key}`} className="block rounded-lg bg-white p-3 ring-1 ring-stone-200 hover:ring-eu">
            <span className="block text-2xl font-semibold text-ink">{c.count.toLocaleString("en")}</span>
            <span className="text-sm text-muted">{c.title.toLowerCase()}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

export function QualityChecks({ checks, hrefOf }: { checks: QualityCheckDTO[]; hrefOf: (item: QualityItemDTO) => string }) {
  return (
    <>
      {checks.map((c) => (
        <section key={c.key} aria-labelledby={`${c.key}-heading`} className="mb-10">
          <h2 id={`${c.key}-heading`} className="text-xl font-semibold">
            <span id={c.key}>{c.title}</span> <span className="text-base font-normal text-muted">({c.count.toLocaleString("en")})</span>
          </h2>
          <p className="mb-3 text-sm text-muted">{c.description}</p>
          {c.items.length === 0 ? (
            <p className="italic text-muted">None.</p>
          ) : (
            <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
              {c.items.map((item) => (
                <li key={`${item.type}-${item.id}`} className="flex flex-wrap items-baseline gap-x-3 px-3 py-2">
                  <span className="w-28 shrink-0 text-xs font-medium uppercase tracking-wide text-accent-dark">{TYPE_LABELS[item.type].one}</span>
                  <Link href={hrefOf(item)} className="font-medium text-eu underline decoration-eu/30 hover:decoration-eu">{item.name}</Link>
                  {item.detail ? <span className="min-w-0 break-words text-sm text-muted">{item.detail}</span> : null}
                </li>
              ))}
            </ul>
          )}
          {c.count > c.items.length ? <p className="mt-2 text-sm text-muted">Showing the first {c.items.length} of {c.count.toLocaleString("en")}.</p> : null}
        </section>
      ))}
    </>
  );
}
