import { z } from "zod";
import { CSV_ROW_SCHEMAS } from "./csv";
import { PUBLIC_CACHE } from "./http";
import {
  apiSchemas, COLLECTION_FILTERS, COLLECTION_SCHEMAS, COLLECTION_TYPE, COLLECTIONS, DEFAULT_LIMIT, isRepeatable, LIST_QUERY_PARAMS, MAX_LIMIT, PAGING_PARAMS,
  type Collection, type ListParamName,
} from "./schemas";

// The OpenAPI 3.1 document of the read API, generated from the zod schemas the
// routes parse and answer with (./schemas.ts, ./csv.ts): every named schema
// becomes a component, every query parameter is its own schema's JSON Schema.
// Nothing here is written by hand that the schemas already say.

type JsonSchema = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** A schema's JSON Schema (2020-12, what OpenAPI 3.1 uses), without the keywords a component does not carry. */
function clean(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

function idOf(schema: z.ZodType): string {
  const meta = apiSchemas.get(schema);
  if (!meta) throw new Error("an API schema is not named");
  return meta.id;
}

function parameter(name: ListParamName) {
  const schema = LIST_QUERY_PARAMS[name];
  return {
    name,
    in: "query",
    required: false,
    description: schema.description,
    schema: clean(z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" }) as JsonSchema),
    ...(isRepeatable(name) ? { style: "form", explode: true } : {}),
  };
}

const problemResponse = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });
const ETAG_HEADER = { ETag: { description: "Strong validator: the hash of the body. Send it back in If-None-Match to get a 304.", schema: { type: "string" } } };
const NOT_MODIFIED = { description: "Not modified: the body would be the one whose ETag was sent in If-None-Match.", headers: ETAG_HEADER };

const TITLES: Record<Collection, string> = {
  regions: "Regions", organisations: "Organisations", agreements: "Agreements", missions: "Missions", events: "Events", sources: "Sources", sectors: "Sectors",
};

function listOperation(collection: Collection) {
  const names = [...COLLECTION_FILTERS[collection], ...PAGING_PARAMS];
  return {
    operationId: `list${TITLES[collection]}`,
    tags: [TITLES[collection]],
    summary: `List published ${collection}`,
    description:
      `Published ${collection} in a stable order (by when they were added), \`limit\` at a time; follow \`next\` for the following page. ` +
      (collection === "sectors" ? "Takes no filters. " : "Filters combine (all must hold); a repeated filter matches any of its values. ") +
      "With `format=csv` or `format=json`, every matching record in one streamed download (no paging, no ETag: the body is not known before it is sent).",
    parameters: names.map(parameter),
    responses: {
      200: {
        description: "A page of records, or with `format` the whole list.",
        headers: ETAG_HEADER,
        content: {
          "application/json": { schema: ref(idOf(COLLECTION_SCHEMAS[collection].list)) },
          "text/csv": {
            schema: { type: "string", description: "UTF-8 with a byte-order mark; a header row, then one row per record (`x-row-schema`). Cells that would start a formula begin with an apostrophe." },
            "x-row-schema": ref(idOf(CSV_ROW_SCHEMAS[collection])),
          },
        },
      },
      304: NOT_MODIFIED,
      400: problemResponse("A parameter was refused (unknown, not one this list takes, a bad value, a cursor this API did not give, a limit out of range): `invalidParams` says which and why."),
      503: problemResponse("The database cannot be reached; try again (Retry-After)."),
    },
  };
}

function recordOperation(collection: Collection) {
  return {
    operationId: `get${TITLES[collection].replace(/s$/, "")}`,
    tags: [TITLES[collection]],
    summary: `One published ${COLLECTION_TYPE[collection]} with its relations`,
    parameters: [{ name: "slug", in: "path", required: true, description: "The record's slug, as in its `url`.", schema: { type: "string" } }],
    responses: {
      200: { description: "The record.", headers: ETAG_HEADER, content: { "application/json": { schema: ref(idOf(COLLECTION_SCHEMAS[collection].record)) } } },
      304: NOT_MODIFIED,
      404: problemResponse("No published record has this slug (drafts are never shown)."),
      503: problemResponse("The database cannot be reached; try again."),
    },
  };
}

const DESCRIPTION = `The published records of Kizuna, the directory of cooperation between European regions, cities and clusters and Japanese prefectures.

**Paging.** Lists are in a stable order and paged by an opaque \`cursor\`: each page's \`next\` is the URL of the following one, null on the last. Walking \`next\` visits every record that stays published exactly once. \`limit\` is 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT}).

**Filters** are the search's (\`/search\`): \`q\`, \`sector\`, \`side\`, \`country\`, \`region\`, and for agreements \`kind\` and \`status\`, and for dated records \`from\` and \`to\`. A value the API cannot use is refused with 400, never ignored.

**Exports.** \`format=csv\` (UTF-8 with a byte-order mark, formulas neutralised) or \`format=json\` gives every matching record in one streamed download.

**Certainty.** A date is given as precisely as the source allows, with \`certainty\` \`stated\` or \`inferred\` and, when inferred, \`inferredFrom\`; a date no source states is \`null\`. Places that are worked out (a place of signing, an event's venue and city, an organisation's home region) carry the same two fields. Each record cites the passages of its sources (\`citations\`).

**Caching.** Every JSON answer has a strong \`ETag\` and honours \`If-None-Match\` (304); \`Cache-Control: ${PUBLIC_CACHE}\`. Any origin may read the API (CORS). Errors are \`application/problem+json\` (RFC 9457).`;

export function openApiDocument(serverUrl: string) {
  const { schemas } = z.toJSONSchema(apiSchemas, { target: "draft-2020-12", io: "output", uri: (id) => `#/components/schemas/${id}` });
  const components = Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, clean(schema as JsonSchema)]));
  const paths: Record<string, unknown> = {};
  for (const collection of COLLECTIONS) {
    paths[`/api/v1/${collection}`] = { get: listOperation(collection) };
    paths[`/api/v1/${collection}/{slug}`] = { get: recordOperation(collection) };
  }
  paths["/api/v1/openapi.json"] = {
    get: { operationId: "openApi", tags: ["About"], summary: "This document", responses: { 200: { description: "OpenAPI 3.1", headers: ETAG_HEADER, content: { "application/json": { schema: { type: "object" } } } }, 304: NOT_MODIFIED } },
  };
  paths["/api/v1/docs"] = {
    get: { operationId: "docs", tags: ["About"], summary: "This document as a web page", responses: { 200: { description: "HTML", headers: ETAG_HEADER, content: { "text/html": { schema: { type: "string" } } } }, 304: NOT_MODIFIED } },
  };
  return {
    openapi: "3.1.1",
    info: { title: "Kizuna read API", version: "1.0.0", description: DESCRIPTION },
    servers: [{ url: serverUrl }],
    tags: [...COLLECTIONS.map((c) => ({ name: TITLES[c] })), { name: "About" }],
    paths,
    components: { schemas: components },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
