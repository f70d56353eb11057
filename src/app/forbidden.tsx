import Link from "next/link";

// forbidden() lands here: a signed-in editor on a page only administrators may open.
export default function Forbidden() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16 text-center">
      <p className="text-sm font-medium uppercase tracking-wide text-accent-dark">403</p>
      <h1 className="mt-2 text-3xl font-semibold">Only administrators can open this page</h1>
      <p className="mt-3 text-muted">Your account is an editor account. Ask an administrator if you need this.</p>
      <p className="mt-6"><Link href="/admin" className="text-eu underline">Back to the admin dashboard</Link></p>
    </main>
  );
}
