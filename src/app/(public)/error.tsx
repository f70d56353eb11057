"use client";

import { ErrorNotice } from "@/components/error-notice";

// Unexpected failures and database outages met in the browser (a client-side
// navigation or a request in flight when the database went away). A full page
// load during an outage never gets here: the server answers 503 itself.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice error={error} reset={reset} />;
}
