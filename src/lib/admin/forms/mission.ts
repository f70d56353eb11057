import { z } from "zod";
import type { FormDef } from "../fields";
import { actorRef, ALWAYS, endNotBeforeStart, lines, longText, optionalRef, partialDate, refList, requiredText, slug } from "../schema-parts";
import { citationsField, citationsSchema } from "./shared";

const CITED = ["title", "summary", "delegation", "themes", "leader", "origin", "destination", "startsOn", "endsOn", "participants", "sectors"] as const;

export const MissionFormSchema = z
  .object({
    title: requiredText("Title"),
    slug: slug(),
    summary: longText("Summary", 5000),
    delegation: longText("Delegation", 2000),
    themes: lines("Themes", 50, 500),
    leaderRoleId: optionalRef("Leader"),
    originRegionId: optionalRef("Region it came from"),
    originOrganisationId: optionalRef("Organisation it came from"),
    destinationRegionId: optionalRef("Destination"),
    starts: partialDate("Starts"),
    ends: partialDate("Ends"),
    participants: z
      .array(z.object({ actor: actorRef("Participant"), role: requiredText("Role", 500) }))
      .max(100, "At most 100 participants.")
      .superRefine((rows, ctx) => {
        const seen = new Set<string>();
        rows.forEach((row, index) => {
          if (seen.has(row.actor)) ctx.addIssue({ code: "custom", path: [index, "actor"], message: "This participant is listed twice: describe everything it did in one row." });
          seen.add(row.actor);
        });
      }),
    sectorIds: refList("Sectors"),
    citations: citationsSchema(CITED),
  })
  .superRefine((value, ctx) => endNotBeforeStart(ctx, value?.starts, value?.ends, "ends"), ALWAYS);

export type MissionFormValues = z.output<typeof MissionFormSchema>;

export const missionForm: FormDef<typeof MissionFormSchema> = {
  schema: MissionFormSchema,
  groups: [
    {
      heading: "Mission",
      fields: [
        { kind: "text", name: "title", label: "Title", required: true, wide: true },
        { kind: "slug", name: "slug", label: "Slug", from: "title", required: true },
        { kind: "textarea", name: "summary", label: "Summary", rows: 4 },
        { kind: "textarea", name: "delegation", label: "Delegation", rows: 2, hint: "Who travelled, as the source describes the delegation." },
        { kind: "lines", name: "themes", label: "Themes", hint: "In the source's words, one per line; sectors carry the taxonomy." },
        { kind: "refs", name: "sectorIds", label: "Sectors", target: "sector" },
      ],
    },
    {
      heading: "Who and where",
      fields: [
        { kind: "ref", name: "leaderRoleId", label: "Led by", target: "personRole", hint: "A person in the capacity they led it in; add the capacity on the person's page first." },
        { kind: "ref", name: "originRegionId", label: "From (region)", target: "region" },
        { kind: "ref", name: "originOrganisationId", label: "From (organisation)", target: "organisation", hint: "When an organisation, not a region, sent the delegation." },
        { kind: "ref", name: "destinationRegionId", label: "To", target: "region" },
        { kind: "rows", name: "participants", label: "Met, visited or travelled with", addLabel: "Add a participant", fields: [
          { kind: "ref", name: "actor", label: "Region or organisation", target: "actor", required: true },
          { kind: "text", name: "role", label: "What it did", required: true, max: 500, wide: true, hint: "e.g. met the delegation, visited, part of the delegation." },
        ] },
      ],
    },
    {
      heading: "Dates",
      fields: [
        { kind: "date", name: "starts", label: "Starts" },
        { kind: "date", name: "ends", label: "Ends" },
      ],
    },
    { heading: "Sources", fields: [citationsField(CITED)] },
  ],
};
