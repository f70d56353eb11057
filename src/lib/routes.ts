// One place for the public URL of every record type.
export type RecordType = "region" | "organisation" | "person" | "agreement" | "mission" | "event" | "sector" | "source" | "pair";

const BASE: Record<RecordType, string> = {
  region: "/regions", organisation: "/organisations", person: "/people", agreement: "/agreements",
  mission: "/missions", event: "/events", sector: "/sectors", source: "/sources", pair: "/pairs",
};

export function hrefFor(type: RecordType, slug: string): string {
  return `${BASE[type]}/${encodeURIComponent(slug)}`;
}
