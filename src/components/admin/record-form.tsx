"use client";
// The admin form for any record type, drawn from its description in
// src/lib/admin/forms/. Works without JavaScript (a plain POST to the server
// action, blank rows to fill in); with it, the same zod schema checks the form
// before it is sent, rows can be added and removed, and the slug is suggested.
import { createContext, useActionState, useContext, useEffect, useId, useRef, useState, type FormEvent } from "react";
import { RefSearch } from "./ref-search";
import { allFields, fieldErrorsOf, readForm, type FieldDef, type FieldErrors, type Option, type RawRow, type RawValues, type RefTarget, type ScalarField } from "@/lib/admin/fields";
import { FORMS } from "@/lib/admin/forms";
import { formatRaw, type OptionLists } from "@/lib/admin/format";
import type { RecordType } from "@/lib/routes";
import { slugify } from "@/lib/slugs";
import { parsePartialDate } from "@/lib/dates";

export type ConflictView = { currentVersion: number; changedBy: string | null; changedAt: string | null; theirs: RawValues; fields: string[] };
export type FormState = { message?: string; fieldErrors?: FieldErrors; values?: RawValues; conflict?: ConflictView; version?: number | null; attempt: number };

const input = "mt-1 block w-full rounded border border-stone-400 bg-white px-2 py-1.5 text-ink focus:border-eu focus:outline-none focus:ring-2 focus:ring-eu/30 aria-[invalid=true]:border-red-700";
const labelClass = "block text-sm font-medium text-ink";

/** Reference targets too long to list: their fields search as the editor types. */
const Searched = createContext<RefTarget[]>([]);

type Props = {
  type: RecordType;
  initial: RawValues;
  version: number | null;
  options: OptionLists;
  searched: RefTarget[];
  action: (state: FormState, data: FormData) => Promise<FormState>;
  submitLabel: string;
};

export function RecordForm({ type, initial, version, options, searched, action, submitLabel }: Props) {
  const form = FORMS[type]!;
  const [state, formAction, pending] = useActionState(action, { attempt: 0, version });
  const [clientErrors, setClientErrors] = useState<{ attempt: number; errors: FieldErrors } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = clientErrors && clientErrors.attempt === state.attempt ? clientErrors.errors : (state.fieldErrors ?? {});
  const values = state.values ?? initial;
  const message = clientErrors && clientErrors.attempt === state.attempt ? "Some fields need attention." : state.message;

  function check(event: FormEvent<HTMLFormElement>) {
    const result = form.schema.safeParse(readForm(form, new FormData(event.currentTarget)));
    if (result.success) return setClientErrors(null);
    event.preventDefault();
    const found = fieldErrorsOf(result.error);
    setClientErrors({ attempt: state.attempt, errors: found });
    const first = Object.keys(found)[0];
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`[data-field="${CSS.escape(first)}"], [name="${CSS.escape(first)}"]`)?.focus());
  }

  return (
    <Searched.Provider value={searched}>
    <form ref={formRef} action={formAction} onSubmit={check} noValidate className="space-y-8" key={state.attempt}>
      <input type="hidden" name="_version" value={state.version ?? ""} />
      {message ? <Summary message={message} errors={errors} fields={allFields(form)} /> : null}
      {state.conflict ? <Conflict conflict={state.conflict} mine={values} fields={allFields(form)} options={options} /> : null}
      {form.groups.map((group) => (
        <fieldset key={group.heading} className="rounded-lg border border-stone-200 bg-white p-4 sm:p-6">
          <legend className="px-1 text-lg font-semibold">{group.heading}</legend>
          <div className="grid gap-5 sm:grid-cols-2">
            {group.fields.map((field) => (
              <Field key={field.name} field={field} value={values[field.name]} lang={langOf(field, values)} errors={errors} options={options} />
            ))}
          </div>
        </fieldset>
      ))}
      <div className="flex items-center gap-4">
        <button type="submit" disabled={pending} className="rounded bg-eu px-4 py-2 font-medium text-white hover:bg-eu/90 disabled:opacity-60">
          {state.conflict ? "Save my version over theirs" : submitLabel}
        </button>
        {pending ? <span role="status" className="text-sm text-muted">Saving…</span> : null}
      </div>
    </form>
    </Searched.Provider>
  );
}

function Summary({ message, errors, fields }: { message: string; errors: FieldErrors; fields: FieldDef[] }) {
  const entries = Object.entries(errors);
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-4 text-red-900">
      <p className="font-medium">{message}</p>
      {entries.length ? (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {entries.map(([name, text]) => (
            <li key={name}>
              <a href={`#${inputId(name)}`} className="underline">{fieldLabel(fields, name)}</a>: {text}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function Conflict({ conflict, mine, fields, options }: { conflict: ConflictView; mine: RawValues; fields: FieldDef[]; options: OptionLists }) {
  const changed = fields.filter((f) => conflict.fields.includes(f.name));
  const when = conflict.changedAt ? `${new Date(conflict.changedAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC` : "recently";
  return (
    <section aria-labelledby="conflict-heading" className="rounded-lg border border-amber-400 bg-amber-50 p-4">
      <h2 id="conflict-heading" className="text-lg font-semibold text-amber-950">Saved meanwhile by {conflict.changedBy ?? "someone else"}, {when}</h2>
      <p className="mt-1 text-sm text-amber-950">
        Nothing of yours is lost: your values are still in the form below. Compare them with the saved version, change what you need, then save to
        replace the saved version — or {/* biome-ignore lint/a11y/useValidAnchor: href="" is this page: reloading it discards the changes */}
        <a className="underline" href="">discard your changes and reload</a>.
      </p>
      {changed.length ? (
        <table className="mt-3 w-full table-fixed border-collapse bg-white text-sm">
          <caption className="sr-only">Fields that differ between your version and the saved one</caption>
          <thead>
            <tr className="border-b border-amber-300 text-left">
              <th scope="col" className="w-1/5 p-2">Field</th>
              <th scope="col" className="p-2">Your version</th>
              <th scope="col" className="p-2">Saved version</th>
            </tr>
          </thead>
          <tbody>
            {changed.map((field) => (
              <tr key={field.name} className="border-b border-amber-100 align-top">
                <th scope="row" className="p-2 text-left font-medium">{field.label}</th>
                <td className="whitespace-pre-wrap break-words p-2">{formatRaw(field, mine[field.name], options) || <i>(empty)</i>}</td>
                <td className="whitespace-pre-wrap break-words p-2">{formatRaw(field, conflict.theirs[field.name], options) || <i>(empty)</i>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-2 text-sm">The saved version differs only in its status or history; your values match it.</p>
      )}
    </section>
  );
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The lang attribute of a text input: its own, or the language tag another field holds (a valid one only). */
function langOf(field: FieldDef, values: Record<string, unknown>): string | undefined {
  if (field.kind === "text" && field.lang) return field.lang;
  const tag = field.langFrom ? values[field.langFrom] : undefined;
  return typeof tag === "string" && LANGUAGE_TAG.test(tag.trim()) ? tag.trim() : undefined;
}

export function inputId(name: string) {
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

function fieldLabel(fields: FieldDef[], name: string): string {
  const [head, index, sub] = name.split(".");
  const field = fields.find((f) => f.name === head);
  if (!field) return "Form";
  if (field.kind === "rows" && index !== undefined) {
    const subLabel = field.fields.find((f) => f.name === sub)?.label;
    return `${field.label}, row ${Number(index) + 1}${subLabel ? `, ${subLabel}` : ""}`;
  }
  if (field.kind === "date" && index === "inferredFrom") return `${field.label}, inferred from`;
  return field.label;
}

function ErrorText({ id, error }: { id: string; error?: string }) {
  return error ? <p id={id} className="mt-1 text-sm font-medium text-red-800">{error}</p> : null;
}

function describedBy(...ids: (string | false | undefined)[]) {
  return ids.filter(Boolean).join(" ") || undefined;
}

function Hint({ id, text }: { id: string; text?: string }) {
  return text ? <p id={id} className="mt-1 text-sm text-muted">{text}</p> : null;
}

function OptionList({ options, empty }: { options: Option[]; empty?: string }) {
  const groups = new Map<string | undefined, Option[]>();
  for (const option of options) groups.set(option.group, [...(groups.get(option.group) ?? []), option]);
  return (
    <>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {[...groups].map(([group, list]) =>
        group ? (
          <optgroup key={group} label={group}>
            {list.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </optgroup>
        ) : (
          list.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)
        ),
      )}
    </>
  );
}

function Field({ field, value, lang, errors, options }: { field: FieldDef; value: RawValues[string] | undefined; lang?: string; errors: FieldErrors; options: OptionLists }) {
  const id = inputId(field.name);
  const error = errors[field.name];
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const aria = { "aria-invalid": error ? true : undefined, "aria-describedby": describedBy(field.hint && hintId, error && errorId) };
  const wide = field.kind === "textarea" || field.kind === "lines" || field.kind === "rows" || field.kind === "refs" || field.kind === "date" || (field.kind === "text" && field.wide);
  const label = (
    <label htmlFor={id} className={labelClass}>
      {field.label}
      {field.required ? <span className="text-red-800" aria-hidden="true"> *</span> : null}
    </label>
  );
  const wrap = (body: React.ReactNode) => <div className={wide ? "sm:col-span-2" : undefined}>{body}</div>;

  switch (field.kind) {
    case "textarea":
    case "lines":
      return wrap(
        <>
          {label}
          <textarea id={id} name={field.name} lang={lang} rows={field.kind === "textarea" ? (field.rows ?? 4) : 4} defaultValue={Array.isArray(value) ? value.join("\n") : (value as string) ?? ""} className={input} {...aria} />
          <Hint id={hintId} text={field.hint} />
          <ErrorText id={errorId} error={error} />
        </>,
      );
    case "slug":
      return wrap(<SlugInput field={field} id={id} value={(value as string) ?? ""} error={error} label={label} />);
    case "refs": {
      const selected = new Set((value as string[]) ?? []);
      return wrap(
        <fieldset aria-describedby={describedBy(field.hint && hintId, error && errorId)} data-field={field.name} tabIndex={-1}>
          <legend className={labelClass}>{field.label}</legend>
          <Hint id={hintId} text={field.hint} />
          <div className="mt-2 max-h-64 overflow-y-auto rounded border border-stone-300 bg-stone-50 p-2 sm:columns-2">
            {(options[field.target] ?? []).map((o) => (
              <label key={o.value} className="flex items-start gap-2 py-0.5 text-sm">
                <input type="checkbox" name={field.name} value={o.value} defaultChecked={selected.has(o.value)} className="mt-1" />
                <span>{o.label}{o.group && o.group !== "Ecosystems" ? <span className="text-muted"> · {o.group}</span> : null}</span>
              </label>
            ))}
          </div>
          <ErrorText id={errorId} error={error} />
        </fieldset>,
      );
    }
    case "date":
      return wrap(<DateInput field={field} id={id} value={value as { value: string; inferredFrom: string } | undefined} errors={errors} />);
    case "rows":
      return wrap(<RowsInput field={field} rows={(value as RawRow[]) ?? []} errors={errors} options={options} />);
    default:
      return wrap(
        <>
          {field.kind === "hidden" ? null : label}
          <ScalarInput field={field} id={id} name={field.name} value={(value as string) ?? ""} lang={lang} options={options} aria={aria} />
          <Hint id={hintId} text={field.hint} />
          <ErrorText id={errorId} error={error} />
        </>,
      );
  }
}

type Aria = { "aria-invalid"?: boolean; "aria-describedby"?: string; "aria-label"?: string };

function ScalarInput({ field, id, name, value, lang, options, aria }: { field: ScalarField; id: string; name: string; value: string; lang?: string; options: OptionLists; aria: Aria }) {
  const searched = useContext(Searched);
  if (field.kind === "ref" && searched.includes(field.target)) {
    const label = options[field.target]?.find((o) => o.value === value)?.label ?? (value ? `#${value}` : "");
    return <RefSearch target={field.target} name={name} id={id} value={value} label={label} aria={aria} />;
  }
  switch (field.kind) {
    case "hidden":
      return <input type="hidden" name={name} defaultValue={value} />;
    case "select":
      return (
        <select id={id} name={name} defaultValue={value} className={input} {...aria}>
          <OptionList options={field.options} empty={field.options.some((o) => o.value === "") ? undefined : "Choose…"} />
        </select>
      );
    case "ref":
      return (
        <select id={id} name={name} defaultValue={value} className={input} {...aria}>
          <OptionList options={options[field.target] ?? []} empty={field.required ? "Choose…" : "— none —"} />
        </select>
      );
    case "number":
      return <input id={id} name={name} type="text" inputMode="numeric" defaultValue={value} className={input} {...aria} />;
    default:
      return <input id={id} name={name} type="text" defaultValue={value} maxLength={field.max ? Math.max(field.max * 4, 20) : undefined} lang={lang} className={input} {...aria} />;
  }
}

function SlugInput({ field, id, value, error, label }: { field: Extract<FieldDef, { kind: "slug" }>; id: string; value: string; error?: string; label: React.ReactNode }) {
  const ref = useRef<HTMLInputElement>(null);
  const source = () => {
    const element = ref.current?.form?.elements.namedItem(field.from);
    return element instanceof HTMLInputElement ? element : null;
  };
  const suggest = () => {
    const from = source();
    if (ref.current && from) ref.current.value = slugify(from.value);
  };
  // A new record's slug follows its name until the editor types one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once: the form's inputs stay the same elements
  useEffect(() => {
    const from = source();
    if (!from || value !== "") return;
    let typed = false;
    const slugInput = ref.current;
    // A name typed before the page was interactive (no listener yet) counts too.
    if (from.value && slugInput?.value === "") suggest();
    const onSlugInput = () => { typed = true; };
    const onNameInput = () => { if (!typed) suggest(); };
    slugInput?.addEventListener("input", onSlugInput);
    from.addEventListener("input", onNameInput);
    return () => {
      slugInput?.removeEventListener("input", onSlugInput);
      from.removeEventListener("input", onNameInput);
    };
  }, []); // once: the form's inputs stay the same elements
  return (
    <>
      {label}
      <div className="mt-1 flex gap-2">
        <input ref={ref} id={id} name={field.name} type="text" defaultValue={value} className={input.replace("mt-1 ", "")} aria-invalid={error ? true : undefined} aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)} />
        <button type="button" onClick={suggest} className="shrink-0 rounded border border-stone-400 px-2 text-sm hover:bg-stone-100">Suggest</button>
      </div>
      <Hint id={`${id}-hint`} text={field.hint ?? "The record's address: lower-case letters, digits and hyphens. Suggested from the name; must be unique."} />
      <ErrorText id={`${id}-error`} error={error} />
    </>
  );
}

function DateInput({ field, id, value, errors }: { field: FieldDef; id: string; value?: { value: string; inferredFrom: string }; errors: FieldErrors }) {
  const [text, setText] = useState(value?.value ?? "");
  const parsed = parsePartialDate(text);
  const precision = text.trim() === "" ? "unknown (not stated in the source)" : parsed ? `${parsed.precision.toLowerCase()}` : "not a valid date";
  const valueError = errors[`${field.name}.value`];
  const inferredError = errors[`${field.name}.inferredFrom`];
  return (
    <fieldset className="grid gap-3 rounded border border-stone-200 p-3 sm:grid-cols-2">
      <legend className="px-1 text-sm font-semibold">{field.label}</legend>
      <div>
        <label htmlFor={`${id}-value`} className={labelClass}>Date</label>
        <input id={`${id}-value`} name={`${field.name}.value`} type="text" value={text} onChange={(e) => setText(e.target.value)} placeholder="2016-11-08, 2016-11 or 2016"
          className={input} aria-invalid={valueError ? true : undefined} aria-describedby={describedBy(`${id}-precision`, valueError && `${id}-value-error`)} />
        <p id={`${id}-precision`} className="mt-1 text-sm text-muted">Precision: {precision}. Leave empty when the source does not state it.</p>
        <ErrorText id={`${id}-value-error`} error={valueError} />
      </div>
      <div>
        <label htmlFor={`${id}-inferredFrom`} className={labelClass}>Inferred from</label>
        <input id={`${id}-inferredFrom`} name={`${field.name}.inferredFrom`} type="text" defaultValue={value?.inferredFrom ?? ""} className={input}
          aria-invalid={inferredError ? true : undefined} aria-describedby={describedBy(`${id}-inferred-hint`, inferredError && `${id}-inferred-error`)} />
        <p id={`${id}-inferred-hint`} className="mt-1 text-sm text-muted">Empty when the source states the date; otherwise how it was worked out.</p>
        <ErrorText id={`${id}-inferred-error`} error={inferredError} />
      </div>
    </fieldset>
  );
}

function RowsInput({ field, rows, errors, options }: { field: Extract<FieldDef, { kind: "rows" }>; rows: RawRow[]; errors: FieldErrors; options: OptionLists }) {
  const base = useId();
  // Stable keys so that removing a row keeps what was typed in the others; one
  // blank row at the end lets the form add a row without JavaScript.
  const [keys, setKeys] = useState(() => [...rows.map((_, i) => `${base}-${i}`), `${base}-new-0`]);
  const [counter, setCounter] = useState(1);
  const byKey = new Map(rows.map((row, i) => [`${base}-${i}`, row]));
  const error = errors[field.name];
  const hintId = `${inputId(field.name)}-hint`;
  const errorId = `${inputId(field.name)}-error`;
  return (
    <fieldset data-field={field.name} tabIndex={-1} aria-describedby={describedBy(field.hint && hintId, error && errorId)}>
      <legend className={labelClass}>{field.label}{field.required ? <span className="text-red-800" aria-hidden="true"> *</span> : null}</legend>
      <Hint id={hintId} text={field.hint} />
      <ErrorText id={errorId} error={error} />
      <ol className="mt-2 space-y-3">
        {keys.map((key, index) => {
          const row = byKey.get(key) ?? {};
          return (
            <li key={key} className="rounded border border-stone-200 bg-stone-50 p-3">
              <div className="flex flex-wrap items-end gap-3">
                {field.fields.map((sub) => {
                  const name = `${field.name}.${index}.${sub.name}`;
                  const id = inputId(name);
                  const subError = errors[name];
                  return sub.kind === "hidden" ? (
                    <input key={sub.name} type="hidden" name={name} defaultValue={row[sub.name] ?? ""} />
                  ) : (
                    <div key={sub.name} className={sub.kind === "text" && sub.wide ? "min-w-64 flex-[3]" : "min-w-40 flex-1"}>
                      <label htmlFor={id} className="block text-xs font-medium text-ink">{sub.label} <span className="sr-only">(row {index + 1})</span></label>
                      <ScalarInput field={sub} id={id} name={name} value={row[sub.name] ?? ""} lang={langOf(sub, row)} options={options}
                        aria={{ "aria-invalid": subError ? true : undefined, "aria-describedby": subError ? `${id}-error` : undefined }} />
                      <ErrorText id={`${id}-error`} error={subError} />
                    </div>
                  );
                })}
                <button type="button" onClick={() => setKeys((list) => list.filter((k) => k !== key))} className="rounded border border-stone-400 px-2 py-1 text-sm hover:bg-white">
                  Remove<span className="sr-only"> {field.label.toLowerCase()} row {index + 1}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => { setKeys((list) => [...list, `${base}-new-${counter}`]); setCounter((c) => c + 1); }} className="mt-2 rounded border border-eu px-3 py-1 text-sm text-eu hover:bg-blue-50">
        {field.addLabel}
      </button>
    </fieldset>
  );
}
