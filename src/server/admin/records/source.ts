import "server-only";
import { sourceForm, type SourceFormValues } from "@/lib/admin/forms/source";
import { quoteOccursIn } from "@/lib/quotes";
import { dateColumns, dateToForm, describe, InvalidInput, type RecordAdmin, type Tx } from "../kit";

/** Long text as the form's schema gives it back (line breaks folded, trimmed), so an unchanged form compares equal. */
const asLongText = (s: string) => s.replace(/\r\n?/g, "\n").trim();
const trashed = (status: string) => (status === "TRASHED" ? " (in the trash)" : "");
const shorten = (s: string, max = 80) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** "Agreement: Lyon–Tokyo MoU", the record a citation supports. */
function citedBy(c: {
  region: { name: string } | null; organisation: { name: string } | null; person: { name: string } | null;
  agreement: { title: string } | null; mission: { title: string } | null; event: { name: string } | null;
}): string {
  if (c.agreement) return `Agreement: ${c.agreement.title}`;
  if (c.mission) return `Mission: ${c.mission.title}`;
  if (c.event) return `Event: ${c.event.name}`;
  if (c.region) return `Region: ${c.region.name}`;
  if (c.organisation) return `Organisation: ${c.organisation.name}`;
  return `Person: ${c.person?.name ?? "?"}`;
}

/** Refuses a new text that would lose a passage some record cites from this source. */
async function checkCitationsKept(tx: Tx, id: number, text: string): Promise<void> {
  const citations = await tx.citation.findMany({
    where: { sourceId: id },
    orderBy: { id: "asc" },
    select: {
      quote: true,
      region: { select: { name: true } }, organisation: { select: { name: true } }, person: { select: { name: true } },
      agreement: { select: { title: true } }, mission: { select: { title: true } }, event: { select: { name: true } },
    },
  });
  const broken = citations.filter((c) => !quoteOccursIn(text, c.quote));
  if (!broken.length) return;
  const shown = broken.slice(0, 3).map((c) => `“${shorten(c.quote)}” (${citedBy(c)})`);
  const more = broken.length > shown.length ? `, and ${broken.length - shown.length} more` : "";
  const count = broken.length === 1 ? "1 citation quotes a passage" : `${broken.length} citations quote passages`;
  throw new InvalidInput({
    text: `${count} that would no longer be in the text: ${shown.join("; ")}${more}. Keep these passages word for word, or change the citations on those records first.`,
  });
}

export const sourceAdmin: RecordAdmin<SourceFormValues> = {
  type: "source",
  table: "Source",
  titleColumn: "title",
  form: sourceForm,
  title: (values) => values.title,

  async load(tx, id) {
    const row = await tx.source.findUnique({
      where: { id },
      select: {
        title: true, slug: true, publisher: true, language: true, kind: true, url: true, fileName: true, summary: true, text: true,
        publishedOn: true, publishedPrecision: true, publishedInferredFrom: true,
      },
    });
    if (!row) return null;
    return {
      title: row.title, slug: row.slug, publisher: row.publisher, language: row.language, kind: row.kind, url: row.url,
      fileName: row.fileName, summary: asLongText(row.summary), text: asLongText(row.text),
      published: dateToForm(row.publishedOn, row.publishedPrecision, row.publishedInferredFrom),
    };
  },

  async write(tx, id, { published, ...values }) {
    if (id !== null) {
      const current = await tx.source.findUnique({ where: { id }, select: { text: true } });
      if (current && asLongText(current.text) !== values.text) await checkCitationsKept(tx, id, values.text);
    }
    const data = { ...values, ...dateColumns("published", published) };
    const saved = id === null
      ? await tx.source.create({ data: { ...data, status: "DRAFT" }, select: { id: true } })
      : await tx.source.update({ where: { id }, data, select: { id: true } });
    return saved.id;
  },

  // The records its citations support: a cited source stays out of the trash.
  async usedBy(tx, id) {
    const cites = { citations: { some: { sourceId: id } } };
    const take = 20;
    // One query at a time: a transaction has a single connection.
    const agreements = await tx.agreement.findMany({ where: cites, orderBy: [{ title: "asc" }, { id: "asc" }], take, select: { title: true, status: true } });
    const missions = await tx.mission.findMany({ where: cites, orderBy: [{ title: "asc" }, { id: "asc" }], take, select: { title: true, status: true } });
    const events = await tx.event.findMany({ where: cites, orderBy: [{ name: "asc" }, { id: "asc" }], take, select: { name: true, status: true } });
    const regions = await tx.region.findMany({ where: cites, orderBy: [{ name: "asc" }, { id: "asc" }], take, select: { name: true, status: true } });
    const organisations = await tx.organisation.findMany({ where: cites, orderBy: [{ name: "asc" }, { id: "asc" }], take, select: { name: true, status: true } });
    const people = await tx.person.findMany({ where: cites, orderBy: [{ name: "asc" }, { id: "asc" }], take, select: { name: true, status: true } });
    return [
      ...describe("Agreement", agreements.map((r) => r.title + trashed(r.status))),
      ...describe("Mission", missions.map((r) => r.title + trashed(r.status))),
      ...describe("Event", events.map((r) => r.name + trashed(r.status))),
      ...describe("Region", regions.map((r) => r.name + trashed(r.status))),
      ...describe("Organisation", organisations.map((r) => r.name + trashed(r.status))),
      ...describe("Person", people.map((r) => r.name + trashed(r.status))),
    ];
  },

  // No other record's document shows a source.
  async searchDocs(_tx, id) {
    return [{ type: "SOURCE", ids: [id] }];
  },
};
