"use client";

import { ErrorNotice } from "@/components/error-notice";

// Failures in a layout below the root (the admin layout reads the session)
// that no nearer error page can catch.
export default function RootErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-6xl px-4 py-8">
      <ErrorNotice error={error} reset={reset} />
    </main>
  );
}
