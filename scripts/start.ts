// npm start — the zero-setup entry point (see README).
import { run } from "./lib/database";
import { serve } from "./lib/serve";

// Next and React pick their production build from NODE_ENV when first loaded.
Object.assign(process.env, { NODE_ENV: "production" });
run(() => serve("start"));
