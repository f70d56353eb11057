// npm start — the zero-setup entry point (see README).
//
// package.json runs it as `node --import tsx`, one process, not through the
// tsx command: that one relays Ctrl-C to a child process and kills the child
// with SIGKILL when it does not acknowledge within 30 ms, which a server busy
// with requests may not, and then nothing drains.
import { run } from "./lib/database";
import { serve } from "./lib/serve";

// Next and React pick their production build from NODE_ENV when first loaded.
Object.assign(process.env, { NODE_ENV: "production" });
run(() => serve("start"));
