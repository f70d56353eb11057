import { describe, expect, it } from "vitest";
import { safeHref } from "./urls";

describe("safeHref", () => {
  it("keeps http and https addresses", () => {
    expect(safeHref("https://www.example.org/a?b=c")).toBe("https://www.example.org/a?b=c");
    expect(safeHref("http://example.org")).toBe("http://example.org/");
  });

  it("refuses addresses that would run code or open local files, and anything unparsable", () => {
    for (const url of ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>x</script>", "file:///etc/passwd", "vbscript:x", "//evil.example", "www.example.org", "", null, undefined]) {
      expect(safeHref(url), String(url)).toBeNull();
    }
  });
});
