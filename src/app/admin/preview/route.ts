import { draftMode } from "next/headers";
import { isRecordType } from "@/lib/admin/record-types";
import { signInHref } from "@/lib/auth/next-path";
import { hrefFor } from "@/lib/routes";
import { getEditable } from "@/server/admin/records";
import { authorize, SIGNED_OUT_MESSAGE } from "@/server/auth/session";

// GET /admin/preview?type=agreement&id=12 — "Preview as the public will see
// it": turns on Next's draft mode for this browser and sends it to the
// record's public page, which then shows the record even as a draft (see
// src/server/preview.ts). Any signed-in user of the admin may preview.

const MAX_ID = 2_147_483_647;

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}

function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, "cache-control": "no-store" } });
}

export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const auth = await authorize();
  if (!auth.ok) {
    if (auth.message === SIGNED_OUT_MESSAGE) return seeOther(signInHref(`${url.pathname}${url.search}`));
    return plain(503, auth.message);
  }

  const type = url.searchParams.get("type") ?? "";
  const idText = url.searchParams.get("id") ?? "";
  const id = /^[1-9][0-9]{0,9}$/.test(idText) ? Number(idText) : null;
  if (!isRecordType(type) || id === null || id > MAX_ID) return plain(404, "There is no such record to preview.");

  const record = await getEditable(type, id);
  if (!record || record.status === "TRASHED") return plain(404, "There is no such record to preview.");

  (await draftMode()).enable();
  return seeOther(hrefFor(type, record.slug));
}
