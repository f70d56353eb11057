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

/** A compact date for lists: no inference text, but a marker when inferred. */
export function ShortDate({ value }: { value: PreciseDate }) {
  if (value.precision === "UNKNOWN" || !value.date) return <span className="italic text-muted">date not stated</span>;
  return (
    <span>
      {formatDateValue(value)}
      {value.inferredFrom ? (
        <abbr title={`inferred: ${value.inferredFrom}`} className="ml-0.5 text-muted no-underline">
          *<span className="sr-only"> (inferred)</span>
        </abbr>
      ) : null}
    </span>
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
