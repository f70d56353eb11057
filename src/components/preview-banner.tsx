import { hrefFor, type RecordType } from "@/lib/routes";

/**
 * Shown above a public page that an editor is previewing while its record is
 * still a draft (see src/server/preview.ts). Nothing for a published record.
 * Plain <a> links, not next/link: a prefetch of the exit route would end the
 * preview.
 */
export function PreviewBanner({ type, slug, draftId }: { type: RecordType; slug: string; draftId: number | null }) {
  if (draftId === null) return null;
  const exit = `/admin/preview/exit?next=${encodeURIComponent(hrefFor(type, slug))}`;
  return (
    <div role="status" className="mb-6 flex flex-wrap items-center justify-between gap-x-6 gap-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">
      <p className="font-medium">Preview of a draft — the public cannot see this page yet.</p>
      <p className="flex gap-4 text-sm">
        <a href={`/admin/${type}/${draftId}`} className="underline">Back to editing</a>
        <a href={exit} className="underline">Leave preview</a>
      </p>
    </div>
  );
}
