import { z } from "zod";
import { AGREEMENT_KIND_LABELS, AGREEMENT_STATUS_LABELS, PARTY_ROLE_LABELS } from "@/lib/labels";
import type { FormDef } from "../fields";
import { actorRef, ALWAYS, endNotBeforeStart, lines, longText, oneOf, optionalInt, optionalRef, optionalText, partialDate, refList, requiredRef, requiredText, slug } from "../schema-parts";
import { citationsField, citationsSchema, keysOf, optionsOf } from "./shared";

const CITED = ["title", "kind", "agreementStatus", "summary", "commitments", "signedOn", "startsOn", "endsOn", "durationMonths", "place", "parties", "signatories", "sectors", "mission", "event"] as const;

export const AgreementFormSchema = z
  .object({
    title: requiredText("Title"),
    slug: slug(),
    titleOriginal: optionalText("Original title"),
    kind: oneOf("Kind", keysOf(AGREEMENT_KIND_LABELS)),
    agreementStatus: oneOf("Status", keysOf(AGREEMENT_STATUS_LABELS)),
    summary: longText("Summary", 5000),
    commitments: lines("Commitments", 50, 1000),
    parties: z
      .array(z.object({ actor: actorRef("Party"), role: oneOf("Role", keysOf(PARTY_ROLE_LABELS)) }))
      .min(1, "Add at least one party.")
      .max(50, "At most 50 parties.")
      .superRefine((rows, ctx) => {
        const seen = new Set<string>();
        rows.forEach((row, index) => {
          if (seen.has(row.actor)) ctx.addIssue({ code: "custom", path: [index, "actor"], message: "This party is listed twice." });
          seen.add(row.actor);
        });
      }),
    signatories: z
      .array(z.object({ personRoleId: requiredRef("Signatory") }))
      .max(50, "At most 50 signatories.")
      .superRefine((rows, ctx) => {
        const seen = new Set<number>();
        rows.forEach((row, index) => {
          if (seen.has(row.personRoleId)) ctx.addIssue({ code: "custom", path: [index, "personRoleId"], message: "This signatory is listed twice." });
          seen.add(row.personRoleId);
        });
      }),
    sectorIds: refList("Sectors"),
    signed: partialDate("Signed"),
    starts: partialDate("Starts"),
    ends: partialDate("Ends"),
    durationMonths: optionalInt("Duration in months", 1, 1200),
    placeRegionId: optionalRef("Place"),
    placeDetail: optionalText("Venue", 300),
    placeInferredFrom: optionalText("Place: inferred from", 500),
    missionId: optionalRef("Mission"),
    eventId: optionalRef("Event"),
    citations: citationsSchema(CITED),
  })
  .superRefine((value, ctx) => endNotBeforeStart(ctx, value?.starts, value?.ends, "ends"), ALWAYS);

export type AgreementFormValues = z.output<typeof AgreementFormSchema>;

export const agreementForm: FormDef<typeof AgreementFormSchema> = {
  schema: AgreementFormSchema,
  groups: [
    {
      heading: "Agreement",
      fields: [
        { kind: "text", name: "title", label: "Title", required: true, wide: true },
        { kind: "slug", name: "slug", label: "Slug", from: "title", required: true },
        { kind: "text", name: "titleOriginal", label: "Original title", hint: "In the source's language, where it differs.", wide: true },
        { kind: "select", name: "kind", label: "Kind", options: optionsOf(AGREEMENT_KIND_LABELS), required: true },
        { kind: "select", name: "agreementStatus", label: "Status", options: optionsOf(AGREEMENT_STATUS_LABELS), required: true },
        { kind: "textarea", name: "summary", label: "Summary", rows: 4 },
        { kind: "lines", name: "commitments", label: "Commitments", hint: "What the parties commit to, one per line." },
        { kind: "refs", name: "sectorIds", label: "Sectors", target: "sector" },
      ],
    },
    {
      heading: "Parties and signatories",
      fields: [
        { kind: "rows", name: "parties", label: "Parties", addLabel: "Add a party", required: true, fields: [
          { kind: "ref", name: "actor", label: "Region or organisation", target: "actor", required: true },
          { kind: "select", name: "role", label: "Role", options: optionsOf(PARTY_ROLE_LABELS), required: true },
        ] },
        { kind: "rows", name: "signatories", label: "Signatories", addLabel: "Add a signatory", hint: "People in the capacity they signed in; add the capacity on the person's page first.", fields: [
          { kind: "ref", name: "personRoleId", label: "Person and capacity", target: "personRole", required: true },
        ] },
      ],
    },
    {
      heading: "Dates",
      fields: [
        { kind: "date", name: "signed", label: "Signed" },
        { kind: "date", name: "starts", label: "Starts" },
        { kind: "date", name: "ends", label: "Ends" },
        { kind: "number", name: "durationMonths", label: "Duration in months" },
      ],
    },
    {
      heading: "Where and in what setting",
      fields: [
        { kind: "ref", name: "placeRegionId", label: "Signed in", target: "region" },
        { kind: "text", name: "placeDetail", label: "Venue", wide: true },
        { kind: "text", name: "placeInferredFrom", label: "Place inferred from", hint: "Leave empty when the source states the place.", wide: true },
        { kind: "ref", name: "missionId", label: "During the mission", target: "mission" },
        { kind: "ref", name: "eventId", label: "At the event", target: "event" },
      ],
    },
    { heading: "Sources", fields: [citationsField(CITED)] },
  ],
};
