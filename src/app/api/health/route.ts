// GET /api/health — liveness: the process is up and answers HTTP. It never
// touches the database, so a load balancer or supervisor does not restart an
// app that is fine while its database is away (that is /api/ready's question).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok", uptimeSeconds: Math.round(process.uptime()) }, { headers: { "cache-control": "no-store" } });
}
