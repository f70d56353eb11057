import Link from "next/link";

export default function NotFound() {
  return (
    <div className="py-16 text-center">
      <p className="text-sm font-medium uppercase tracking-wide text-accent-dark">404</p>
      <h1 className="mt-2 text-3xl font-semibold">This page is not in the directory</h1>
      <p className="mt-3 text-muted">The address may be mistyped, or the record may have been renamed or withdrawn.</p>
      <p className="mt-6">
        <Link href="/" className="text-eu underline">Go to the home page</Link> or browse the{" "}
        <Link href="/regions" className="text-eu underline">regions</Link> and{" "}
        <Link href="/agreements" className="text-eu underline">agreements</Link>.
      </p>
    </div>
  );
}
