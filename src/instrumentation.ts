// Runs once when a Next.js server starts, before it handles any request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { recordSocketAddresses } = await import("./server/auth/socket-address");
  recordSocketAddresses();
}
