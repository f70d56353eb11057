"use client";
// "Cite a passage": select words in the article, say which record (and which
// of its fields) they support, and the citation is added to that record.
import { useActionState, useEffect, useRef, useState } from "react";
import { CITABLE_TYPES, citableFields, type CitableType } from "@/lib/admin/citation";
import type { Option, RefTarget } from "@/lib/admin/fields";
import { RefSearch } from "./ref-search";
import { TYPE_LABELS } from "@/lib/admin/record-types";

type State = { message?: string; ok?: boolean; fieldErrors?: Record<string, string>; attempt: number; link?: string };

const input = "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 focus:border-eu focus:outline-none focus:ring-2 focus:ring-eu/30";

export function CitePassage({ text, language, records, searched, action }: {
  text: string;
  language: string;
  records: Partial<Record<RefTarget, Option[]>>;
  /** Types with too many records to list: chosen by kind, then searched by name. */
  searched: RefTarget[];
  action: (state: State, data: FormData) => Promise<State>;
}) {
  const [state, formAction, pending] = useActionState(action, { attempt: 0 });
  const [quote, setQuote] = useState("");
  const [type, setType] = useState<CitableType | null>(null);
  const articleRef = useRef<HTMLDivElement>(null);
  // A citation was added: start the next one from an empty passage.
  useEffect(() => {
    if (state.ok) setQuote("");
  }, [state]);
  const takeSelection = () => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !articleRef.current) return;
    if (!articleRef.current.contains(selection.anchorNode) || !articleRef.current.contains(selection.focusNode)) return;
    setQuote(selection.toString().replace(/\s+/g, " ").trim());
  };
  const fields = type ? citableFields(type) : [...new Map(CITABLE_TYPES.flatMap((t) => citableFields(t)).map((o) => [o.value, o])).values()];
  return (
    <section aria-labelledby="cite-heading" className="mt-10 rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
      <h2 id="cite-heading" className="text-lg font-semibold">Cite a passage</h2>
      <p className="mt-1 text-sm text-muted">Select words in the article below; they fill the passage. Then choose the record they support and save.</p>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <div ref={articleRef} onMouseUp={takeSelection} onKeyUp={takeSelection} tabIndex={0} role="region" aria-label="Article text" lang={language}
          className="max-h-[32rem] overflow-y-auto whitespace-pre-wrap rounded border border-stone-200 bg-stone-50 p-3 text-sm leading-relaxed">
          {text || <i>This source has no text yet. Paste the article in the form above and save.</i>}
        </div>
        <form action={formAction} className="space-y-4" key={state.ok ? state.attempt : "form"}>
          {state.message ? (
            <div role={state.ok ? "status" : "alert"} className={`rounded border p-3 text-sm ${state.ok ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900"}`}>
              {state.message} {state.ok && state.link ? <a href={state.link} className="underline">Open the record</a> : null}
            </div>
          ) : null}
          <div>
            <label htmlFor="cite-quote" className="block text-sm font-medium">Passage</label>
            <textarea id="cite-quote" name="quote" rows={4} value={quote} onChange={(e) => setQuote(e.target.value)} className={input} lang={language}
              aria-invalid={state.fieldErrors?.quote ? true : undefined} aria-describedby={state.fieldErrors?.quote ? "cite-quote-error" : "cite-quote-hint"} />
            <p id="cite-quote-hint" className="mt-1 text-sm text-muted">Exactly as in the article (line breaks and quotation marks may differ).</p>
            {state.fieldErrors?.quote ? <p id="cite-quote-error" className="mt-1 text-sm font-medium text-red-800">{state.fieldErrors.quote}</p> : null}
          </div>
          {searched.length === 0 ? (
          <div>
              <label htmlFor="cite-record" className="block text-sm font-medium">Supports the record</label>
              <select id="cite-record" name="record" defaultValue="" onChange={(e) => setType((e.target.value.split(":")[0] as CitableType) || null)} className={input}
                aria-invalid={state.fieldErrors?.recordId || state.fieldErrors?.recordType ? true : undefined} aria-describedby={state.fieldErrors?.recordId || state.fieldErrors?.recordType ? "cite-record-error" : undefined}>
                <option value="">Choose…</option>
                {CITABLE_TYPES.map((t) => (
                  <optgroup key={t} label={TYPE_LABELS[t].many}>
                    {(records[t] ?? []).map((o) => <option key={o.value} value={`${t}:${o.value}`}>{o.label}</option>)}
                  </optgroup>
                ))}
              </select>
              {state.fieldErrors?.recordId || state.fieldErrors?.recordType ? <p id="cite-record-error" className="mt-1 text-sm font-medium text-red-800">{state.fieldErrors.recordId ?? state.fieldErrors.recordType}</p> : null}
            </div>
          ) : (
            <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
              <div>
                <label htmlFor="cite-type" className="block text-sm font-medium">Kind of record</label>
                <select id="cite-type" name="recordType" value={type ?? ""} onChange={(e) => setType((e.target.value as CitableType) || null)} className={input}>
                  <option value="">Choose…</option>
                  {CITABLE_TYPES.map((t) => <option key={t} value={t}>{TYPE_LABELS[t].one}</option>)}
                </select>
              </div>
              <div>
                <label htmlFor="cite-record-search" className="block text-sm font-medium">Supports the record</label>
                {type ? (
                  <RefSearch key={type} target={type} name="recordId" id="cite-record-search" value="" label=""
                    aria={{ "aria-invalid": state.fieldErrors?.recordId ? true : undefined, "aria-describedby": state.fieldErrors?.recordId ? "cite-record-error" : undefined }} />
                ) : <input id="cite-record-search" disabled placeholder="Choose the kind first" className={input} />}
                {state.fieldErrors?.recordId || state.fieldErrors?.recordType ? <p id="cite-record-error" className="mt-1 text-sm font-medium text-red-800">{state.fieldErrors.recordId ?? state.fieldErrors.recordType}</p> : null}
              </div>
            </div>
          )}
          <div>
            <label htmlFor="cite-field" className="block text-sm font-medium">Which part of it</label>
            <select id="cite-field" name="field" defaultValue="" className={input} aria-invalid={state.fieldErrors?.field ? true : undefined} aria-describedby={state.fieldErrors?.field ? "cite-field-error" : undefined}>
              {fields.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
            {state.fieldErrors?.field ? <p id="cite-field-error" className="mt-1 text-sm font-medium text-red-800">{state.fieldErrors.field}</p> : null}
          </div>
          <button type="submit" disabled={pending} className="rounded bg-eu px-4 py-2 font-medium text-white hover:bg-eu/90 disabled:opacity-60">Add citation</button>
        </form>
      </div>
    </section>
  );
}
