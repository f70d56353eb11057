// A cited passage must occur in its source's text. Sources are wrapped and
// typeset differently from what an editor pastes, so both sides are folded first.

/** Folds whitespace and typographic quotes so a quote matches its source however it was wrapped. */
export function normaliseForQuote(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”«»]/g, '"').replace(/\s+/g, " ").trim();
}

export function quoteOccursIn(sourceText: string, quote: string): boolean {
  const needle = normaliseForQuote(quote);
  return needle !== "" && normaliseForQuote(sourceText).includes(needle);
}
