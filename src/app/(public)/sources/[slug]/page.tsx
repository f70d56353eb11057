import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { DateText } from "@/components/date-text";
import { PreviewBanner } from "@/components/preview-banner";
import { Facts, PageHeader, RecordLink, Section } from "@/components/ui";
import { groupBy } from "@/lib/collections";
import { CITATION_FIELD_LABELS, label, LANGUAGE_LABELS, RECORD_TYPE_LABELS, SOURCE_KIND_LABELS } from "@/lib/labels";
import { pageMetadata } from "@/lib/metadata";
import { noIndexDrafts, previewing } from "@/server/preview";
import { getSource } from "@/server/sources/queries";
import { safeHref } from "@/lib/urls";

type Props = { params: Promise<{ slug: string }> };
// An editor previewing (src/server/preview.ts) sees the record even as a draft.
const load = cache(async (slug: string) => getSource(slug, { drafts: await previewing() }));


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const s = await load((await params).slug);
  if (!s) return { title: "Source not found" };
  return noIndexDrafts(s, pageMetadata(s.title, s.summary || `Source: ${s.title}`, `/sources/${s.slug}`));
}

export default async function SourcePage({ params }: Props) {
  const s = await load((await params).slug);
  if (!s) notFound();
  const byRecord = groupBy(s.citations, (c) => `${c.record.type}:${c.record.slug}`);
  const url = safeHref(s.url);
  return (
    <>
      <PreviewBanner type="source" slug={s.slug} draftId={s.draftId} />
      <nav aria-label="Breadcrumb" className="mb-3 text-sm text-muted"><Link href="/sources" className="underline">Sources</Link></nav>
      <PageHeader eyebrow={label(SOURCE_KIND_LABELS, s.kind)} title={<span lang={s.language}>{s.title}</span>} lead={s.summary || undefined} />
      <div className="grid gap-10 lg:grid-cols-[1fr_1fr]">
        <div>
          <Section title="About this source">
            <Facts
              rows={[
                ["Publisher", s.publisher ?? <span className="italic text-muted">not stated in the source</span>],
                ["Language", label(LANGUAGE_LABELS, s.language)],
                ["Published", <DateText key="p" value={s.published} />],
                ["Address", url ? <a href={url} rel="nofollow noopener noreferrer" className="text-eu underline">{s.url}</a> : s.url ?? <span className="italic text-muted">not recorded</span>],
                ["Collected as", s.fileName],
              ]}
            />
          </Section>
          <Section title="What the directory cites from it" count={s.citations.length}>
            <ul className="space-y-4">
              {[...byRecord.values()].map((citations) => {
                const record = citations[0].record;
                return (
                  <li key={`${record.type}:${record.slug}`} className="rounded-lg border border-stone-200 bg-white p-4">
                    <p className="mb-2 text-sm text-muted">{RECORD_TYPE_LABELS[record.type].one}</p>
                    <p className="font-semibold"><RecordLink type={record.type} slug={record.slug}>{record.name}</RecordLink></p>
                    <ul className="mt-2 space-y-2">
                      {citations.map((c, i) => (
                        <li key={i}>
                          <blockquote lang={s.language} className="border-l-4 border-amber-300 pl-3">“{c.quote}”</blockquote>
                          {c.field ? <p className="text-sm text-muted">supports the {label(CITATION_FIELD_LABELS, c.field)}</p> : null}
                        </li>
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ul>
          </Section>
        </div>
        <Section title="Full text, as collected">
          <div lang={s.language} className="max-h-[48rem] overflow-y-auto whitespace-pre-line rounded-lg border border-stone-200 bg-white p-4 text-sm leading-relaxed" tabIndex={0} role="region" aria-label="Full text of the source">
            {s.text}
          </div>
        </Section>
      </div>
    </>
  );
}
