"use client";

import { ErrorNotice } from "@/components/error-notice";
import "./globals.css";

// A failure in the root layout itself replaces the whole document, so this
// page brings its own <html> and <body>.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <main className="mx-auto max-w-6xl px-4 py-8">
          <ErrorNotice error={error} reset={reset} />
        </main>
      </body>
    </html>
  );
}
