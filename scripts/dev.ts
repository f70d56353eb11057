// npm run dev — hot reload on the same database as npm start.
import { run } from "./lib/database";
import { serve } from "./lib/serve";

run(() => serve("dev"));
