import "server-only";
import type { Collection, RecordOf } from "@/lib/api/schemas";
import { getAgreement } from "../agreements/queries";
import { getEvent } from "../events/queries";
import { getMission } from "../missions/queries";
import { getOrganisation } from "../organisations/queries";
import { getRegion } from "../regions/queries";
import { getSector } from "../sectors/queries";
import { getSource } from "../sources/queries";
import { agreementRecord, eventRecord, missionRecord, organisationRecord, regionRecord, sectorRecord, sourceRecord, type Links } from "./json";

// One published record of the API (/api/v1/{collection}/{slug}), read by the
// same query as its page (never a draft: no preview here), or null.

type Reader<C extends Collection> = (slug: string, links: Links) => Promise<RecordOf<C> | null>;

/** A page's query (published records only, its default) shaped as the API's record. */
function reader<D, C extends Collection>(get: (slug: string) => Promise<D | null>, shape: (dto: D, links: Links) => RecordOf<C>): Reader<C> {
  return async (slug, links) => {
    const dto = await get(slug);
    return dto && shape(dto, links);
  };
}

const READERS: { [C in Collection]: Reader<C> } = {
  regions: reader((slug) => getRegion(slug), regionRecord),
  organisations: reader((slug) => getOrganisation(slug), organisationRecord),
  agreements: reader((slug) => getAgreement(slug), agreementRecord),
  missions: reader((slug) => getMission(slug), missionRecord),
  events: reader((slug) => getEvent(slug), eventRecord),
  sources: reader((slug) => getSource(slug), sourceRecord),
  sectors: reader((slug) => getSector(slug), sectorRecord),
};

export async function apiRecord(collection: Collection, slug: string, links: Links): Promise<RecordOf<Collection> | null> {
  return READERS[collection](slug, links);
}
