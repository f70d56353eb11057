"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";

/**
 * The search box. Without JavaScript it is a plain input in a GET form; with
 * it, results follow the typing (debounced) by replacing the URL, so the state
 * stays shareable and the back button leaves the search rather than stepping
 * through every keystroke.
 */
export function SearchBox({ initial, label }: { initial: string; label: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [value, setValue] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // When the URL changes from elsewhere (back button, a facet link), show its query.
  useEffect(() => setValue(initial), [initial]);
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);

  function onChange(next: string) {
    setValue(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const params = new URLSearchParams(searchParams.toString());
      if (next.trim()) params.set("q", next);
      else params.delete("q");
      params.delete("page");
      const query = params.toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    }, 300);
  }

  return (
    <div className="flex gap-2">
      <label htmlFor="search-q" className="sr-only">{label}</label>
      <input
        id="search-q"
        name="q"
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        maxLength={200}
        autoComplete="off"
        placeholder="A name, a place, a sector… e.g. Kyoto, 京都, biotech"
        className="min-w-0 flex-1 rounded border border-stone-300 bg-white px-3 py-2 text-lg"
      />
      <button type="submit" className="rounded bg-eu px-4 py-2 font-medium text-white hover:bg-blue-900">Search</button>
    </div>
  );
}
