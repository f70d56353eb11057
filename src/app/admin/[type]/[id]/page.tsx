import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { CitePassage } from "@/components/admin/cite-passage";
import { MentionSuggestions } from "@/components/admin/mentions";
import { CITABLE_TYPES } from "@/lib/admin/citation";
import { RecordForm } from "@/components/admin/record-form";
import { AdminHeader, Notice, StatusBadge, When } from "@/components/admin/ui";
import { toRaw } from "@/lib/admin/fields";
import { TYPE_LABELS } from "@/lib/admin/record-types";
import { hrefFor } from "@/lib/routes";
import { optionsFor, optionsForForm } from "@/server/admin/options";
import { requireViewer } from "@/server/auth/session";
import { editableFromParams, firstParam } from "../../_lib";
import { citeAction, saveRecordAction, statusAction } from "../actions";

/** On a source's page: what the text mentions, and picking a passage of it to cite. */
async function SourceTools({ id, text, language }: { id: number; text: string; language: string }) {
  const { lists: records, searched } = await optionsFor(CITABLE_TYPES);
  return (
    <>
      <div className="mt-10"><MentionSuggestions /></div>
      <CitePassage text={text} language={language} records={records} searched={searched} action={citeAction.bind(null, id)} />
    </>
  );
}

type Props = { params: Promise<{ type: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: Record<string, string> = {
  "saved=1": "Saved.", "saved=unchanged": "Nothing had changed: nothing was saved.", "done=publish": "Published: the public site and search show it now.",
  "done=unpublish": "Unpublished: it is a draft again and hidden from the public site.", "done=restore": "Restored from the trash.",
  "done=revert": "The earlier revision was restored as a new revision.",
};

export async function generateMetadata({ params }: Props) {
  const { type, id } = await params;
  return { title: `Edit ${TYPE_LABELS[type as keyof typeof TYPE_LABELS]?.one.toLowerCase() ?? "record"} #${id}`.slice(0, 80) };
}

export default async function EditRecord({ params, searchParams }: Props) {
  await requireViewer();
  const { type, id, record, form } = await editableFromParams(params);
  const { lists: options, searched } = await optionsForForm(form, [toRaw(form, record.values)]);
  const query = await searchParams;
  const notice = NOTICES[`saved=${firstParam(query.saved)}`] ?? NOTICES[`done=${firstParam(query.done)}`];
  const labels = TYPE_LABELS[type];
  // What the editor sees; the server checks again, against published sources only, when publishing.
  const uncited = (CITABLE_TYPES as readonly string[]).includes(type) && !(Array.isArray(record.values.citations) && record.values.citations.length > 0);
  const status = (action: string, label: string, tone: "plain" | "primary" | "danger" = "plain", confirm?: string) => (
    <ActionForm action={statusAction.bind(null, type, id)} hidden={{ action, _version: record.version }} label={label} tone={tone} confirm={confirm} />
  );
  return (
    <>
      <AdminHeader crumbs={[{ href: "/admin", label: "Admin" }, { href: `/admin/${type}`, label: labels.many }]} title={record.title}>
        <p className="mt-2 flex flex-wrap items-center gap-3 text-sm text-muted">
          <StatusBadge status={record.status} />
          <span>Version {record.version}, changed <When at={record.updatedAt} /></span>
          <Link href={`/admin/${type}/${id}/history`} className="text-eu underline">History</Link>
          {record.status === "PUBLISHED" ? <Link href={hrefFor(type, record.slug)} className="text-eu underline">View on the site</Link> : null}
          {record.status === "DRAFT" ? <a href={`/admin/preview?type=${type}&id=${id}`} className="text-eu underline">Preview as the public will see it</a> : null}
        </p>
        <div className="mt-4 flex flex-wrap items-start gap-3">
          {record.status === "DRAFT" ? (
            uncited ? (
              <ActionForm action={statusAction.bind(null, type, id)} hidden={{ action: "publish", _version: record.version }} label="Publish" tone="primary">
                <p className="mb-2 max-w-xl rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
                  No source passage is cited for this record: the public site will mark it “no source cited”.
                </p>
                <label className="mb-2 flex items-center gap-2 text-sm">
                  <input type="checkbox" name="confirmUncited" value="yes" /> Publish without a cited source
                </label>
              </ActionForm>
            ) : status("publish", "Publish", "primary")
          ) : null}
          {record.status === "PUBLISHED" ? status("unpublish", "Unpublish") : null}
          {record.status === "TRASHED" ? status("restore", "Restore from the trash", "primary") : status("delete", "Delete", "danger", "Move this record to the trash? It can be restored from there.")}
        </div>
      </AdminHeader>
      {notice ? <Notice>{notice}</Notice> : null}
      {record.status === "TRASHED" ? (
        <Notice tone="info">This record is in the trash. Restore it to edit it.</Notice>
      ) : (
        <RecordForm type={type} initial={toRaw(form, record.values)} version={record.version} options={options} searched={searched} action={saveRecordAction.bind(null, type, id)} submitLabel="Save" />
      )}
      {type === "source" && record.status !== "TRASHED" ? <SourceTools id={id} text={String(record.values.text ?? "")} language={String(record.values.language ?? "")} /> : null}
    </>
  );
}
