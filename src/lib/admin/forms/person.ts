import { z } from "zod";
import type { FormDef } from "../fields";
import { localNameRows, longText, optionalActorRef, optionalRef, requiredText, slug } from "../schema-parts";
import { citationsField, citationsSchema } from "./shared";

const CITED = ["name", "roles"] as const;

export const PersonFormSchema = z.object({
  name: requiredText("Name"),
  slug: slug(),
  localNames: localNameRows(),
  note: longText("Note", 5000),
  roles: z
    .array(
      z.object({
        // The id of an existing role (signatories, mission leaders and speakers point at it); "" for a new one.
        id: optionalRef("Role"),
        title: requiredText("Role title", 300),
        actor: optionalActorRef(),
      }),
    )
    .max(50, "At most 50 roles.")
    .superRefine((rows, ctx) => {
      const seen = new Set<number>();
      rows.forEach((row, index) => {
        if (row.id === null) return;
        if (seen.has(row.id)) ctx.addIssue({ code: "custom", path: [index, "id"], message: "This role is listed twice. Reload the page." });
        seen.add(row.id);
      });
    }),
  citations: citationsSchema(CITED),
});

export type PersonFormValues = z.output<typeof PersonFormSchema>;

export const personForm: FormDef<typeof PersonFormSchema> = {
  schema: PersonFormSchema,
  groups: [
    {
      heading: "Person",
      fields: [
        { kind: "text", name: "name", label: "Name", required: true, hint: "As the sources spell it, in Latin script." },
        { kind: "slug", name: "slug", label: "Slug", from: "name", required: true },
        { kind: "rows", name: "localNames", label: "Local names", addLabel: "Add a local name", fields: [
          { kind: "text", name: "lang", label: "Language", max: 20, hint: "ja, fr…" },
          { kind: "text", name: "name", label: "Name", wide: true, langFrom: "lang" },
        ] },
        { kind: "textarea", name: "note", label: "Editorial note", rows: 3, hint: "E.g. how the source spells the name." },
      ],
    },
    {
      heading: "Roles",
      fields: [
        { kind: "rows", name: "roles", label: "Roles", addLabel: "Add a role", hint: "Each capacity the sources show the person in. Agreements, missions and programmes refer to these roles: edit a role's wording here rather than removing it and adding it again.", fields: [
          { kind: "hidden", name: "id", label: "Role" },
          { kind: "text", name: "title", label: "Title", required: true, max: 300, wide: true, hint: "E.g. Governor of Kyoto Prefecture." },
          { kind: "ref", name: "actor", label: "For (region or organisation)", target: "actor" },
        ] },
      ],
    },
    { heading: "Sources", fields: [citationsField(CITED)] },
  ],
};
