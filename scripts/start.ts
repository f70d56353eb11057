// npm start — the zero-setup entry point (see README).
import { run } from "./lib/database";
import { serve } from "./lib/serve";

run(() => serve("start"));
