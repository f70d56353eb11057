import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ADVERSARIAL_PIECES, adversarialText, fastestRun, KNOWN_WORST, ordinaryText, USER_INPUT_FUNCTIONS } from "../../scripts/lib/regex-inputs";

// No regular expression applied to user input may backtrack super-linearly
// (a ReDoS: findDates once took 4.7 s on "1" and 64,000 spaces, stalling
// other requests). Measured as a ratio against ordinary text of the same
// length, measured right before on the same machine, never as a clock limit:
// a quadratic pattern gives hundreds at this length, a linear one stays near
// 1–7 (constant factors: short runs, more matches). The bound is generous.
const LENGTH = 50_000;
const MAX_RATIO = 20;

const ordinary = ordinaryText(LENGTH);
const piece = fc.constantFrom(...ADVERSARIAL_PIECES);
const pieces = (max: number) => fc.array(piece, { minLength: 0, maxLength: max }).map((p) => p.join(""));
const adversarial = fc.record({ prefix: pieces(3), filler: fc.array(piece, { minLength: 1, maxLength: 3 }).map((p) => p.join("")), suffix: pieces(2) });

/** Time on `text` over time on ordinary text; measured twice before it counts as slow (another process may have run). */
function ratio(fn: (text: string) => unknown, text: string): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 2 && best >= MAX_RATIO; attempt++) {
    const base = Math.max(fastestRun(fn, ordinary, 5), 0.05); // below 50 µs the timer's resolution dominates
    best = Math.min(best, fastestRun(fn, text, 5) / base);
  }
  return best;
}

describe("regular expressions on user input take linear time", () => {
  for (const [name, fn] of Object.entries(USER_INPUT_FUNCTIONS)) {
    it(`${name}: adversarial text costs at most ${MAX_RATIO}× ordinary text of the same length`, () => {
      for (let i = 0; i < 3; i++) fn(ordinary); // compiled before anything is timed
      for (const worst of KNOWN_WORST) {
        const text = adversarialText(worst.prefix, worst.filler, worst.suffix, LENGTH);
        expect(ratio(fn, text), worst.label).toBeLessThan(MAX_RATIO);
      }
      fc.assert(
        fc.property(adversarial, ({ prefix, filler, suffix }) => {
          expect(ratio(fn, adversarialText(prefix, filler, suffix, LENGTH))).toBeLessThan(MAX_RATIO);
        }),
        { numRuns: 30 },
      );
    }, 120_000);
  }
});
