import { z } from "zod";
import type { FormDef } from "../fields";
import { ALWAYS, actorRef, longText, requiredText, slug } from "../schema-parts";

export const PairFormSchema = z
  .object({
    name: requiredText("Name"),
    slug: slug(),
    summary: longText("Summary", 5000),
    europe: actorRef("The European side"),
    japan: actorRef("The Japanese side"),
  })
  .superRefine((value, ctx) => {
    if (typeof value?.europe === "string" && value.europe !== "" && value.europe === value.japan) {
      ctx.addIssue({ code: "custom", path: ["japan"], message: "The two sides of a pair must be different." });
    }
  }, ALWAYS);

export type PairFormValues = z.output<typeof PairFormSchema>;

export const pairForm: FormDef<typeof PairFormSchema> = {
  schema: PairFormSchema,
  groups: [
    {
      heading: "Pair",
      fields: [
        { kind: "text", name: "name", label: "Name", required: true, hint: "Both sides, e.g. Lyon–Tokyo." },
        { kind: "slug", name: "slug", label: "Slug", from: "name", required: true },
        { kind: "ref", name: "europe", label: "European side", target: "actor", required: true },
        { kind: "ref", name: "japan", label: "Japanese side", target: "actor", required: true },
        { kind: "textarea", name: "summary", label: "Summary", rows: 4, hint: "Only what the sources report about the link." },
      ],
    },
  ],
};
