import { describe, expect, it } from "vitest";
import { isSlug, slugify } from "./slugs";

describe("slugify", () => {
  it("drops accents and punctuation into readable, stable slugs", () => {
    expect(slugify("Région Occitanie / Pyrénées-Méditerranée")).toBe("region-occitanie-pyrenees-mediterranee");
    expect(slugify("Lyonbiopôle")).toBe("lyonbiopole");
    expect(slugify("Baden-Württemberg")).toBe("baden-wurttemberg");
    expect(slugify("  Knowledge Capital – TUBA accord (2016) ")).toBe("knowledge-capital-tuba-accord-2016");
    expect(slugify("Straße Œuvre Łódź")).toBe("strasse-oeuvre-lodz");
  });

  it("gives an empty slug for text with no Latin letters, so callers must supply a name", () => {
    expect(slugify("京都府")).toBe("");
  });

  it("always produces something isSlug accepts, or nothing", () => {
    for (const text of ["a".repeat(200), "--x--", "Ça va? Oui!", "東京 Tokyo", "1987"]) {
      const slug = slugify(text);
      expect(slug === "" || isSlug(slug), text).toBe(true);
    }
  });

  it("rejects slugs with capitals, spaces or doubled dashes", () => {
    expect(isSlug("lyon-tokyo")).toBe(true);
    for (const bad of ["Lyon", "lyon tokyo", "lyon--tokyo", "-lyon", "lyon-", ""]) expect(isSlug(bad), bad).toBe(false);
  });
});
