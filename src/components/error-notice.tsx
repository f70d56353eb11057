"use client";

import { useEffect, useState } from "react";

/**
 * What an error boundary shows. The boundary cannot tell a database outage
 * from a bug by itself (the error's text never reaches the browser), so it asks
 * /api/ready: while the database is away it says so in the same words as the
 * server's 503 page (scripts/lib/app-server.ts); otherwise a generic message,
 * never the error's own text (it may hold internals), with the digest that
 * finds the server's log line.
 */
export function ErrorNotice({ error, reset, tone = "public" }: { error: Error & { digest?: string }; reset: () => void; tone?: "public" | "admin" }) {
  const [outage, setOutage] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: asked again for each new error, though the effect does not read it
  useEffect(() => {
    let live = true;
    fetch("/api/ready", { cache: "no-store" })
      .then((response) => live && setOutage(response.status === 503))
      .catch(() => live && setOutage(true));
    return () => {
      live = false;
    };
  }, [error]);
  return (
    <div role="alert" className="py-16 text-center">
      {outage ? (
        <>
          <h1 className="text-3xl font-semibold">Kizuna is temporarily unavailable</h1>
          <p className="mt-3 text-muted">
            The directory cannot reach its database right now.{" "}
            {tone === "admin" ? "What you saved before is safe; a change you were saving may not have been recorded, so check it once the page is back." : "Nothing is lost."}{" "}
            This usually clears within a few seconds.
          </p>
        </>
      ) : (
        <>
          <h1 className="text-3xl font-semibold">Something went wrong</h1>
          <p className="mt-3 text-muted">The page could not be shown. Please try again in a moment.</p>
        </>
      )}
      {error.digest ? <p className="mt-2 text-sm text-muted">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="mt-6 rounded bg-eu px-4 py-2 text-white hover:bg-blue-900">Try again</button>
    </div>
  );
}
