import Link from "next/link";
import type { ReactNode } from "react";

const NAV = [
  ["/search", "Search"],
  ["/regions", "Regions"],
  ["/agreements", "Agreements"],
  ["/missions", "Missions"],
  ["/events", "Events"],
  ["/organisations", "Organisations"],
  ["/sectors", "Sectors"],
  ["/sources", "Sources"],
] as const;

export default function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="flex items-baseline gap-2 text-ink no-underline">
            <span className="text-xl font-bold tracking-tight">Kizuna</span>
            <span lang="ja" className="text-sm text-accent">絆</span>
            <span className="hidden text-sm text-muted sm:inline">Europe–Japan regional partnerships</span>
          </Link>
          <nav aria-label="Main">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {NAV.map(([href, text]) => (
                <li key={href}>
                  <Link href={href} className="text-ink underline decoration-transparent hover:decoration-accent">{text}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">{children}</main>
      <footer className="mt-12 border-t border-stone-200 bg-white">
        <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
          Kizuna traces every fact to a source passage. Dates and places the sources do not state are marked
          “not stated in the source”; values worked out from other facts are marked “inferred” with the reasoning;
          a record that no passage supports yet is marked “no source cited”.{" "}
          <Link href="/sources" className="text-eu underline">See the sources</Link> and{" "}
          <Link href="/quality" className="text-eu underline">what is not yet traced</Link>.
        </div>
      </footer>
    </>
  );
}
