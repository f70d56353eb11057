import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { webAddress } from "./admin/schema-parts";
import { safeNextPath } from "./auth/next-path";
import { safeHref, sameSitePath, webAddressProblem, WEB_ADDRESS_MAX } from "./urls";

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

  it("refuses what the URL parser forgives but an editor could not have meant", () => {
    for (const url of ["http:example.org", "https:/example.org", " https://example.org", "https://exa mple.org", "http://", "https://?x"]) {
      expect(safeHref(url), url).toBeNull();
    }
  });
});

describe("one http(s) rule for the admin form and the public link", () => {
  const form = webAddress("Website");
  const tricky = fc.constantFrom("https://", "http://", "HTTPS://", "http:", "https:/", "javascript:", "data:", "//", " ", "\t", "example.org", "/a", "?b", "#c", "@", "%20", "é", "[::1]", ":8080");
  const address = fc.oneof(fc.webUrl(), fc.array(tricky, { maxLength: 5 }).map((p) => p.join("")), fc.string({ maxLength: 20 }));

  it("a public page links exactly the addresses the form accepts", () => {
    fc.assert(
      fc.property(address, (text) => {
        const typed = text.trim();
        if (typed === "") return;
        const accepted = form.safeParse(typed).success;
        expect(safeHref(typed) !== null, JSON.stringify(typed)).toBe(accepted);
        expect(webAddressProblem(typed) === null).toBe(accepted);
      }),
      { numRuns: 3000 },
    );
  });

  it("names the scheme it refuses", () => {
    expect(webAddressProblem("javascript:alert(1)")).toEqual({ scheme: "javascript:" });
    // Longer than any address kept: refused before the URL parser spends time on it.
    expect(webAddressProblem(`https://example.org/${"a".repeat(WEB_ADDRESS_MAX)}`)).toBe("not-a-full-address");
    expect(webAddressProblem(`https://example.org/${"a".repeat(WEB_ADDRESS_MAX - 20)}`)).toBeNull();
    expect(form.safeParse("javascript:alert(1)").error?.issues[0]?.message).toContain("not “javascript:”");
  });
});

describe("sameSitePath", () => {
  it("keeps a path on this site, with its query and fragment", () => {
    expect(sameSitePath("/agreements/lyon-tokyo?x=1#y")).toBe("/agreements/lyon-tokyo?x=1#y");
    expect(sameSitePath("/")).toBe("/");
    expect(sameSitePath("/a/../b")).toBe("/b");
  });

  it("refuses other origins, however they are spelt", () => {
    for (const next of ["//evil.example", "/\\evil.example", "https://evil.example", "/..//evil.example", "/%2e%2e//evil.example", "/\t/evil.example", "/\n/evil.example", "evil.example", "", `/${"x".repeat(2000)}`]) {
      expect(sameSitePath(next), JSON.stringify(next)).toBeNull();
    }
    expect(sameSitePath(undefined)).toBeNull();
    expect(sameSitePath(["/a"])).toBeNull();
  });

  it("is the rule the sign-in page applies before its own (inside /admin)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.webPath(), fc.string({ maxLength: 30 }), fc.constantFrom("/admin", "/admin/x", "//admin", "/admin/..//x", "/admin\\x")), (next) => {
        const admin = safeNextPath(next);
        if (admin !== null) expect(sameSitePath(next)).toBe(admin);
      }),
      { numRuns: 3000 },
    );
  });
});
