import Link from "next/link";
import type { ReactNode } from "react";
import { STATUS_LABELS } from "@/lib/admin/record-types";

export function AdminHeader({ crumbs, title, children }: { crumbs?: { href: string; label: string }[]; title: ReactNode; children?: ReactNode }) {
  return (
    <header className="mb-6 border-b border-stone-200 pb-4">
      {crumbs?.length ? (
        <nav aria-label="Breadcrumb" className="mb-1 text-sm">
          <ol className="flex flex-wrap gap-1 text-muted">
            {crumbs.map((crumb, i) => (
              <li key={crumb.href}>
                {i > 0 ? <span aria-hidden="true"> / </span> : null}
                <Link href={crumb.href} className="text-eu underline decoration-eu/30 hover:decoration-eu">{crumb.label}</Link>
              </li>
            ))}
          </ol>
        </nav>
      ) : null}
      <h1 className="text-2xl font-semibold leading-tight sm:text-3xl">{title}</h1>
      {children}
    </header>
  );
}

export function StatusBadge({ status }: { status: string }) {
  const colour = status === "PUBLISHED" ? "bg-green-50 text-green-900 ring-green-300" : status === "TRASHED" ? "bg-red-50 text-red-900 ring-red-300" : "bg-amber-50 text-amber-950 ring-amber-300";
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ring-1 ${colour}`}>{STATUS_LABELS[status] ?? status}</span>;
}

/** A time as editors read it, in UTC so that every editor sees the same. */
export function When({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{at.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC</time>;
}

export function Notice({ children, tone = "ok" }: { children: ReactNode; tone?: "ok" | "info" }) {
  return (
    <p role="status" className={`mb-6 rounded border p-3 ${tone === "ok" ? "border-green-300 bg-green-50 text-green-900" : "border-stone-300 bg-stone-50 text-ink"}`}>
      {children}
    </p>
  );
}
