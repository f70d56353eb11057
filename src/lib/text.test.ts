import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAdminListParams } from "./admin/list-params";
import { lines, longText, optionalText, requiredText } from "./admin/schema-parts";
import { refusedControlCharacter, searchText } from "./text";

describe("the typed-text rule", () => {
  it("refuses NUL, the other C0 controls, DEL and the C1 controls, naming the character", () => {
    expect(refusedControlCharacter("a\u0000b")).toBe("U+0000");
    expect(refusedControlCharacter("\u001b[31m")).toBe("U+001B");
    expect(refusedControlCharacter("x\u007f")).toBe("U+007F");
    expect(refusedControlCharacter("x\u0085")).toBe("U+0085");
    for (let code = 0; code <= 0x9f; code++) {
      const c = String.fromCharCode(code);
      const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
      expect(refusedControlCharacter(`a${c}b`) !== null, `U+${code.toString(16)}`).toBe(control && !"\t\n\r".includes(c));
    }
  });

  it("accepts tab, newline, carriage return and everything else people write", () => {
    for (const text of ["Lyon\tTokyo", "line one\r\nline two", "京都府", "Île-de-France", "😀🇯🇵", "\u202fnarrow space", "\u00a0", "\u200bzero width"]) {
      expect(refusedControlCharacter(text), JSON.stringify(text)).toBeNull();
    }
  });

  it("gives every kind of form field the same refusal, with the field's label", () => {
    for (const [schema, value, label] of [
      [requiredText("Name"), "a\u0000b", "Name"], [optionalText("Venue"), "a\u0000b", "Venue"], [longText("Summary"), "a\u0000b", "Summary"],
      [lines("Commitments"), ["fine", "a\u0000b", "\u0000"], "Commitments"],
    ] as const) {
      const result = schema.safeParse(value);
      expect(result.error?.issues).toHaveLength(1);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(new RegExp(`^${label} contains a control character \\(U\\+0000\\)`));
    }
  });

  it("is the rule of every search box: refused with a message, tabs and newlines folded, cut by code point", () => {
    expect(searchText("a\u0000", 10)).toEqual({ ok: false, message: expect.stringMatching(/^The search text contains a control character \(U\+0000\)/) });
    expect(searchText(" Lyon\t\nTokyo ", 100)).toEqual({ ok: true, text: "Lyon Tokyo" });
    expect(searchText("京都府京都府", 4)).toEqual({ ok: true, text: "京都府京", cut: true });
    expect(searchText("😀😀😀", 2)).toEqual({ ok: true, text: "😀😀", cut: true });
    expect(parseAdminListParams({ q: "\u0000" })).toEqual({ q: "", status: null, page: 1, problem: expect.stringContaining("control character (U+0000)") });
  });

  it("never lets a refused character through, whatever the text (property)", () => {
    const name = requiredText("Name", 1000);
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        const refused = refusedControlCharacter(text) !== null;
        expect(name.safeParse(`x${text}x`).success).toBe(!refused);
        const found = searchText(text, 200);
        if (found.ok) expect(refusedControlCharacter(found.text)).toBeNull();
        else expect(refused).toBe(true);
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});

describe("admin list parameters", () => {
  it("keep a status and page they know, and drop the rest", () => {
    expect(parseAdminListParams({ q: "  lyon ", status: "DRAFT", page: "3" })).toEqual({ q: "lyon", status: "DRAFT", page: 3, problem: null });
    expect(parseAdminListParams({ status: "draft", page: "1001" })).toEqual({ q: "", status: null, page: 1, problem: null });
    expect(parseAdminListParams({ q: ["kyoto", "osaka"], page: ["2", "9"] })).toMatchObject({ q: "kyoto", page: 2 });
  });
});
