import { AdminHeader } from "@/components/admin/ui";
import { QualityChecks, QualitySummary } from "@/components/quality-report";
import { requireViewer } from "@/server/auth/session";
import { qualityReport } from "@/server/quality/queries";

export const metadata = { title: "Data quality" };

export default async function AdminQuality() {
  await requireViewer();
  const checks = await qualityReport();
  return (
    <>
      <AdminHeader crumbs={[{ href: "/admin", label: "Admin" }]} title="Data quality">
        <p className="mt-2 text-muted">
          Published records that need an editor: each links to its form. The public summary is at <a href="/quality" className="text-eu underline">/quality</a>.
        </p>
      </AdminHeader>
      <QualitySummary checks={checks} />
      <QualityChecks checks={checks} hrefOf={(item) => `/admin/${item.type}/${item.id}`} />
    </>
  );
}
