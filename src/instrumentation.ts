// Runs once when a Next.js server starts, before it handles any request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` may load this file while prerendering; it serves nothing, so it needs no settings.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("./server/env");
  try {
    env();
  } catch (error) {
    // Next would only log a throw here and answer 500 to every request; a wrong setting should stop the start instead.
    console.error(`[kizuna] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const { recordSocketAddresses } = await import("./server/auth/socket-address");
  recordSocketAddresses();
}
