import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RECORD_TYPE_LABELS } from "./labels";
import { RECORD_TYPES } from "./search-params";

const SRC = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

describe("record-type labels", () => {
  it("name every type the search returns, one and many", () => {
    for (const type of RECORD_TYPES) {
      expect(RECORD_TYPE_LABELS[type].one).toMatch(/^[A-Z]/);
      expect(RECORD_TYPE_LABELS[type].many).toMatch(/^[A-Z]/);
    }
  });

  it("are defined once: no other map from a record type to its name in src/", () => {
    // A second map ("organisation: 'Organisation'") is how the five copies drifted before.
    const twin = /\b(agreement|organisation|mission)\s*:\s*(\{\s*one:\s*)?["'](Agreement|Organisation|Mission)s?["']/;
    const offenders = sourceFiles(SRC).filter((file) => !file.endsWith(path.join("lib", "labels.ts")) && twin.test(readFileSync(file, "utf8")));
    expect(offenders.map((f) => path.relative(SRC, f))).toEqual([]);
  });
});
