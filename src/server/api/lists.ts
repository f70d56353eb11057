import "server-only";
import type { InvalidParam, ListRequest } from "@/lib/api/query";
import type { Collection, ItemOf } from "@/lib/api/schemas";
import { agreementSummariesByIds } from "../agreements/queries";
import { eventSummariesByIds } from "../events/queries";
import { missionSummariesByIds } from "../missions/queries";
import { organisationSummariesByIds } from "../organisations/queries";
import { regionSummariesByIds } from "../regions/queries";
import { resolveListFilters, searchIdsAfter, type SearchRecordType } from "../search/queries";
import type { ResolvedSearch } from "../search/sql";
import { sectorsAfter } from "../sectors/queries";
import { sourceSummariesByIds } from "../sources/queries";
import { agreementItem, eventItem, missionItem, organisationItem, regionItem, sectorItem, sourceItem, type Links } from "./json";

// The API's lists, a page at a time in id order (the cursor is the last id;
// src/lib/api/cursor.ts). The search's statements pick the ids (so the
// filters mean what they mean on /search: published records only), each
// type's data layer reads those records, ./json.ts shapes them.

type Row<C extends Collection> = { id: number; item: ItemOf<C> };

/** Reads the records of some ids in that order, leaving out any that is no longer published. */
function reader<D, C extends Collection>(byIds: (ids: number[]) => Promise<Map<number, D>>, toItem: (dto: D, links: Links) => ItemOf<C>) {
  return async (ids: number[], links: Links): Promise<Row<C>[]> => {
    const found = await byIds(ids);
    return ids.flatMap((id) => {
      const dto = found.get(id);
      return dto ? [{ id, item: toItem(dto, links) }] : [];
    });
  };
}

const SEARCHED = {
  regions: { type: "REGION", read: reader(regionSummariesByIds, regionItem) },
  organisations: { type: "ORGANISATION", read: reader(organisationSummariesByIds, organisationItem) },
  agreements: { type: "AGREEMENT", read: reader(agreementSummariesByIds, agreementItem) },
  missions: { type: "MISSION", read: reader(missionSummariesByIds, missionItem) },
  events: { type: "EVENT", read: reader(eventSummariesByIds, eventItem) },
  sources: { type: "SOURCE", read: reader(sourceSummariesByIds, sourceItem) },
} as const satisfies { [C in Exclude<Collection, "sectors">]: { type: SearchRecordType; read: (ids: number[], links: Links) => Promise<Row<C>[]> } };

/** A list request whose sector and region slugs are resolved (sectors: nothing to resolve). */
export type ResolvedList = { request: ListRequest; search: ResolvedSearch | null };

/** Resolves the filters' slugs; a slug that names no published sector or region is refused. */
export async function resolveList(request: ListRequest): Promise<{ ok: true; list: ResolvedList } | { ok: false; invalidParams: InvalidParam[] }> {
  if (request.collection === "sectors") return { ok: true, list: { request, search: null } };
  const { resolved, unknown } = await resolveListFilters(request.filters, SEARCHED[request.collection].type);
  return unknown.length ? { ok: false, invalidParams: unknown } : { ok: true, list: { request, search: resolved } };
}

/** Items of any collection (a page holds those of its request's). */
export type AnyItem = ItemOf<Collection>;
export type ListPage = { items: AnyItem[]; lastId: number | null; more: boolean };

/** The `limit` records after `afterId`, and whether there are more. */
export async function listPage(list: ResolvedList, afterId: number | null, limit: number, links: Links): Promise<ListPage> {
  const collection = list.request.collection;
  let rows: Row<Collection>[];
  let more: boolean;
  if (collection === "sectors" || !list.search) {
    const sectors = await sectorsAfter(afterId, limit + 1);
    more = sectors.length > limit;
    rows = sectors.slice(0, limit).map(({ id, dto }) => ({ id, item: sectorItem(dto, links) }));
  } else {
    const ids = await searchIdsAfter(list.search, afterId, limit + 1);
    more = ids.length > limit;
    const page = ids.slice(0, limit);
    rows = await SEARCHED[collection].read(page, links);
    // A record unpublished between the two reads is left out, and paging goes on after it.
    return { items: rows.map((r) => r.item), lastId: page.at(-1) ?? null, more };
  }
  return { items: rows.map((r) => r.item), lastId: rows.at(-1)?.id ?? null, more };
}
