"use client";

import { ErrorNotice } from "@/components/error-notice";

// As the public error page, worded for editors: a save cut short by an outage
// may not have been recorded.
export default function AdminErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorNotice error={error} reset={reset} tone="admin" />;
}
