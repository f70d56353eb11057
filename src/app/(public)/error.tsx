"use client";

// Unexpected failures: a generic message, never the error's own text (it may
// hold internals); the digest lets us find the server log line.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="py-16 text-center">
      <h1 className="text-3xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-muted">The page could not be shown. Please try again in a moment.</p>
      {error.digest ? <p className="mt-2 text-sm text-muted">Reference: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="mt-6 rounded bg-eu px-4 py-2 text-white hover:bg-blue-900">Try again</button>
    </div>
  );
}
