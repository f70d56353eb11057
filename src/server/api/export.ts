import "server-only";
import { csvHeader, csvRows } from "@/lib/api/csv";
import { listPage, type ListPage, type ResolvedList } from "./lists";
import type { Links } from "./json";

// A whole list as one download (`format=csv|json`), streamed: the body is
// pulled a page of EXPORT_PAGE records at a time from the database as the
// client reads it (ReadableStream's pull; a client that goes away cancels
// the stream and no further page is read), so neither the server nor a slow
// client makes it hold more than a page. Each page is its own query in id
// order after the last id sent (no transaction held open for the length of a
// download): a record is sent at most once, and one published while the
// download runs is in it when its id comes after those already sent.

export const EXPORT_PAGE = 500;

export function exportStream(list: ResolvedList, format: "csv" | "json", first: ListPage, links: Links): ReadableStream<Uint8Array> {
  const collection = list.request.collection;
  const encoder = new TextEncoder();
  // The first page was read before the answer began (so that a failure there is still a 503); each pull reads the next.
  let page: ListPage | null = first;
  let after: number | null = null;
  let started = false;
  let anyItem = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        page ??= await listPage(list, after, EXPORT_PAGE, links);
        let text = started ? "" : format === "csv" ? csvHeader(collection) : '{"items":[';
        started = true;
        if (format === "csv") text += csvRows(collection, page.items);
        else if (page.items.length) {
          text += (anyItem ? "," : "") + page.items.map((item) => JSON.stringify(item)).join(",");
          anyItem = true;
        }
        if (format === "json" && !page.more) text += '],"next":null}';
        controller.enqueue(encoder.encode(text));
        if (!page.more) controller.close();
        after = page.lastId;
        page = null;
      } catch (error) {
        // The status line has gone out: all that can be done is to cut the body short, which the client sees.
        console.error(`[kizuna] export of ${collection} failed`, error);
        controller.error(error);
      }
    },
  });
}
