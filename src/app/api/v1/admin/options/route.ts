import { NextResponse } from "next/server";
import { z } from "zod";
import type { RefTarget } from "@/lib/admin/fields";
import { searchText } from "@/lib/text";
import { searchOptions } from "@/server/admin/options";
import { authorize } from "@/server/auth/session";

// GET ?target=organisation&q=lyon → up to 20 records to choose from, for an
// admin form's reference field when the list is too long to send whole.
const TARGETS = ["region", "organisation", "actor", "person", "personRole", "sector", "agreement", "mission", "event", "source"] as const satisfies readonly RefTarget[];
const Query = z.object({
  target: z.enum(TARGETS, { error: `target: one of ${TARGETS.join(", ")}` }),
  // The text rule of every search box (src/lib/text.ts): a control character is refused with a message, never sent to the database.
  q: z.string().max(100, "q: at most 100 characters").transform((q, ctx) => {
    const text = searchText(q, 100, "q");
    if (!text.ok) ctx.addIssue({ code: "custom", message: text.message });
    return text.ok ? text.text : "";
  }),
});

export async function GET(request: Request) {
  const auth = await authorize();
  if (!auth.ok) return NextResponse.json({ error: auth.message }, { status: 401 });
  const params = new URL(request.url).searchParams;
  const parsed = Query.safeParse({ target: params.get("target") ?? "", q: params.get("q") ?? "" });
  if (!parsed.success) return NextResponse.json({ error: parsed.error.issues[0]?.message }, { status: 400 });
  return NextResponse.json({ options: await searchOptions(parsed.data.target, parsed.data.q) }, { headers: { "cache-control": "no-store" } });
}
