// npm run bench:regex [-- --label "Before the fix" --sizes 16000,64000]
//
// Times every function that runs regular expressions over user input
// (scripts/lib/regex-inputs.ts) on adversarial text and, as the same-run
// baseline, on ordinary text of the same length (the seed's articles), and
// writes the figures to the section "Regular expressions on user input" of
// docs/benchmarks.md. A run replaces its own subsection (by --label) and keeps
// the others, so a run on the old code and one on the new stand side by side.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { adversarialText, fastestRun, KNOWN_WORST, ordinaryText, USER_INPUT_FUNCTIONS } from "./lib/regex-inputs";

const ROOT = path.resolve(import.meta.dirname, "..");
const DOC = path.join(ROOT, "docs", "benchmarks.md");
const HEADING = "## Regular expressions on user input";

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const label = option("label", "Latest run");
const sizes = option("sizes", "16000,64000,200000").split(",").map((s) => Number(s.replace(/_/g, "")));
if (sizes.some((n) => !Number.isSafeInteger(n) || n < 100)) throw new Error("--sizes: a comma-separated list of lengths ≥ 100");

/** Fastest of 3 runs; one run when that one already took over a second (a quadratic case at 200,000 takes a minute). */
function measure(fn: (text: string) => unknown, text: string): number {
  const first = fastestRun(fn, text, 1);
  return first > 1000 ? first : Math.min(first, fastestRun(fn, text, 2));
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(1) : n.toFixed(2));
const out: string[] = [];
const date = new Date().toISOString().replace(/\.\d+Z$/, "Z");
out.push(
  `### ${label}`,
  "",
  `- Date: ${date}; CPU: ${os.cpus()[0]?.model ?? "?"} × ${os.cpus().length}; Node ${process.version}; ${os.type()} ${os.release()}`,
  "",
);

const findDates = USER_INPUT_FUNCTIONS["findDates (/api/v1/admin/suggest)"];
out.push(`findDates, in ms (fastest of 3 runs), and the ratio to ordinary text of the same length:`, "");
out.push(`| Text | ${sizes.map((n) => `${n.toLocaleString("en")} chars`).join(" | ")} |`, `| --- | ${sizes.map(() => "---:").join(" | ")} |`);
const baseline = new Map<number, number>();
for (const n of sizes) {
  const text = ordinaryText(n);
  for (let i = 0; i < 3; i++) findDates(text);
  baseline.set(n, measure(findDates, text));
}
out.push(`| ordinary text (baseline) | ${sizes.map((n) => ms(baseline.get(n)!)).join(" | ")} |`);
for (const worst of KNOWN_WORST) {
  const cells = sizes.map((n) => {
    const t = measure(findDates, adversarialText(worst.prefix, worst.filler, worst.suffix, n));
    return `${ms(t)} (${(t / baseline.get(n)!).toFixed(1)}×)`;
  });
  out.push(`| ${worst.label.replace(/\|/g, "\\|")} | ${cells.join(" | ")} |`);
  console.log(`findDates ${worst.label}: ${cells.join(", ")}`);
}

const n = Math.max(...sizes);
out.push("", `Every other function on user input, at ${n.toLocaleString("en")} characters: ordinary text, and the slowest of the hand-picked adversarial texts above:`, "");
out.push("| Function | Ordinary (ms) | Slowest adversarial (ms) | Ratio | Which |", "| --- | ---: | ---: | ---: | --- |");
const ordinary = ordinaryText(n);
for (const [name, fn] of Object.entries(USER_INPUT_FUNCTIONS)) {
  if (fn === findDates) continue;
  for (let i = 0; i < 3; i++) fn(ordinary);
  const base = measure(fn, ordinary);
  let slowest = { t: 0, label: "" };
  for (const worst of KNOWN_WORST) {
    const t = measure(fn, adversarialText(worst.prefix, worst.filler, worst.suffix, n));
    if (t > slowest.t) slowest = { t, label: worst.label };
  }
  out.push(`| ${name} | ${ms(base)} | ${ms(slowest.t)} | ${(slowest.t / base).toFixed(1)}× | ${slowest.label.replace(/\|/g, "\\|")} |`);
  console.log(`${name}: ${ms(base)} ms ordinary, ${ms(slowest.t)} ms ${slowest.label}`);
}
out.push("");

// ------------------------------------------------------------------ write the section

const intro = [
  HEADING,
  "",
  "Written by `npm run bench:regex` (scripts/bench-regex.ts); each run replaces its own subsection",
  "(`--label`) and keeps the others. It times every function that applies a regular expression to",
  "text from a request (scripts/lib/regex-inputs.ts) on adversarial text (long runs of spaces, digits",
  "and near-matches of a date) and, as the same-run baseline, on ordinary text of the same length (the",
  "seed's five articles, repeated). A linear pattern keeps the ratio near 1 whatever the length; one",
  "that backtracks over a run grows it with the length. The property test",
  "src/lib/user-input-regex.test.ts bounds the same ratio (< 20×) at 50,000 characters. A text that",
  "is nothing but dates (\"2016年11月\" repeated: 20,000 of them at 200,000 characters) costs a few",
  "times more than ordinary text because every one is a result to build and sort, not by backtracking.",
  "",
];
const doc = existsSync(DOC) ? readFileSync(DOC, "utf8") : "# Benchmarks\n";
const start = doc.indexOf(`\n${HEADING}\n`);
const before = start >= 0 ? doc.slice(0, start + 1) : `${doc.trimEnd()}\n\n`;
const rest = start >= 0 ? doc.slice(start + 1 + HEADING.length + 1) : "";
const nextSection = rest.search(/^## /m);
const section = nextSection >= 0 ? rest.slice(0, nextSection) : rest;
const after = nextSection >= 0 ? rest.slice(nextSection) : "";
const kept = section.split(/^(?=### )/m).filter((block) => block.startsWith("### ") && !block.startsWith(`### ${label}\n`)).map((b) => `${b.trimEnd()}\n\n`);
writeFileSync(DOC, `${before + intro.join("\n")}\n${kept.join("")}${out.join("\n")}\n${after ? `\n${after}` : ""}`);
console.log(`wrote "${label}" to ${path.relative(ROOT, DOC)}`);
