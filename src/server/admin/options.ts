import "server-only";
// The choices of the admin forms' reference fields. Drafts are offered (an
// editor links records before publishing them); the trash is not.
//
// A list of up to ADMIN_SELECT_LIMIT records is sent whole (a <select>). A
// longer one (100,000 organisations) would make every form megabytes long:
// the form then gets only the labels of the records it already refers to,
// and the editor finds others by typing (searchOptions, /api/v1/admin/options).
import { allFields, type FormDef, type Option, type RefTarget } from "@/lib/admin/fields";
import type { OptionLists } from "@/lib/admin/format";
import { RECORD_TYPE_LABELS } from "@/lib/labels";
import { db } from "../db";
import { env } from "../env";

type Base = Exclude<RefTarget, "actor">;
type Filter = { ids?: number[] };

const LIVE = { status: { not: "TRASHED" as const } };
const draft = (status: string) => (status === "DRAFT" ? " (draft)" : "");
const byIds = (filter: Filter) => (filter.ids ? { id: { in: filter.ids } } : {});

/** Every live record of a type (or the given ones), as options. */
const loaders: Record<Base, (filter: Filter) => Promise<Option[]>> = {
  async region(filter) {
    const rows = await db().region.findMany({ where: { ...LIVE, ...byIds(filter) }, orderBy: { name: "asc" }, select: { id: true, name: true, country: true, status: true } });
    return rows.map((r) => ({ value: String(r.id), label: `${r.name} (${r.country})${draft(r.status)}` }));
  },
  async organisation(filter) {
    const rows = await db().organisation.findMany({ where: { ...LIVE, ...byIds(filter) }, orderBy: { name: "asc" }, select: { id: true, name: true, status: true } });
    return rows.map((o) => ({ value: String(o.id), label: `${o.name}${draft(o.status)}` }));
  },
  async person(filter) {
    const rows = await db().person.findMany({ where: { ...LIVE, ...byIds(filter) }, orderBy: { name: "asc" }, select: { id: true, name: true, status: true } });
    return rows.map((p) => ({ value: String(p.id), label: `${p.name}${draft(p.status)}` }));
  },
  async personRole(filter) {
    const rows = await db().personRole.findMany({
      where: { person: LIVE, ...byIds(filter) },
      orderBy: [{ person: { name: "asc" } }, { id: "asc" }],
      select: { id: true, title: true, person: { select: { name: true } }, region: { select: { name: true } }, organisation: { select: { name: true } } },
    });
    return rows.map((r) => {
      const body = r.organisation?.name ?? r.region?.name;
      return { value: String(r.id), label: `${r.person.name} — ${r.title}${body && !r.title.includes(body) ? `, ${body}` : ""}` };
    });
  },
  async sector(filter) {
    const rows = await db().sector.findMany({
      where: { ...LIVE, ...byIds(filter) },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true, status: true, parent: { select: { name: true } } },
    });
    return rows.map((s) => ({ value: String(s.id), label: `${s.name}${draft(s.status)}`, group: s.parent?.name ?? "Ecosystems" }));
  },
  async agreement(filter) {
    const rows = await db().agreement.findMany({ where: { ...LIVE, ...byIds(filter) }, orderBy: { title: "asc" }, select: { id: true, title: true, status: true } });
    return rows.map((a) => ({ value: String(a.id), label: `${a.title}${draft(a.status)}` }));
  },
  async mission(filter) {
    const rows = await db().mission.findMany({ where: { ...LIVE, ...byIds(filter) }, orderBy: { title: "asc" }, select: { id: true, title: true, status: true } });
    return rows.map((m) => ({ value: String(m.id), label: `${m.title}${draft(m.status)}` }));
  },
  async event(filter) {
    const rows = await db().event.findMany({ where: { ...LIVE, ...byIds(filter) }, orderBy: { name: "asc" }, select: { id: true, name: true, status: true } });
    return rows.map((e) => ({ value: String(e.id), label: `${e.name}${draft(e.status)}` }));
  },
  async source(filter) {
    const rows = await db().source.findMany({ where: { ...LIVE, ...byIds(filter) }, orderBy: { title: "asc" }, select: { id: true, title: true, status: true } });
    return rows.map((s) => ({ value: String(s.id), label: `${s.title}${draft(s.status)}` }));
  },
};

/** Where each type is searched by name: table, name column (personRole: its person's name and its title). */
const SEARCHED: Record<Base, { table: string; text: string; join?: string }> = {
  region: { table: "Region", text: "t.name || ' ' || t.\"localNames\"::text" },
  organisation: { table: "Organisation", text: "t.name || ' ' || t.\"localNames\"::text" },
  person: { table: "Person", text: "t.name || ' ' || t.\"localNames\"::text" },
  personRole: { table: "PersonRole", text: "p.name || ' ' || t.title", join: `JOIN "Person" p ON p.id = t."personId" AND p.status <> 'TRASHED'` },
  sector: { table: "Sector", text: "t.name || ' ' || array_to_string(t.synonyms, ' ')" },
  agreement: { table: "Agreement", text: "t.title" },
  mission: { table: "Mission", text: "t.title" },
  event: { table: "Event", text: "t.name" },
  source: { table: "Source", text: "t.title" },
};

export const SEARCH_RESULTS = 20;

async function matchingIds(target: Base, q: string, take: number): Promise<number[]> {
  const { table, text, join } = SEARCHED[target];
  const live = target === "personRole" ? "" : `AND t.status <> 'TRASHED'`;
  // Table and column names come from the constant above, never from input; q is a bind parameter.
  const rows = await db().$queryRawUnsafe<{ id: number }[]>(
    `SELECT t.id FROM "${table}" t ${join ?? ""}
     WHERE kizuna_norm(${text}) LIKE '%' || kizuna_norm($1) || '%' ${live}
     ORDER BY length(${text}), t.id LIMIT ${take}`,
    q,
  );
  return rows.map((r) => r.id);
}

/** Up to 20 records whose name contains what the editor typed (case, accents and width folded, like the search). */
export async function searchOptions(target: RefTarget, q: string): Promise<Option[]> {
  const text = q.trim().slice(0, 100);
  if (text === "") return [];
  if (target === "actor") {
    const [regions, organisations] = await Promise.all([searchOptions("region", text), searchOptions("organisation", text)]);
    return [...actorOptions("region", regions), ...actorOptions("organisation", organisations)].slice(0, SEARCH_RESULTS);
  }
  const ids = await matchingIds(target, text, SEARCH_RESULTS);
  return ids.length ? loaders[target]({ ids }) : [];
}

function actorOptions(kind: "region" | "organisation", options: Option[]): Option[] {
  return options.map((o) => ({ ...o, value: `${kind}:${o.value}`, group: RECORD_TYPE_LABELS[kind].many }));
}

/** The choices of a form: whole lists, and the targets too long to list, which are searched instead. */
export type FormOptions = { lists: OptionLists; searched: RefTarget[] };

async function isLong(target: Base): Promise<boolean> {
  const { table } = SEARCHED[target];
  const limit = env().ADMIN_SELECT_LIMIT;
  const rows = await db().$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM (SELECT 1 FROM "${table}" LIMIT ${limit + 1}) s`);
  return rows[0].n > limit;
}

/** The targets of a form's reference fields (rows included). */
function targetsOf(form: Pick<FormDef, "groups">): RefTarget[] {
  return [
    ...new Set(
      allFields(form).flatMap((field): RefTarget[] => {
        if (field.kind === "ref" || field.kind === "refs") return [field.target];
        if (field.kind === "rows") return field.fields.flatMap((sub) => (sub.kind === "ref" ? [sub.target] : []));
        return [];
      }),
    ),
  ];
}

/** Ids a set of form values (raw, as the inputs hold them) refers to, per target. */
function referencedIds(form: Pick<FormDef, "groups">, valueSets: Record<string, unknown>[]): Map<RefTarget, Set<string>> {
  const found = new Map<RefTarget, Set<string>>();
  const add = (target: RefTarget, value: unknown) => {
    if (typeof value !== "string" || value === "") return;
    found.set(target, (found.get(target) ?? new Set()).add(value));
  };
  for (const values of valueSets) {
    for (const field of allFields(form)) {
      const value = values[field.name];
      if (field.kind === "ref") add(field.target, value);
      if (field.kind === "refs" && Array.isArray(value)) for (const v of value) add(field.target, v);
      if (field.kind === "rows" && Array.isArray(value)) {
        for (const row of value as Record<string, unknown>[]) for (const sub of field.fields) if (sub.kind === "ref") add(sub.target, row?.[sub.name]);
      }
    }
  }
  return found;
}

/** Labels of the given option values ("12", or "region:3" for an actor). */
async function labelsOf(target: RefTarget, values: Set<string>): Promise<Option[]> {
  const ids = (kind: string | null) =>
    [...values].flatMap((v) => {
      const [k, id] = kind ? v.split(":") : [null, v];
      return k === kind && /^\d{1,10}$/.test(id ?? "") && Number(id) <= 2_147_483_647 ? [Number(id)] : [];
    });
  if (target !== "actor") return loaders[target]({ ids: ids(null) });
  return [...actorOptions("region", await loaders.region({ ids: ids("region") })), ...actorOptions("organisation", await loaders.organisation({ ids: ids("organisation") }))];
}

/**
 * The choices a form needs: whole lists for short targets, and for long ones
 * only the records these values (the form's, or every revision's on the
 * history page) refer to.
 */
export async function optionsForForm(form: Pick<FormDef, "groups">, valueSets: Record<string, unknown>[] = []): Promise<FormOptions> {
  const referenced = referencedIds(form, valueSets);
  const lists: OptionLists = {};
  const searched: RefTarget[] = [];
  // A several-choice field (sectors) shows every choice as a checkbox: its list is always whole.
  const checkboxes = new Set(allFields(form).flatMap((field) => (field.kind === "refs" ? [field.target] : [])));
  // Asked once per type: a form may refer to regions both alone and as actors.
  const lengths = new Map<Base, Promise<boolean>>();
  const long = (target: Base) => lengths.get(target) ?? lengths.set(target, isLong(target)).get(target)!;
  for (const target of targetsOf(form)) {
    const tooLong = checkboxes.has(target) ? false : target === "actor" ? (await long("region")) || (await long("organisation")) : await long(target);
    if (tooLong) {
      searched.push(target);
      lists[target] = await labelsOf(target, referenced.get(target) ?? new Set());
    } else if (target === "actor") {
      lists[target] = [...actorOptions("region", await loaders.region({})), ...actorOptions("organisation", await loaders.organisation({}))];
    } else {
      lists[target] = await loaders[target]({});
    }
  }
  return { lists, searched };
}

/** Whole lists of the given targets (the "cite a passage" panel), searched ones left empty. */
export async function optionsFor(targets: Iterable<RefTarget>): Promise<FormOptions> {
  return optionsForForm({ groups: [{ heading: "", fields: [...new Set(targets)].map((target) => ({ kind: "ref" as const, name: target, label: target, target })) }] });
}

