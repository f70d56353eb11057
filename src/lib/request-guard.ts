// What src/proxy.ts refuses before any other work is done: requests too large
// to be honest, addresses that cannot be decoded, and server-action posts that
// Next.js would refuse anyway but answer with a 500 (it throws on them).
// Plain functions of the request's parts, so they are tested without a server.

export type Refusal = { status: 400 | 403 | 413 | 414 | 415; title: string; detail: string };

/** No page takes more than ~45 (a search with every facet set); Next.js spends quadratic time on thousands. */
export const MAX_QUERY_PARAMETERS = 100;
/** Path and query together; a search URL with every facet is under 2,000 characters. */
export const MAX_URL_LENGTH = 8192;
/** Next.js's own limit for server-action bodies (serverActions.bodySizeLimit, 1 MB); beyond it, it throws. */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

/** Next.js's server-action ids: 42 hexadecimal digits (an info byte and a 160-bit hash). */
const ACTION_ID = /^[0-9a-f]{42}$/;

/** The request line: its length, its number of query parameters, its percent-encoding. */
export function checkAddress(pathname: string, search: string): Refusal | null {
  if (pathname.length + search.length > MAX_URL_LENGTH) {
    return { status: 414, title: "This address is too long", detail: `An address may be at most ${MAX_URL_LENGTH.toLocaleString("en")} characters long.` };
  }
  // URLSearchParams skips empty pieces ("a&&b" is two parameters): count as it does.
  const parameters = search.replace(/^\?/, "").split("&").filter((piece) => piece !== "").length;
  if (parameters > MAX_QUERY_PARAMETERS) {
    return { status: 400, title: "This address has too many parameters", detail: `An address may carry at most ${MAX_QUERY_PARAMETERS} query parameters.` };
  }
  try {
    // Next.js fails while decoding route params (/regions/%E0%A4%A), before any page code runs.
    decodeURIComponent(pathname);
  } catch {
    return { status: 400, title: "This address is not valid", detail: "Part of the address is not properly encoded." };
  }
  return null;
}

/** Whether Next.js will handle this request as a server action (a fetch with Next-Action, or a form post without JavaScript). */
export function isServerActionPost(method: string, headers: Headers): boolean {
  return method === "POST" && (headers.has("next-action") || (headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data"));
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host || null;
  } catch {
    return null;
  }
}

/**
 * The headers of a server-action post. The Origin rule is Next.js's own
 * (its host must be the Host or the first X-Forwarded-Host; no Origin at all is
 * let through, as it does): Next.js still enforces it, this only turns its 500
 * into a 403.
 */
export function checkActionHeaders(headers: Headers): Refusal | null {
  const origin = headers.get("origin");
  if (origin !== null) {
    const host = hostOf(origin);
    const allowed = [headers.get("host"), headers.get("x-forwarded-host")?.split(",")[0].trim()].filter(Boolean);
    if (host === null || !allowed.includes(host)) {
      return { status: 403, title: "This form was sent from another site", detail: "Forms of Kizuna can only be sent from Kizuna's own pages." };
    }
  }
  const id = headers.get("next-action");
  if (id !== null && !ACTION_ID.test(id)) {
    return { status: 400, title: "This request is not valid", detail: "The form's action is not one Kizuna knows. Reload the page and try again." };
  }
  const length = Number(headers.get("content-length") ?? 0);
  if (length > MAX_ACTION_BODY_BYTES) return tooLarge();
  return null;
}

function tooLarge(): Refusal {
  return { status: 413, title: "This form is too large", detail: `A form may carry at most ${MAX_ACTION_BODY_BYTES / 1024 / 1024} MB.` };
}

const malformed: Refusal = { status: 400, title: "This request is not valid", detail: "The form's content could not be read. Reload the page and try again." };

/**
 * The body of a server-action post, read once here (Next.js buffers it for the
 * page as well). Next.js throws, and answers 500, on a body that is not what
 * its content type says: a broken multipart form, or arguments that are not JSON.
 */
export async function checkActionBody(contentType: string | null, body: ArrayBuffer, fetchAction: boolean): Promise<Refusal | null> {
  if (body.byteLength > MAX_ACTION_BODY_BYTES) return tooLarge();
  const type = (contentType ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Response(body, { headers: { "content-type": contentType ?? "" } }).formData();
    } catch {
      return malformed;
    }
    return flightChunksAreJson(form, fetchAction) ? null : malformed;
  }
  // A server action called without a form sends its arguments as JSON text.
  if (type === "" || type.startsWith("text/plain")) {
    try {
      JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
      return null;
    } catch {
      return malformed;
    }
  }
  return { status: 415, title: "This request is not valid", detail: "Kizuna's forms are sent as multipart/form-data." };
}

/**
 * React encodes an action's arguments as JSON chunks: form fields "0", "1"…
 * when called from JavaScript (chunk 0 is the argument list, and must be
 * there), "$ACTION_1:0"… for a form posted without JavaScript. Anything else
 * in the form is the user's own fields, which are not checked here.
 */
function flightChunksAreJson(form: FormData, fetchAction: boolean): boolean {
  if (fetchAction && typeof form.get("0") !== "string") return false;
  for (const [name, value] of form) {
    if (typeof value !== "string" || !/^(\d+|\$ACTION_\d+:\d+)$/.test(name)) continue;
    try {
      JSON.parse(value);
    } catch {
      return false;
    }
  }
  return true;
}
