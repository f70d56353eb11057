import type { Metadata } from "next";
import { CertaintyLegend } from "@/components/date-text";
import { EventList } from "@/components/records";
import { PageHeader } from "@/components/ui";
import { pageMetadata } from "@/lib/metadata";
import { listEvents } from "@/server/events/queries";

export const metadata: Metadata = pageMetadata("Events", "Trade fairs, seminars, receptions and matchmaking sessions where European and Japanese regions meet.", "/events");

export default async function EventsPage() {
  const events = await listEvents();
  return (
    <>
      <PageHeader title="Events" lead="Trade fairs, seminars, receptions and matchmaking sessions where European and Japanese regions meet." />
      <CertaintyLegend />
      <EventList events={events} />
    </>
  );
}
