// Highlighted text travels as plain strings with ⟦ ⟧ around matched words (the
// markers PostgreSQL's ts_headline is told to use) and is split here into
// segments that the page renders as <mark> — never as HTML, so stored text
// cannot inject markup.

export type Segment = { text: string; match: boolean };

export const HIGHLIGHT_START = "\u27e6";
export const HIGHLIGHT_STOP = "\u27e7";

export function toSegments(marked: string): Segment[] {
  const segments: Segment[] = [];
  let match = false;
  for (const part of marked.split(/([\u27e6\u27e7])/)) {
    if (part === HIGHLIGHT_START) match = true;
    else if (part === HIGHLIGHT_STOP) match = false;
    else if (part) {
      const last = segments[segments.length - 1];
      if (last && last.match === match) last.text += part;
      else segments.push({ text: part, match });
    }
  }
  return segments;
}
