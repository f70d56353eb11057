import { readiness } from "@/server/readiness";

// GET /api/ready — readiness: 200 when the database answers and every migration
// of this build is applied, else 503 with what is missing, so that a load
// balancer sends traffic elsewhere until it is.
export const dynamic = "force-dynamic";

export async function GET() {
  const state = await readiness();
  return Response.json(
    { status: state.ready ? "ready" : "unavailable", database: state.database, migrations: state.migrations },
    { status: state.ready ? 200 : 503, headers: { "cache-control": "no-store", ...(state.ready ? {} : { "retry-after": "5" }) } },
  );
}
