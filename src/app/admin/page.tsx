import Link from "next/link";
import { AdminHeader, When } from "@/components/admin/ui";
import { ADMIN_TYPES, REVISION_ACTION_LABELS, TYPE_LABELS } from "@/lib/admin/record-types";
import { recentChanges, recordCounts } from "@/server/admin/overview";
import { requireViewer } from "@/server/auth/session";

export const metadata = { title: "Dashboard" };

export default async function AdminHome() {
  const viewer = await requireViewer();
  const [counts, changes] = await Promise.all([recordCounts(), recentChanges(15)]);
  return (
    <>
      <AdminHeader title={`Welcome, ${viewer.name}`} />
      <section aria-labelledby="records-heading" className="mb-10">
        <h2 id="records-heading" className="mb-3 text-xl font-semibold">Records</h2>
        <ul className="grid gap-3 sm:grid-cols-3">
          {ADMIN_TYPES.map((type) => (
            <li key={type} className="rounded-lg border border-stone-200 bg-white p-4">
              <Link href={`/admin/${type}`} className="text-lg font-medium text-eu underline decoration-eu/30 hover:decoration-eu">{TYPE_LABELS[type].many}</Link>
              <p className="mt-1 text-sm text-muted">
                {counts[type]?.PUBLISHED ?? 0} published · {counts[type]?.DRAFT ?? 0} drafts{counts[type]?.TRASHED ? ` · ${counts[type]?.TRASHED} in the trash` : ""}
              </p>
              <Link href={`/admin/${type}/new`} className="mt-2 inline-block text-sm text-eu underline">New {TYPE_LABELS[type].one.toLowerCase()}</Link>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading" className="mb-3 text-xl font-semibold">Latest changes</h2>
        {changes.length === 0 ? (
          <p className="italic text-muted">No change yet: the records come from the seed.</p>
        ) : (
          <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
            {changes.map((change) => (
              <li key={change.id} className="flex flex-wrap justify-between gap-2 p-3">
                <span>
                  {REVISION_ACTION_LABELS[change.action] ?? change.action}{" "}
                  <Link href={`/admin/${change.recordType}/${change.recordId}`} className="font-medium text-eu underline decoration-eu/30">{change.title}</Link>{" "}
                  <span className="text-muted">({TYPE_LABELS[change.recordType].one.toLowerCase()})</span>
                </span>
                <span className="text-sm text-muted">{change.by ?? "someone"}, <When at={change.at} /></span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
