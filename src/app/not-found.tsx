import Link from "next/link";

// Unknown URLs outside any route (e.g. /nowhere) land here.
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16 text-center">
      <p className="text-sm font-medium uppercase tracking-wide text-accent-dark">404</p>
      <h1 className="mt-2 text-3xl font-semibold">This page is not in the directory</h1>
      <p className="mt-3 text-muted">The address may be mistyped, or the record may have been renamed or withdrawn.</p>
      <p className="mt-6"><Link href="/" className="text-eu underline">Go to the Kizuna home page</Link></p>
    </main>
  );
}
