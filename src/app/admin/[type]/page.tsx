import Link from "next/link";
import { AdminHeader, StatusBadge, When } from "@/components/admin/ui";
import { parseAdminListParams } from "@/lib/admin/list-params";
import { STATUS_LABELS, TYPE_LABELS } from "@/lib/admin/record-types";
import { hrefFor } from "@/lib/routes";
import { ADMIN_PAGE_SIZE, listRecords } from "@/server/admin/records";
import { requireViewer } from "@/server/auth/session";
import { recordTypeParam } from "../_lib";

type Props = { params: Promise<{ type: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const { type } = await params;
  return { title: TYPE_LABELS[type as keyof typeof TYPE_LABELS]?.many ?? "Records" };
}

export default async function RecordList({ params, searchParams }: Props) {
  await requireViewer();
  const type = recordTypeParam((await params).type);
  const { q, status, page, problem } = parseAdminListParams(await searchParams);
  const { rows, total } = await listRecords(type, { q, status, page });
  const labels = TYPE_LABELS[type];
  const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const pageHref = (n: number) => `/admin/${type}?${new URLSearchParams({ ...(q ? { q } : {}), ...(status ? { status } : {}), page: String(n) })}`;
  return (
    <>
      <AdminHeader crumbs={[{ href: "/admin", label: "Admin" }]} title={labels.many}>
        <Link href={`/admin/${type}/new`} className="mt-3 inline-block rounded bg-eu px-3 py-1.5 font-medium text-white hover:bg-eu/90">New {labels.one.toLowerCase()}</Link>
      </AdminHeader>
      <form method="get" className="mb-6 flex flex-wrap items-end gap-3" role="search" aria-label={`Find ${labels.many.toLowerCase()}`}>
        <div>
          <label htmlFor="q" className="block text-sm font-medium">Name or slug contains</label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={200} className="mt-1 w-72 rounded border border-stone-400 px-2 py-1.5" />
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-medium">Status</label>
          <select id="status" name="status" defaultValue={status ?? ""} className="mt-1 rounded border border-stone-400 px-2 py-1.5">
            <option value="">Drafts and published</option>
            {Object.entries(STATUS_LABELS).map(([value, text]) => <option key={value} value={value}>{text}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded border border-stone-400 px-3 py-1.5 hover:bg-stone-100">Filter</button>
      </form>
      {problem ? <p role="alert" className="mb-2 text-sm text-red-800">{problem}</p> : null}
      <p className="mb-2 text-sm text-muted" aria-live="polite">{total === 0 ? "No record matches." : `${total} record${total === 1 ? "" : "s"}${pages > 1 ? `, page ${page} of ${pages}` : ""}.`}</p>
      {rows.length ? (
        <table className="w-full border-collapse bg-white text-left text-sm">
          <caption className="sr-only">{labels.many}, most recently changed first</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="p-2">{type === "agreement" || type === "mission" || type === "source" ? "Title" : "Name"}</th>
              <th scope="col" className="p-2">Status</th>
              <th scope="col" className="p-2">Changed</th>
              <th scope="col" className="p-2"><span className="sr-only">Public page</span></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-stone-100">
                <td className="p-2"><Link href={`/admin/${type}/${row.id}`} className="font-medium text-eu underline decoration-eu/30 hover:decoration-eu">{row.title}</Link></td>
                <td className="p-2"><StatusBadge status={row.status} /></td>
                <td className="p-2 text-muted"><When at={row.updatedAt} /></td>
                <td className="p-2">{row.status === "PUBLISHED" ? <Link href={hrefFor(type, row.slug)} className="text-eu underline">View<span className="sr-only"> {row.title}</span> on the site</Link> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex gap-3 text-sm">
          {page > 1 ? <Link href={pageHref(page - 1)} className="text-eu underline">Previous page</Link> : null}
          {page < pages ? <Link href={pageHref(page + 1)} className="text-eu underline">Next page</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
