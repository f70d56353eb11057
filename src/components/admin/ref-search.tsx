"use client";
// A reference field for a long list (100,000 organisations): the editor types,
// the server answers with up to 20 matches (/api/v1/admin/options), and the
// chosen record's id goes in a hidden input. ARIA 1.2 combobox pattern.
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import type { Option, RefTarget } from "@/lib/admin/fields";

type Aria = { "aria-invalid"?: boolean; "aria-describedby"?: string };

export function RefSearch({ target, name, id, value, label, aria }: { target: RefTarget; name: string; id: string; value: string; label: string; aria: Aria }) {
  const listId = useId();
  const [chosen, setChosen] = useState({ value, label });
  const [query, setQuery] = useState(label);
  const [results, setResults] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");

  useEffect(() => {
    if (!open || query.trim() === "" || query === chosen.label) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/v1/admin/options?${new URLSearchParams({ target, q: query.slice(0, 100) })}`, { signal: controller.signal });
        const body = await response.json();
        if (!response.ok) return setStatus(body.error ?? "The list could not be searched.");
        setResults(body.options);
        setActive(body.options.length ? 0 : -1);
        setStatus(body.options.length ? `${body.options.length} matches` : "No match");
      } catch (error) {
        if ((error as Error).name !== "AbortError") setStatus("The list could not be searched.");
      }
    }, 250);
    return () => { clearTimeout(timer); controller.abort(); };
  }, [query, open, target, chosen.label]);

  const choose = (option: Option | null) => {
    const next = option ? { value: option.value, label: option.label } : { value: "", label: "" };
    setChosen(next);
    setQuery(next.label);
    setOpen(false);
    setResults([]);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") { event.preventDefault(); setOpen(true); setActive((i) => Math.min(i + 1, results.length - 1)); }
    else if (event.key === "ArrowUp") { event.preventDefault(); setActive((i) => Math.max(i - 1, 0)); }
    else if (event.key === "Enter" && open && results[active]) { event.preventDefault(); choose(results[active]); }
    else if (event.key === "Escape") { setOpen(false); setQuery(chosen.label); }
  };
  const optionId = (i: number) => `${listId}-${i}`;
  return (
    <div className="relative mt-1 flex gap-2">
      <input type="hidden" name={name} value={chosen.value} />
      <input id={id} type="text" role="combobox" aria-autocomplete="list" aria-expanded={open && results.length > 0} aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined} autoComplete="off" placeholder="Type to search…"
        value={query} onChange={(e) => { setQuery(e.target.value); setOpen(true); }} onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => { setOpen(false); setQuery((q) => (q === "" && chosen.value ? "" : chosen.label)); }, 150)}
        className="block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-ink focus:border-eu focus:outline-none focus:ring-2 focus:ring-eu/30 aria-[invalid=true]:border-red-700" {...aria} />
      {chosen.value ? (
        <button type="button" onClick={() => choose(null)} className="shrink-0 rounded border border-stone-400 px-2 text-sm hover:bg-stone-100">
          Clear<span className="sr-only"> {chosen.label}</span>
        </button>
      ) : null}
      <ul id={listId} role="listbox" aria-label="Matches" hidden={!open || results.length === 0}
        className="absolute left-0 top-full z-10 mt-1 max-h-72 w-full overflow-y-auto rounded border border-stone-300 bg-white shadow-lg">
        {results.map((option, i) => (
          <li key={option.value} id={optionId(i)} role="option" aria-selected={i === active} onMouseDown={(e) => { e.preventDefault(); choose(option); }}
            className={`cursor-pointer px-2 py-1 text-sm ${i === active ? "bg-blue-50 text-eu" : ""}`}>
            {option.label}{option.group ? <span className="text-muted"> · {option.group}</span> : null}
          </li>
        ))}
      </ul>
      <span role="status" className="sr-only">{open ? status : ""}</span>
    </div>
  );
}
