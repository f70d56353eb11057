import { describe, expect, it } from "vitest";
import { safeNextPath, signInHref } from "./next-path";

describe("safeNextPath", () => {
  it("keeps paths inside /admin, with their query and fragment", () => {
    expect(safeNextPath("/admin")).toBe("/admin");
    expect(safeNextPath("/admin/agreement/12?tab=history#changes")).toBe("/admin/agreement/12?tab=history#changes");
    expect(safeNextPath("/admin/users")).toBe("/admin/users");
  });

  it("refuses other sites however they are spelled", () => {
    for (const next of [
      "https://evil.example/admin", "//evil.example/admin", "/\\evil.example/admin", "\\\\evil.example", "/\t/evil.example",
      "javascript:alert(1)", "http:/admin", " /admin", "/admin\n//evil.example",
    ]) expect(safeNextPath(next), next).toBeNull();
  });

  it("refuses the public site, look-alike paths, escapes out of /admin and the sign-in page itself", () => {
    for (const next of ["/", "/regions/lyon", "/administrator", "/admin-evil", "/admin/../regions", "/admin/%2e%2e/x/../../regions", "/admin/sign-in", "/admin/sign-in?next=/admin"]) {
      expect(safeNextPath(next), next).toBeNull();
    }
  });

  it("refuses what is not one string", () => {
    expect(safeNextPath(undefined)).toBeNull();
    expect(safeNextPath(["/admin"])).toBeNull();
    expect(safeNextPath("")).toBeNull();
    expect(safeNextPath(`/admin/${"x".repeat(3000)}`)).toBeNull();
  });
});

describe("signInHref", () => {
  it("carries a safe path in `next` and drops anything else", () => {
    expect(signInHref("/admin/users")).toBe("/admin/sign-in?next=%2Fadmin%2Fusers");
    expect(signInHref("/admin")).toBe("/admin/sign-in");
    expect(signInHref("//evil.example")).toBe("/admin/sign-in");
    expect(signInHref(null)).toBe("/admin/sign-in");
  });
});
