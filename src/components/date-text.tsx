import { useId, type ReactNode } from "react";
import { formatDateValue, toPartialIso, type PreciseDate } from "@/lib/dates";

/**
 * A date as the sources support it: "8 November 2016" plus, when inferred,
 * "(inferred: …)"; "not stated in the source" when unknown. Never a made-up day.
 */
export function DateText({ value }: { value: PreciseDate }) {
  if (value.precision === "UNKNOWN" || !value.date) {
    return <span className="italic text-muted">not stated in the source</span>;
  }
  return (
    <span>
      <time dateTime={toPartialIso(value) ?? undefined}>{formatDateValue(value)}</time>
      {value.inferredFrom ? <span className="text-muted"> (inferred: {value.inferredFrom})</span> : null}
    </span>
  );
}

/**
 * The visible "(inferred)" after a value that the source does not state, where
 * there is no room for the reasoning (lists, search results). It is a button
 * that opens the reasoning in a native popover: no JavaScript needed, reachable
 * by keyboard and touch (not a hover-only title), closed by Escape or a tap outside.
 * `what` names the value for screen readers ("date", "place").
 */
export function InferredMark({ reason, what, nested = false }: { reason: string; what: string; nested?: boolean }) {
  const id = `why-${useId().replace(/[^A-Za-z0-9_-]/g, "")}`;
  return (
    <>
      {nested ? ", " : " "}
      <button
        type="button"
        popoverTarget={id}
        className="relative cursor-pointer rounded text-muted underline decoration-dotted underline-offset-2 hover:text-ink focus-visible:outline-2 focus-visible:outline-eu"
      >
        {nested ? "" : "("}inferred<span className="sr-only"> {what}: why?</span>{nested ? "" : ")"}
      </button>
      <span
        id={id}
        popover="auto"
        role="note"
        className="m-auto max-w-md rounded-lg border border-stone-300 bg-white p-4 text-left text-sm text-ink shadow-lg backdrop:bg-black/20"
      >
        <span className="block font-medium">Inferred {what}: not stated in the source</span>
        <span className="mt-1 block">{reason}</span>
        <button type="button" popoverTarget={id} popoverTargetAction="hide" className="mt-3 rounded border border-stone-300 px-2 py-0.5 text-sm hover:bg-stone-100">
          Close
        </button>
      </span>
    </>
  );
}

/**
 * A value with its certainty, for lists: the value, then "(inferred)" when it was worked out;
 * `nested` (inside parentheses already) gives "Osaka, inferred".
 */
export function WithCertainty({ children, inferredFrom, what, nested }: { children: ReactNode; inferredFrom: string | null | undefined; what: string; nested?: boolean }) {
  return (
    <span>
      {children}
      {inferredFrom ? <InferredMark reason={inferredFrom} what={what} nested={nested} /> : null}
    </span>
  );
}

/** A compact date for lists: no inference text, but an "(inferred)" mark that opens it. */
export function ShortDate({ value }: { value: PreciseDate }) {
  if (value.precision === "UNKNOWN" || !value.date) return <span className="italic text-muted">date not stated</span>;
  return (
    <WithCertainty inferredFrom={value.inferredFrom} what="date">
      <time dateTime={toPartialIso(value) ?? undefined}>{formatDateValue(value)}</time>
    </WithCertainty>
  );
}

/** "30 September 2016 – 7 October 2016", each end with its own precision. */
export function DateRange({ starts, ends }: { starts: PreciseDate; ends: PreciseDate }) {
  if (ends.precision === "UNKNOWN") return <ShortDate value={starts} />;
  if (starts.precision === "UNKNOWN") return <span>until <ShortDate value={ends} /></span>;
  if (formatDateValue(starts) === formatDateValue(ends)) return <ShortDate value={starts} />;
  return (
    <span>
      <ShortDate value={starts} /> – <ShortDate value={ends} />
    </span>
  );
}

/**
 * The legend of the marks used in lists, shown once above or below them: what
 * "(inferred)" and "no source cited" mean, and how to see why.
 */
export function CertaintyLegend({ uncited = true }: { uncited?: boolean }) {
  return (
    <p className="mb-4 rounded border border-stone-200 bg-white px-3 py-2 text-sm text-muted">
      <span className="font-medium text-ink">(inferred)</span>: a date or place that the source does not state,
      worked out from other facts — select it to read how.
      {uncited ? <>{" "}<span className="font-medium text-ink">no source cited</span>: no source passage supports the record yet.</> : null}
    </p>
  );
}
