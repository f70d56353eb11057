import Link from "next/link";
import type { ReactNode } from "react";
import { ADMIN_TYPES, TYPE_LABELS } from "@/lib/admin/record-types";
import { currentViewer } from "@/server/auth/session";
import { signOutAction } from "./account/actions";

export const metadata = { title: { default: "Admin", template: "%s · Admin · Kizuna" }, robots: { index: false, follow: false } };

// The admin chrome. It shows the navigation only to a signed-in user, but it is
// not the access check: every admin page and action checks the session itself.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const viewer = await currentViewer();
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2">Skip to content</a>
      <header className="border-b border-stone-300 bg-stone-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/admin" className="flex items-baseline gap-2 text-white no-underline">
            <span className="text-xl font-bold tracking-tight">Kizuna</span>
            <span className="text-sm text-stone-300">Admin</span>
          </Link>
          {viewer ? (
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <Link href="/admin/account" className="text-stone-100 underline decoration-stone-500 hover:decoration-white">{viewer.name}</Link>
              <span className="text-stone-400">{viewer.role === "ADMIN" ? "admin" : "editor"}</span>
              <form action={signOutAction}>
                <button type="submit" className="rounded border border-stone-500 px-2 py-0.5 text-stone-100 hover:bg-stone-800">Sign out</button>
              </form>
              <Link href="/" className="text-stone-300 underline decoration-stone-600 hover:text-white">Public site</Link>
            </div>
          ) : (
            <Link href="/" className="text-sm text-stone-300 underline decoration-stone-600 hover:text-white">Public site</Link>
          )}
        </div>
        {viewer ? (
          <nav aria-label="Admin" className="border-t border-stone-700">
            <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-4 gap-y-1 px-4 py-2 text-sm">
              {ADMIN_TYPES.map((type) => (
                <li key={type}><Link href={`/admin/${type}`} className="text-stone-100 hover:underline">{TYPE_LABELS[type].many}</Link></li>
              ))}
              <li><Link href="/admin/trash" className="text-stone-100 hover:underline">Trash</Link></li>
              <li><Link href="/admin/quality" className="text-stone-100 hover:underline">Data quality</Link></li>
              {viewer.role === "ADMIN" ? (
                <>
                  <li><Link href="/admin/audit" className="text-stone-100 hover:underline">Audit log</Link></li>
                  <li><Link href="/admin/users" className="text-stone-100 hover:underline">Users</Link></li>
                </>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </>
  );
}
