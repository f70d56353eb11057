import type { Segment } from "@/lib/highlight";

/** Text with the words that matched the search marked. Rendered as text, never as HTML. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) => (s.match ? <mark key={i} className="rounded bg-amber-200 px-0.5 text-ink">{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}
