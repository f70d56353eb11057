import { z } from "zod";
import { SOURCE_KIND_LABELS } from "@/lib/labels";
import type { FormDef } from "../fields";
import { longText, oneOf, optionalText, partialDate, requiredText, slug, webAddress } from "../schema-parts";
import { keysOf, optionsOf } from "./shared";

/** The longest article text a source keeps. */
export const SOURCE_TEXT_MAX = 200_000;

export const SourceFormSchema = z.object({
  title: requiredText("Title", 500),
  slug: slug(),
  publisher: optionalText("Publisher", 300),
  language: z
    .string()
    .transform((s) => s.trim())
    .pipe(z.string().min(1, "Language is required: a BCP 47 tag such as fr, en or ja.").regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Language: a BCP 47 tag such as fr, en, ja or zh-Hant.")),
  kind: oneOf("Kind", keysOf(SOURCE_KIND_LABELS)),
  url: webAddress("URL"),
  fileName: optionalText("File name", 255).refine((s) => s === null || !/[/\\]/.test(s), "File name: the name only (e.g. 000_600e6926ac0c4cc5.txt), without folders."),
  summary: longText("Summary", 5000),
  text: longText("Text", SOURCE_TEXT_MAX),
  published: partialDate("Published"),
});

export type SourceFormValues = z.output<typeof SourceFormSchema>;

export const sourceForm: FormDef<typeof SourceFormSchema> = {
  schema: SourceFormSchema,
  groups: [
    {
      heading: "Source",
      fields: [
        { kind: "text", name: "title", label: "Title", required: true, wide: true, langFrom: "language", hint: "The headline; when there is none, a short description written by the editors." },
        { kind: "slug", name: "slug", label: "Slug", from: "title", required: true },
        { kind: "text", name: "publisher", label: "Publisher", wide: true },
        { kind: "text", name: "language", label: "Language", required: true, max: 35, hint: "BCP 47 tag of the article: fr, en, ja…" },
        { kind: "select", name: "kind", label: "Kind", options: optionsOf(SOURCE_KIND_LABELS), required: true },
        { kind: "text", name: "url", label: "URL", max: 2000, wide: true, hint: "Where the article was found: https://…" },
        { kind: "text", name: "fileName", label: "File name", max: 255, hint: "The file the text was collected as, if any." },
        { kind: "date", name: "published", label: "Published" },
        { kind: "textarea", name: "summary", label: "Summary", rows: 4 },
      ],
    },
    {
      heading: "Text",
      fields: [
        { kind: "textarea", name: "text", label: "Full text", rows: 20, langFrom: "language", hint: "The article as collected. Passages cited by other records must stay in it word for word." },
      ],
    },
  ],
};
