// A field's value in words, for the conflict view and the history page.
import type { FieldDef, Option, RawValue, RefTarget } from "./fields";

export type OptionLists = Partial<Record<RefTarget, Option[]>>;

function optionLabel(options: Option[] | undefined, value: string): string {
  if (value === "") return "";
  return options?.find((o) => o.value === value)?.label ?? `#${value} (no longer listed)`;
}

function scalar(field: FieldDef, value: string, lists: OptionLists): string {
  if (field.kind === "select") return field.options.find((o) => o.value === value)?.label ?? value;
  if (field.kind === "ref" || field.kind === "refs") return optionLabel(lists[field.target], value);
  return value;
}

/** "" for an empty value; the page shows it as "(empty)". */
export function formatRaw(field: FieldDef, value: RawValue | undefined, lists: OptionLists): string {
  if (value === undefined) return "";
  switch (field.kind) {
    case "refs":
      return (value as string[]).map((v) => scalar(field, v, lists)).join("; ");
    case "lines":
      return (value as string[]).join("\n");
    case "date": {
      const date = value as { value: string; inferredFrom: string };
      if (!date.value && !date.inferredFrom) return "";
      return `${date.value || "not stated"}${date.inferredFrom ? ` (inferred from: ${date.inferredFrom})` : ""}`;
    }
    case "rows":
      return (value as Record<string, string>[])
        .map((row) => field.fields.filter((sub) => sub.kind !== "hidden" && row[sub.name]).map((sub) => `${sub.label}: ${scalar(sub, row[sub.name], lists)}`).join(", "))
        .join("\n");
    default:
      return scalar(field, value as string, lists);
  }
}
