import { describe, expect, it } from "vitest";
import { toSegments } from "./highlight";

describe("toSegments", () => {
  it("splits marked text into plain and matched segments", () => {
    expect(toSegments("Région ⟦Occitanie⟧ and ⟦Kyoto⟧")).toEqual([
      { text: "Région ", match: false }, { text: "Occitanie", match: true }, { text: " and ", match: false }, { text: "Kyoto", match: true },
    ]);
  });

  it("keeps markup as text and tolerates stray or missing markers", () => {
    expect(toSegments("<script>⟦x⟧")).toEqual([{ text: "<script>", match: false }, { text: "x", match: true }]);
    expect(toSegments("a⟧b⟦c")).toEqual([{ text: "ab", match: false }, { text: "c", match: true }]);
    expect(toSegments("")).toEqual([]);
  });
});
