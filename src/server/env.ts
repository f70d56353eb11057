import "server-only";
import { z } from "zod";
import { parseTrustedProxies } from "@/lib/auth/client-address";

// The environment, read and checked once. Only the server layer reads process.env.
const EnvSchema = z.object({
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set. Start the app with `npm start` (it starts an embedded PostgreSQL) or set DATABASE_URL=postgresql://…" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgresql://"),
  /** Public origin used for canonical URLs; defaults to http://localhost:$PORT. */
  SITE_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Admin forms list up to this many records of a type in a drop-down; beyond it, the editor searches by typing. */
  ADMIN_SELECT_LIMIT: z.coerce.number().int().min(1).max(100_000).default(300),
  /** Search results kept in memory per process (src/server/search/cache.ts); 0 turns the cache off. */
  SEARCH_CACHE_SIZE: z.coerce.number().int().min(0).max(100_000).default(500),
  /**
   * Reverse proxies whose X-Forwarded-For is believed: comma-separated addresses
   * and CIDR networks. Empty (the default): none, the socket address is the client.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((text, ctx) => {
      const parsed = parseTrustedProxies(text);
      if (parsed.ok) return parsed.ranges;
      ctx.issues.push({ code: "custom", input: text, message: `not an IP address or CIDR network: ${parsed.invalid.map((entry) => JSON.stringify(entry)).join(", ")}` });
      return z.NEVER;
    }),
});

let cached: z.infer<typeof EnvSchema> | undefined;

export function env(): z.infer<typeof EnvSchema> {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  cached = parsed.data;
  return cached;
}

/** The site's origin for canonical URLs. Needs no database, so it reads only what it uses. */
export function siteUrl(): URL {
  const parsed = z.url().safeParse(process.env.SITE_URL);
  return new URL(parsed.success ? parsed.data : `http://localhost:${process.env.PORT || 3000}`);
}
