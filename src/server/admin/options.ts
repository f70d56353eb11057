import "server-only";
// The choices of the admin forms' reference fields. Drafts are offered (an
// editor links records before publishing them); the trash is not.
import { allFields, type FormDef, type Option, type RefTarget } from "@/lib/admin/fields";
import { db } from "../db";

const LIVE = { status: { not: "TRASHED" as const } };
const draft = (status: string) => (status === "DRAFT" ? " (draft)" : "");

const loaders: Record<RefTarget, () => Promise<Option[]>> = {
  async region() {
    const rows = await db().region.findMany({ where: LIVE, orderBy: { name: "asc" }, select: { id: true, name: true, country: true, status: true } });
    return rows.map((r) => ({ value: String(r.id), label: `${r.name} (${r.country})${draft(r.status)}` }));
  },
  async organisation() {
    const rows = await db().organisation.findMany({ where: LIVE, orderBy: { name: "asc" }, select: { id: true, name: true, status: true } });
    return rows.map((o) => ({ value: String(o.id), label: `${o.name}${draft(o.status)}` }));
  },
  async actor() {
    const [regions, organisations] = await Promise.all([loaders.region(), loaders.organisation()]);
    return [
      ...regions.map((o) => ({ ...o, value: `region:${o.value}`, group: "Regions" })),
      ...organisations.map((o) => ({ ...o, value: `organisation:${o.value}`, group: "Organisations" })),
    ];
  },
  async person() {
    const rows = await db().person.findMany({ where: LIVE, orderBy: { name: "asc" }, select: { id: true, name: true, status: true } });
    return rows.map((p) => ({ value: String(p.id), label: `${p.name}${draft(p.status)}` }));
  },
  async personRole() {
    const rows = await db().personRole.findMany({
      where: { person: LIVE },
      orderBy: [{ person: { name: "asc" } }, { id: "asc" }],
      select: { id: true, title: true, person: { select: { name: true } }, region: { select: { name: true } }, organisation: { select: { name: true } } },
    });
    return rows.map((r) => {
      const body = r.organisation?.name ?? r.region?.name;
      return { value: String(r.id), label: `${r.person.name} — ${r.title}${body && !r.title.includes(body) ? `, ${body}` : ""}` };
    });
  },
  async sector() {
    const rows = await db().sector.findMany({
      where: LIVE,
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true, parentId: true, status: true, parent: { select: { name: true } } },
    });
    return rows.map((s) => ({ value: String(s.id), label: `${s.name}${draft(s.status)}`, group: s.parent?.name ?? "Ecosystems" }));
  },
  async agreement() {
    const rows = await db().agreement.findMany({ where: LIVE, orderBy: { title: "asc" }, select: { id: true, title: true, status: true } });
    return rows.map((a) => ({ value: String(a.id), label: `${a.title}${draft(a.status)}` }));
  },
  async mission() {
    const rows = await db().mission.findMany({ where: LIVE, orderBy: { title: "asc" }, select: { id: true, title: true, status: true } });
    return rows.map((m) => ({ value: String(m.id), label: `${m.title}${draft(m.status)}` }));
  },
  async event() {
    const rows = await db().event.findMany({ where: LIVE, orderBy: { name: "asc" }, select: { id: true, name: true, status: true } });
    return rows.map((e) => ({ value: String(e.id), label: `${e.name}${draft(e.status)}` }));
  },
  async source() {
    const rows = await db().source.findMany({ where: LIVE, orderBy: { title: "asc" }, select: { id: true, title: true, status: true } });
    return rows.map((s) => ({ value: String(s.id), label: `${s.title}${draft(s.status)}` }));
  },
};

export type OptionLists = Partial<Record<RefTarget, Option[]>>;

/** The option lists a form needs, one query per target. */
export async function optionsFor(targets: Iterable<RefTarget>): Promise<OptionLists> {
  const unique = [...new Set(targets)];
  const lists = await Promise.all(unique.map((target) => loaders[target]()));
  return Object.fromEntries(unique.map((target, index) => [target, lists[index]]));
}

/** Every list a form's reference fields (rows included) choose from. */
export async function optionsForForm(form: Pick<FormDef, "groups">): Promise<OptionLists> {
  const targets = allFields(form).flatMap((field): RefTarget[] => {
    if (field.kind === "ref" || field.kind === "refs") return [field.target];
    if (field.kind === "rows") return field.fields.flatMap((sub) => (sub.kind === "ref" ? [sub.target] : []));
    return [];
  });
  return optionsFor(targets);
}
