"use client";
// While an editor pastes an article, lists what the directory already knows
// that the text mentions: regions, organisations, people, sectors and dates.
import Link from "next/link";
import { useEffect, useState } from "react";
import { RECORD_TYPE_LABELS } from "@/lib/labels";

type Named = { id: number; name: string };
type Mentions = { regions: Named[]; organisations: Named[]; people: Named[]; sectors: Named[]; dates: { text: string; value: string }[] };

export function MentionSuggestions({ fieldName = "text" }: { fieldName?: string }) {
  const [text, setText] = useState("");
  const [found, setFound] = useState<Mentions | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // Follow the article textarea of the form on the page (it stays an ordinary, uncontrolled input).
  useEffect(() => {
    const area = document.querySelector<HTMLTextAreaElement>(`textarea[name="${fieldName}"]`);
    if (!area) return;
    const update = () => setText(area.value);
    update();
    area.addEventListener("input", update);
    return () => area.removeEventListener("input", update);
  }, [fieldName]);

  useEffect(() => {
    if (text.trim().length < 3) return setFound(null);
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch("/api/v1/admin/suggest", {
          method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: text.slice(0, 200_000) }), signal: controller.signal,
        });
        const body = await response.json();
        if (!response.ok) return setProblem(body.error ?? "Suggestions are not available.");
        setProblem(null);
        setFound(body as Mentions);
      } catch (error) {
        if ((error as Error).name !== "AbortError") setProblem("Suggestions are not available right now.");
      }
    }, 400);
    return () => { clearTimeout(timer); controller.abort(); };
  }, [text]);

  const groups: [string, string, Named[]][] = found
    ? ([["region", found.regions], ["organisation", found.organisations], ["person", found.people], ["sector", found.sectors]] as const).map(([type, list]) => [RECORD_TYPE_LABELS[type].many, type, list])
    : [];
  return (
    <section aria-label="Mentioned in the text" aria-live="polite" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 className="text-lg font-semibold">Mentioned in the text</h2>
      {problem ? <p className="mt-1 text-sm text-red-800">{problem}</p> : null}
      {!found ? (
        <p className="mt-1 text-sm text-muted">Paste the article in “Full text”: the regions, organisations, people, sectors and dates it mentions that the directory already has appear here.</p>
      ) : (
        <div className="mt-2 space-y-3 text-sm">
          {groups.map(([label, type, items]) => (
            <div key={type}>
              <h3 className="font-medium">{label}</h3>
              {items.length ? (
                <ul className="mt-1 flex flex-wrap gap-2">
                  {items.map((item) => (
                    <li key={item.id}><Link href={`/admin/${type}/${item.id}`} target="_blank" className="inline-block rounded-full bg-stone-100 px-2 py-0.5 text-eu ring-1 ring-stone-200 hover:underline">{item.name}</Link></li>
                  ))}
                </ul>
              ) : <p className="text-muted">None found.</p>}
            </div>
          ))}
          <div>
            <h3 className="font-medium">Dates</h3>
            {found.dates.length ? (
              <ul className="mt-1 list-disc pl-5">{found.dates.map((d) => <li key={`${d.text}-${d.value}`}>“{d.text}” → <code>{d.value}</code></li>)}</ul>
            ) : <p className="text-muted">None found.</p>}
          </div>
        </div>
      )}
    </section>
  );
}
