import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { AdminHeader, Notice, When } from "@/components/admin/ui";
import { TYPE_LABELS } from "@/lib/admin/record-types";
import { listTrash } from "@/server/admin/records";
import { requireViewer } from "@/server/auth/session";
import { statusAction } from "../[type]/actions";
import { firstParam } from "../_lib";

export const metadata = { title: "Trash" };

export default async function Trash({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireViewer();
  const deleted = firstParam((await searchParams).deleted);
  const rows = await listTrash();
  return (
    <>
      <AdminHeader crumbs={[{ href: "/admin", label: "Admin" }]} title="Trash">
        <p className="mt-2 text-muted">Deleted records stay here, hidden from the public site, until restored. Restoring brings a record back with the status it had.</p>
      </AdminHeader>
      {deleted ? <Notice>Moved to the trash. You can restore it below.</Notice> : null}
      {rows.length === 0 ? (
        <p className="italic text-muted">The trash is empty.</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">Records in the trash, most recently deleted first</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="p-2">Record</th>
              <th scope="col" className="p-2">Type</th>
              <th scope="col" className="p-2">Deleted</th>
              <th scope="col" className="p-2"><span className="sr-only">Restore</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.type}-${row.id}`} className="border-b border-stone-100 align-top">
                <td className="p-2"><Link href={`/admin/${row.type}/${row.id}`} className="text-eu underline">{row.title}</Link></td>
                <td className="p-2">{TYPE_LABELS[row.type].one}</td>
                <td className="p-2 text-muted"><When at={row.updatedAt} /></td>
                <td className="p-2">
                  <ActionForm action={statusAction.bind(null, row.type, row.id)} hidden={{ action: "restore", _version: row.version }} label="Restore">
                    <span className="sr-only">{row.title}</span>
                  </ActionForm>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
