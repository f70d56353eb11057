import { describe, expect, it } from "vitest";
import { checkActionBody, checkActionHeaders, checkAddress, isServerActionPost, MAX_ACTION_BODY_BYTES, MAX_QUERY_PARAMETERS, MAX_URL_LENGTH } from "./request-guard";

const ACTION_ID = "60c51788c6acddcba42d46ab64ff394c2b5b482060";

describe("checkAddress", () => {
  it("lets ordinary addresses through", () => {
    expect(checkAddress("/search", "?q=kyoto&type=region&type=agreement&sector=health")).toBeNull();
    expect(checkAddress("/regions/%E4%BA%AC%E9%83%BD", "")).toBeNull();
    expect(checkAddress("/", `?${Array.from({ length: MAX_QUERY_PARAMETERS }, (_, i) => `p${i}=1`).join("&")}`)).toBeNull();
  });

  it("refuses more query parameters than any page takes, counted as URLSearchParams counts them", () => {
    const many = `?${"a&".repeat(MAX_QUERY_PARAMETERS + 1)}`;
    expect(checkAddress("/", many)?.status).toBe(400);
    expect(checkAddress("/", `?${"&".repeat(5000)}a=1`)).toBeNull();
  });

  it("refuses an over-long address with 414", () => {
    expect(checkAddress(`/regions/${"a".repeat(MAX_URL_LENGTH)}`, "")?.status).toBe(414);
    expect(checkAddress("/search", `?q=${"x".repeat(MAX_URL_LENGTH)}`)?.status).toBe(414);
  });

  it("refuses broken percent-encoding in the path", () => {
    expect(checkAddress("/regions/%E0%A4%A", "")?.status).toBe(400);
  });
});

describe("isServerActionPost", () => {
  it("recognises fetch actions and form posts as Next.js does", () => {
    expect(isServerActionPost("POST", new Headers({ "next-action": ACTION_ID }))).toBe(true);
    expect(isServerActionPost("POST", new Headers({ "content-type": "multipart/form-data; boundary=x" }))).toBe(true);
    expect(isServerActionPost("POST", new Headers({ "content-type": "application/x-www-form-urlencoded" }))).toBe(false);
    expect(isServerActionPost("GET", new Headers({ "next-action": ACTION_ID }))).toBe(false);
  });
});

describe("checkActionHeaders", () => {
  const own = { host: "kizuna.example", "next-action": ACTION_ID };

  it("lets a post from the app's own pages through, and one without Origin as Next.js does", () => {
    expect(checkActionHeaders(new Headers({ ...own, origin: "https://kizuna.example" }))).toBeNull();
    expect(checkActionHeaders(new Headers(own))).toBeNull();
    expect(checkActionHeaders(new Headers({ host: "127.0.0.1:3000", "x-forwarded-host": "kizuna.example, proxy", origin: "https://kizuna.example" }))).toBeNull();
  });

  it("refuses a cross-site, opaque or malformed Origin with 403", () => {
    for (const origin of ["https://evil.example", "https://kizuna.example.evil.example", "null", "%%%", ""]) {
      expect(checkActionHeaders(new Headers({ ...own, origin }))?.status, origin).toBe(403);
    }
  });

  it("refuses an action id that is not one of Next.js's with 400", () => {
    for (const id of ["garbage", ACTION_ID.toUpperCase(), `${ACTION_ID}0`, "z".repeat(42), ""]) {
      expect(checkActionHeaders(new Headers({ host: "kizuna.example", "next-action": id }))?.status, id).toBe(400);
    }
  });

  it("refuses a declared body over Next.js's limit with 413", () => {
    expect(checkActionHeaders(new Headers({ ...own, "content-length": String(MAX_ACTION_BODY_BYTES + 1) }))?.status).toBe(413);
  });
});

describe("checkActionBody", () => {
  const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
  const multipart = "multipart/form-data; boundary=xx";

  const form = (fields: Record<string, string>) =>
    bytes(Object.entries(fields).map(([name, value]) => `--xx\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") + "--xx--\r\n");

  it("accepts well-formed forms and JSON arguments, as JavaScript and plain forms send them", async () => {
    expect(await checkActionBody(multipart, form({ "0": '[{"attempt":0},"$K1"]', "1_email": "a@b.c", "1_note": "{not json" }), true)).toBeNull();
    expect(await checkActionBody(multipart, form({ $ACTION_REF_1: "", "$ACTION_1:0": '{"id":"x","bound":"$@1"}', "$ACTION_1:1": "[]", email: "a@b.c" }), false)).toBeNull();
    expect(await checkActionBody(multipart, form({ email: "a@b.c" }), false)).toBeNull();
    expect(await checkActionBody("text/plain;charset=UTF-8", bytes('["$K1"]'), true)).toBeNull();
  });

  it("refuses a form whose argument chunks are missing or not JSON", async () => {
    expect((await checkActionBody(multipart, form({ "1_email": "a@b.c" }), true))?.status).toBe(400);
    expect((await checkActionBody(multipart, form({ "0": "[", "1_email": "a@b.c" }), true))?.status).toBe(400);
    expect((await checkActionBody(multipart, form({ $ACTION_REF_1: "", "$ACTION_1:1": "garbage" }), false))?.status).toBe(400);
  });

  it("refuses a broken form, arguments that are not JSON, and other content types", async () => {
    expect((await checkActionBody(multipart, bytes("garbage"), true))?.status).toBe(400);
    expect((await checkActionBody("multipart/form-data", bytes("--xx--"), false))?.status).toBe(400);
    expect((await checkActionBody("text/plain", bytes("garbage{"), true))?.status).toBe(400);
    expect((await checkActionBody(null, bytes("a=b"), true))?.status).toBe(400);
    expect((await checkActionBody("text/plain", new Uint8Array([0xff, 0xfe, 0x5b]).buffer, true))?.status).toBe(400);
    expect((await checkActionBody("application/x-www-form-urlencoded", bytes("a=b"), true))?.status).toBe(415);
  });

  it("refuses a body over Next.js's limit even when its length was not declared", async () => {
    expect((await checkActionBody("text/plain", new ArrayBuffer(MAX_ACTION_BODY_BYTES + 1), true))?.status).toBe(413);
  });
});
