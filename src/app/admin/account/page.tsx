import type { Metadata } from "next";
import { AdminHeader, When } from "@/components/admin/ui";
import { SubmitButton } from "@/components/auth-fields";
import { requireViewer } from "@/server/auth/session";
import { listUserSessions } from "@/server/auth/session-store";
import { signOutAction, signOutEverywhereAction } from "./actions";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const viewer = await requireViewer();
  const sessions = await listUserSessions(viewer);
  return (
    <>
      <AdminHeader title="Your account">
        <p className="mt-2 text-muted">
          Signed in as {viewer.name} ({viewer.email}), {viewer.role === "ADMIN" ? "administrator" : "editor"}.
        </p>
      </AdminHeader>

      <section aria-labelledby="sessions-heading" className="mb-10">
        <h2 id="sessions-heading" className="mb-1 text-xl font-semibold">Where you are signed in</h2>
        <p className="mb-3 max-w-3xl text-sm text-muted">
          A session ends after 8 hours without use, and in any case 7 days after you signed in. Sign out everywhere if you see one you do not recognise, then change your password.
        </p>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[40rem] border-collapse rounded-lg border border-stone-200 bg-white text-left text-sm">
            <caption className="sr-only">Your active sessions</caption>
            <thead className="bg-stone-50">
              <tr>
                <th scope="col" className="p-2 font-semibold">Signed in</th>
                <th scope="col" className="p-2 font-semibold">Last active</th>
                <th scope="col" className="p-2 font-semibold">IP address</th>
                <th scope="col" className="p-2 font-semibold">Browser</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((session) => (
                <tr key={session.id} className="border-t border-stone-200 align-top">
                  <td className="p-2">
                    <When at={session.createdAt} />
                    {session.current ? <span className="ml-2 inline-block rounded bg-blue-50 px-1.5 py-0.5 text-xs font-medium text-eu ring-1 ring-blue-200">This device</span> : null}
                  </td>
                  <td className="p-2"><When at={session.lastSeenAt} /></td>
                  <td className="p-2 font-mono">{session.ip ?? "unknown"}</td>
                  <td className="max-w-xs break-words p-2 text-muted">{session.userAgent ?? "unknown"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="mt-4 flex flex-wrap gap-3">
          <form action={signOutAction}>
            <SubmitButton pending={false} tone="plain">Sign out</SubmitButton>
          </form>
          <form action={signOutEverywhereAction}>
            <SubmitButton pending={false} tone="danger">Sign out everywhere</SubmitButton>
          </form>
        </div>
      </section>

      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-3 text-xl font-semibold">Change your password</h2>
        <p className="mb-3 max-w-3xl text-sm text-muted">Your other sessions are signed out when the password changes; this one stays signed in.</p>
        <ChangePasswordForm />
      </section>
    </>
  );
}
