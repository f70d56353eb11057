import { MentionSuggestions } from "@/components/admin/mentions";
import { RecordForm } from "@/components/admin/record-form";
import { AdminHeader } from "@/components/admin/ui";
import { toRaw } from "@/lib/admin/fields";
import { FORMS } from "@/lib/admin/forms";
import { TYPE_LABELS } from "@/lib/admin/record-types";
import { optionsForForm } from "@/server/admin/options";
import { requireViewer } from "@/server/auth/session";
import { recordTypeParam } from "../../_lib";
import { saveRecordAction } from "../actions";

type Props = { params: Promise<{ type: string }> };

export async function generateMetadata({ params }: Props) {
  const { type } = await params;
  return { title: `New ${TYPE_LABELS[type as keyof typeof TYPE_LABELS]?.one.toLowerCase() ?? "record"}` };
}

export default async function NewRecord({ params }: Props) {
  await requireViewer();
  const type = recordTypeParam((await params).type);
  const form = FORMS[type]!;
  const { lists: options, searched } = await optionsForForm(form);
  const labels = TYPE_LABELS[type];
  return (
    <>
      <AdminHeader crumbs={[{ href: "/admin", label: "Admin" }, { href: `/admin/${type}`, label: labels.many }]} title={`New ${labels.one.toLowerCase()}`}>
        <p className="mt-2 text-muted">It is saved as a draft: the public site shows it once you publish it. Fields marked * are required.</p>
      </AdminHeader>
      {type === "source" ? <div className="mb-6"><MentionSuggestions /></div> : null}
      <RecordForm type={type} initial={toRaw(form, {})} version={null} options={options} searched={searched} action={saveRecordAction.bind(null, type, null)} submitLabel="Save draft" />
    </>
  );
}
