import { ActionForm } from "@/components/admin/action-form";
import { AdminHeader, StatusBadge, When } from "@/components/admin/ui";
import { allFields, toRaw } from "@/lib/admin/fields";
import { formatRaw } from "@/lib/admin/format";
import { REVISION_ACTION_LABELS, STATUS_LABELS, TYPE_LABELS } from "@/lib/admin/record-types";
import { optionsForForm } from "@/server/admin/options";
import { listRevisions } from "@/server/admin/records";
import { requireViewer } from "@/server/auth/session";
import { editableFromParams } from "../../../_lib";
import { revertAction } from "../../actions";

type Props = { params: Promise<{ type: string; id: string }> };

export const metadata = { title: "History" };

export default async function RecordHistory({ params }: Props) {
  await requireViewer();
  const { type, id, record, form } = await editableFromParams(params);
  const revisions = await listRevisions(type, id);
  // Labels for every record any revision refers to, even when the list is too long to load whole.
  const { lists: options } = await optionsForForm(form, revisions.flatMap((r) => [toRaw(form, r.snapshot), ...r.changes.map((c) => toRaw(form, { [c.field]: c.before }))]));
  const fields = new Map(allFields(form).map((f) => [f.name, f]));
  const show = (name: string, value: unknown) => {
    if (name === "status") return STATUS_LABELS[String(value)] ?? String(value);
    const field = fields.get(name);
    return field ? formatRaw(field, toRaw({ groups: [{ heading: "", fields: [field] }] }, { [name]: value })[name], options) : JSON.stringify(value);
  };
  const labels = TYPE_LABELS[type];
  return (
    <>
      <AdminHeader crumbs={[{ href: "/admin", label: "Admin" }, { href: `/admin/${type}`, label: labels.many }, { href: `/admin/${type}/${id}`, label: record.title }]} title={`History of ${record.title}`}>
        <p className="mt-2 text-sm text-muted"><StatusBadge status={record.status} /> Version {record.version}. Restoring a revision saves its values as a new revision; nothing is lost.</p>
      </AdminHeader>
      {revisions.length === 0 ? (
        <p className="italic text-muted">No change has been made in the admin yet: this record is as the seed created it.</p>
      ) : (
        <ol className="space-y-4">
          {revisions.map((revision) => (
            <li key={revision.id} className="rounded-lg border border-stone-200 bg-white p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-semibold">
                  Version {revision.version}: {REVISION_ACTION_LABELS[revision.action] ?? revision.action}
                  <span className="font-normal text-muted">
                    {revision.action === "import" ? <>, kept <When at={revision.at} /></> : <> by {revision.by ?? "a deleted user"}, <When at={revision.at} /></>}
                  </span>
                </h2>
                {revision.version !== record.version && record.status !== "TRASHED" && revision.action !== "delete" ? (
                  <ActionForm action={revertAction.bind(null, type, id)} hidden={{ revision: revision.id, _version: record.version }} label={`Restore version ${revision.version}`} />
                ) : revision.version === record.version ? <span className="text-sm text-muted">Current version</span> : null}
              </div>
              {revision.changes.length ? (
                <table className="mt-3 w-full table-fixed border-collapse text-sm">
                  <caption className="sr-only">Changes in version {revision.version}</caption>
                  <thead>
                    <tr className="border-b border-stone-200 text-left">
                      <th scope="col" className="w-1/5 p-2">Field</th>
                      <th scope="col" className="p-2">Before</th>
                      <th scope="col" className="p-2">After</th>
                    </tr>
                  </thead>
                  <tbody>
                    {revision.changes.map((change) => (
                      <tr key={change.field} className="border-b border-stone-100 align-top">
                        <th scope="row" className="p-2 text-left font-medium">{change.field === "status" ? "Status" : (fields.get(change.field)?.label ?? change.field)}</th>
                        <td className="whitespace-pre-wrap break-words p-2 text-muted">{show(change.field, change.before) || <i>(empty)</i>}</td>
                        <td className="whitespace-pre-wrap break-words p-2">{show(change.field, change.after) || <i>(empty)</i>}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
