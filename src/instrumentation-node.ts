// The Node.js server's start (see ./instrumentation.ts).
import { recordSocketAddresses } from "./server/auth/socket-address";
import { env } from "./server/env";

// `next build` may load this while prerendering; it serves nothing, so it needs no settings.
if (process.env.NEXT_PHASE !== "phase-production-build") {
  try {
    env();
  } catch (error) {
    // Next would only log a throw here and answer 500 to every request: a wrong setting stops the start instead.
    console.error(`[kizuna] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  recordSocketAddresses();
}
