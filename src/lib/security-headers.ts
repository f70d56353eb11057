// The security headers of every response, built in one place: src/proxy.ts
// sends them with each page, API answer and refusal; next.config.ts sends the
// static part with the files the proxy does not see (/_next/static, favicon).

/** A fresh, unguessable nonce for one response's scripts (128 random bits, base64). */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export type PolicyOptions = {
  /** The nonce Next.js puts on its own scripts and inline styles (it reads it back from this header). */
  nonce: string;
  /** `next dev` only: React rebuilds server error stacks with eval() there, never in production. */
  dev?: boolean;
  /** Over HTTPS, insecure subresource requests are upgraded; over plain HTTP that would break every asset. */
  https?: boolean;
};

/**
 * The policy of an HTML page. Scripts run only with this response's nonce
 * ('strict-dynamic' lets those scripts load Next's chunks); never 'unsafe-inline'.
 * Styles: the stylesheet is a file ('self') and Next's own inline style tags
 * carry the nonce, so no 'unsafe-inline' is needed there either; the app
 * writes no style attributes (Tailwind classes only).
 */
export function pagePolicy({ nonce, dev = false, https = false }: PolicyOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // data: for small images a stylesheet may inline; nothing else is loaded from elsewhere.
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The policy of everything that is not an HTML page of the app: JSON, static files, refusals. */
export const RESOURCE_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** One year; sent only over HTTPS (browsers ignore it over HTTP anyway, and it must not stick to a plain-HTTP test host). */
export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Features the app never uses, switched off for it and anything it could be
 * made to embed. Only names Chromium knows: an unknown one logs a console error.
 */
export const PERMISSIONS_POLICY = [
  "accelerometer", "autoplay", "camera", "display-capture", "encrypted-media", "fullscreen", "geolocation", "gyroscope",
  "magnetometer", "microphone", "midi", "payment", "picture-in-picture", "publickey-credentials-get", "screen-wake-lock",
  "usb", "xr-spatial-tracking",
].map((feature) => `${feature}=()`).join(", ");

/** The headers that do not depend on the request (next.config.ts sends these with static files too). */
export const STATIC_HEADERS: Readonly<Record<string, string>> = {
  "X-Frame-Options": "DENY",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": PERMISSIONS_POLICY,
  "Cross-Origin-Opener-Policy": "same-origin",
};

export type ResponseKind = { kind: "page"; nonce: string; dev?: boolean } | { kind: "resource" };

/** Every security header of one response. */
export function securityHeaders(response: ResponseKind, https: boolean): Record<string, string> {
  return {
    ...STATIC_HEADERS,
    "Content-Security-Policy": response.kind === "page" ? pagePolicy({ nonce: response.nonce, dev: response.dev, https }) : RESOURCE_POLICY,
    ...(https ? { "Strict-Transport-Security": HSTS } : {}),
  };
}
