// npm run dev — hot reload on the same database as npm start.
import { run } from "./lib/database";
import { serve } from "./lib/serve";

Object.assign(process.env, { NODE_ENV: "development" });
run(() => serve("dev"));
