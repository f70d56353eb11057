import Link from "next/link";
import { AdminHeader, When } from "@/components/admin/ui";
import { TYPE_LABELS } from "@/lib/admin/record-types";
import { listAudit } from "@/server/audit";
import { requireViewer } from "@/server/auth/session";
import { firstParam } from "../_lib";

export const metadata = { title: "Audit log" };

export default async function AuditLog({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireViewer("ADMIN");
  const before = firstParam((await searchParams).before);
  const events = await listAudit({ before: /^\d{1,18}$/.test(before) ? BigInt(before) : undefined, limit: 100 });
  return (
    <>
      <AdminHeader crumbs={[{ href: "/admin", label: "Admin" }]} title="Audit log">
        <p className="mt-2 text-muted">Sign-ins, failed sign-ins and every change of a record, newest first.</p>
      </AdminHeader>
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="p-2">When</th>
            <th scope="col" className="p-2">What</th>
            <th scope="col" className="p-2">Who</th>
            <th scope="col" className="p-2">Record</th>
            <th scope="col" className="p-2">IP</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-b border-stone-100 align-top">
              <td className="p-2 text-muted"><When at={event.at} /></td>
              <td className="p-2">
                {event.action}
                {event.count > 1 ? <span className="text-muted"> ×{event.count}{event.lastAt ? <>, last <When at={event.lastAt} /></> : null}</span> : null}
              </td>
              <td className="p-2">{event.user ? `${event.user.name} <${event.user.email}>` : (event.email ?? "—")}</td>
              <td className="p-2">
                {event.recordType && event.recordId ? (
                  <Link href={`/admin/${event.recordType}/${event.recordId}`} className="text-eu underline">{TYPE_LABELS[event.recordType].one}: {event.detail || `#${event.recordId}`}</Link>
                ) : event.detail}
              </td>
              <td className="p-2 text-muted">{event.ip ?? ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {events.length === 100 ? <Link href={`/admin/audit?before=${events[events.length - 1].id}`} className="mt-4 inline-block text-eu underline">Older events</Link> : null}
    </>
  );
}
