import { NextResponse } from "next/server";
import { z } from "zod";
import { suggestMentions } from "@/server/admin/source-tools";
import { authorize } from "@/server/auth/session";

// POST { text } → the regions, organisations, people, sectors and dates the
// text mentions, for the source editor. Signed-in editors only; JSON only.
const Body = z.object({ text: z.string().max(200_000, "The text is longer than 200,000 characters.") });

export async function POST(request: Request) {
  const auth = await authorize();
  if (!auth.ok) return NextResponse.json({ error: auth.message }, { status: 401 });
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    return NextResponse.json({ error: "Send JSON: {\"text\": \"…\"}." }, { status: 415 });
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return NextResponse.json({ error: "The body is not valid JSON." }, { status: 400 });
  }
  const parsed = Body.safeParse(body);
  if (!parsed.success) return NextResponse.json({ error: parsed.error.issues[0]?.message ?? "Send {\"text\": \"…\"}." }, { status: 400 });
  return NextResponse.json(await suggestMentions(parsed.data.text), { headers: { "cache-control": "no-store" } });
}
