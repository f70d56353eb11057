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

export async function apiRecord(collection: Collection, slug: string, links: Links): Promise<RecordOf<Collection> | null> {
  switch (collection) {
    case "regions": {
      const dto = await getRegion(slug);
      return dto && regionRecord(dto, links);
    }
    case "organisations": {
      const dto = await getOrganisation(slug);
      return dto && organisationRecord(dto, links);
    }
    case "agreements": {
      const dto = await getAgreement(slug);
      return dto && agreementRecord(dto, links);
    }
    case "missions": {
      const dto = await getMission(slug);
      return dto && missionRecord(dto, links);
    }
    case "events": {
      const dto = await getEvent(slug);
      return dto && eventRecord(dto, links);
    }
    case "sources": {
      const dto = await getSource(slug);
      return dto && sourceRecord(dto, links);
    }
    case "sectors": {
      const dto = await getSector(slug);
      return dto && sectorRecord(dto, links);
    }
  }
}
