import "server-only";
import { personForm, type PersonFormValues } from "@/lib/admin/forms/person";
import type { FieldErrors } from "@/lib/admin/fields";
import { actorColumns, describe, InvalidInput, loadCitations, localNamesJson, localNamesToForm, writeCitations, type RecordAdmin, type Tx } from "../kit";

function roleActor(row: { regionId: number | null; organisationId: number | null }): string | null {
  if (row.regionId !== null) return `region:${row.regionId}`;
  if (row.organisationId !== null) return `organisation:${row.organisationId}`;
  return null;
}

/** What refers to each of these roles: "Agreement: …", "Mission (leader): …", "Event: … (session …)". */
async function roleUses(tx: Tx, roleIds: number[], take?: number): Promise<Map<number, string[]>> {
  const uses = new Map<number, string[]>(roleIds.map((id) => [id, []]));
  if (!roleIds.length) return uses;
  // One query after another: they share the transaction's connection.
  const signatures = await tx.agreementSignatory.findMany({
    where: { personRoleId: { in: roleIds } }, orderBy: [{ agreementId: "asc" }], take,
    select: { personRoleId: true, agreement: { select: { title: true } } },
  });
  const missions = await tx.mission.findMany({ where: { leaderRoleId: { in: roleIds } }, orderBy: { id: "asc" }, take, select: { leaderRoleId: true, title: true } });
  const talks = await tx.sessionSpeaker.findMany({
    where: { personRoleId: { in: roleIds } }, orderBy: [{ sessionId: "asc" }], take,
    select: { personRoleId: true, session: { select: { title: true, event: { select: { name: true } } } } },
  });
  for (const s of signatures) uses.get(s.personRoleId)!.push(...describe("Agreement (signatory)", [s.agreement.title]));
  for (const m of missions) uses.get(m.leaderRoleId!)!.push(...describe("Mission (leader)", [m.title]));
  for (const t of talks) uses.get(t.personRoleId)!.push(...describe("Event (speaker)", [`${t.session.event.name}, session “${t.session.title}”`]));
  return uses;
}

export const personAdmin: RecordAdmin<PersonFormValues> = {
  type: "person",
  table: "Person",
  titleColumn: "name",
  form: personForm,
  title: (values) => values.name,

  async load(tx, id) {
    const row = await tx.person.findUnique({
      where: { id },
      select: {
        name: true, slug: true, localNames: true, note: true,
        roles: { orderBy: { id: "asc" }, select: { id: true, title: true, regionId: true, organisationId: true } },
      },
    });
    if (!row) return null;
    return {
      name: row.name, slug: row.slug, localNames: localNamesToForm(row.localNames), note: row.note,
      roles: row.roles.map((r) => ({ id: r.id, title: r.title, actor: roleActor(r) })),
      citations: await loadCitations(tx, "personId", id),
    };
  },

  async write(tx, id, { citations, localNames, roles, ...values }) {
    // Roles keep their ids (agreements, missions and programmes point at them):
    // rows with an id update that role, rows without one create a role, and the
    // person's other roles are removed, unless something still uses them.
    const existing = id === null ? [] : await tx.personRole.findMany({ where: { personId: id }, orderBy: { id: "asc" }, select: { id: true, title: true } });
    const own = new Set(existing.map((r) => r.id));
    const errors: FieldErrors = {};
    roles.forEach((role, index) => {
      if (role.id !== null && !own.has(role.id)) errors[`roles.${index}.id`] = "This role is not one of this person's roles (any more). Reload the page and try again.";
    });
    if (Object.keys(errors).length) throw new InvalidInput(errors);
    const kept = new Set(roles.map((r) => r.id).filter((roleId): roleId is number => roleId !== null));
    const removed = existing.filter((r) => !kept.has(r.id));
    const uses = await roleUses(tx, removed.map((r) => r.id));
    const refused = removed.filter((r) => uses.get(r.id)!.length > 0);
    if (refused.length) {
      // The removed row is no longer in the posted form, so the message goes on the roles field as a whole.
      throw new InvalidInput({
        roles: refused
          .map((r) => `The role “${r.title}” cannot be removed while it is used by ${uses.get(r.id)!.join("; ")}. Keep it (you can correct its wording), or change those records first.`)
          .join(" "),
      });
    }

    const data = { ...values, localNames: localNamesJson(localNames) };
    const saved = id === null
      ? await tx.person.create({ data: { ...data, status: "DRAFT" }, select: { id: true } })
      : await tx.person.update({ where: { id }, data, select: { id: true } });
    const personId = saved.id;
    if (removed.length) await tx.personRole.deleteMany({ where: { personId, id: { in: removed.map((r) => r.id) } } });
    for (const role of roles) {
      const columns = { title: role.title, ...actorColumns(role.actor) };
      if (role.id === null) await tx.personRole.create({ data: { personId, ...columns } });
      else await tx.personRole.update({ where: { id: role.id }, data: columns });
    }
    await writeCitations(tx, "personId", personId, citations);
    return personId;
  },

  async usedBy(tx, id) {
    const roles = await tx.personRole.findMany({ where: { personId: id }, orderBy: { id: "asc" }, select: { id: true } });
    const uses = await roleUses(tx, roles.map((r) => r.id), 20);
    return [...new Set([...uses.values()].flat())];
  },

  async searchDocs(tx, id) {
    // Agreements show their signatories' names, missions their leader's, events their speakers'.
    const agreements = await tx.agreementSignatory.findMany({ where: { personRole: { personId: id } }, select: { agreementId: true } });
    const missions = await tx.mission.findMany({ where: { leaderRole: { personId: id } }, select: { id: true } });
    const events = await tx.eventSession.findMany({ where: { speakers: { some: { personRole: { personId: id } } } }, select: { eventId: true } });
    return [
      { type: "AGREEMENT", ids: agreements.map((a) => a.agreementId) },
      { type: "MISSION", ids: missions.map((m) => m.id) },
      { type: "EVENT", ids: events.map((e) => e.eventId) },
    ];
  },
};
