// Runs once when a Next.js server starts, before it handles any request. The
// Node.js-only part sits in its own file behind this test, which Next replaces
// at build time, so that the Edge bundle of this file leaves it out.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
