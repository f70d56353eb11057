import type { Metadata } from "next";
import { CertaintyLegend } from "@/components/date-text";
import { MissionList } from "@/components/records";
import { PageHeader } from "@/components/ui";
import { pageMetadata } from "@/lib/metadata";
import { listMissions } from "@/server/missions/queries";

export const metadata: Metadata = pageMetadata("Missions", "Delegations' trips between Europe and Japan: who travelled, when, where, and what came out of them.", "/missions");

export default async function MissionsPage() {
  const missions = await listMissions();
  return (
    <>
      <PageHeader title="Missions" lead="Delegations' trips between Europe and Japan, and what came out of them." />
      <CertaintyLegend />
      <MissionList missions={missions} />
    </>
  );
}
