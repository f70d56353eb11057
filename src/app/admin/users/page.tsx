import type { Metadata } from "next";
import { AdminHeader, When } from "@/components/admin/ui";
import { THROTTLE } from "@/server/auth/policy";
import { requireViewer } from "@/server/auth/session";
import { listUsers } from "@/server/auth/users";
import { ClearThrottleForm, DisableForm, NewUserForm, RoleForm } from "./user-forms";

export const metadata: Metadata = { title: "Users" };

function failureSummary(failures: number): string {
  return `${failures} failed ${failures === 1 ? "sign-in" : "sign-ins"} in the last ${THROTTLE.windowMs / 60_000} minutes`;
}

export default async function UsersPage() {
  const viewer = await requireViewer("ADMIN");
  const users = await listUsers();
  return (
    <>
      <AdminHeader title="Users">
        <p className="mt-2 max-w-3xl text-muted">
          Editors edit and publish records; administrators also manage users and read the audit log. Disabling someone signs them out everywhere at once.
        </p>
      </AdminHeader>

      <section aria-labelledby="users-heading" className="mb-10">
        <h2 id="users-heading" className="mb-3 text-xl font-semibold">Accounts ({users.length})</h2>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[48rem] border-collapse rounded-lg border border-stone-200 bg-white text-left text-sm">
            <caption className="sr-only">Accounts, with their role and whether they can sign in</caption>
            <thead className="bg-stone-50">
              <tr>
                <th scope="col" className="p-2 font-semibold">Name and email</th>
                <th scope="col" className="p-2 font-semibold">Role</th>
                <th scope="col" className="p-2 font-semibold">Last active</th>
                <th scope="col" className="p-2 font-semibold">Status</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-t border-stone-200 align-top">
                  <td className="p-2">
                    <span className="font-medium">{user.name}</span>
                    {user.id === viewer.id ? <span className="ml-2 text-xs text-muted">(you)</span> : null}
                    <br />
                    <span className="break-all text-muted">{user.email}</span>
                  </td>
                  <td className="p-2"><RoleForm userId={user.id} name={user.name} role={user.role} /></td>
                  <td className="p-2">{user.lastSeenAt ? <When at={user.lastSeenAt} /> : <span className="text-muted">no session</span>}</td>
                  <td className="p-2">
                    <p className="mb-1">{user.disabled ? "Disabled" : "Can sign in"}</p>
                    <DisableForm userId={user.id} name={user.name} disabled={user.disabled} />
                    <ClearThrottleForm userId={user.id} name={user.name} summary={user.recentFailures > 0 ? failureSummary(user.recentFailures) : null} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="new-user-heading">
        <h2 id="new-user-heading" className="mb-3 text-xl font-semibold">Add a user</h2>
        <NewUserForm />
      </section>
    </>
  );
}
