"use client";

import { useRouter } from "next/navigation";
import type { MouseEvent, ReactNode } from "react";

/**
 * Client-side navigation for the plain links inside it, with one listener for
 * all of them. The search page lists a few hundred facet links; as next/link
 * each was a client component rendered and serialised on every request (and
 * prefetched when visible), which cost more server time than the search. Plain
 * `<a href>` links stay links without JavaScript; with it, a plain click
 * replaces the page in place, as next/link would.
 */
export function SoftLinks({ children, className }: { children: ReactNode; className?: string }) {
  const router = useRouter();
  function onClick(event: MouseEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest("a");
    if (!link || link.target || link.hasAttribute("download") || link.origin !== window.location.origin) return;
    event.preventDefault();
    router.push(`${link.pathname}${link.search}${link.hash}`, { scroll: false });
  }
  return <div className={className} onClick={onClick}>{children}</div>;
}
