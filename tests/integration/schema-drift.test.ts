import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import { withPg } from "../support/db";

// Prisma's schema engine cannot run here, so `prisma migrate diff` is not
// available. Instead, parse schema.prisma with Prisma's own schema parser
// (the WASM build, no engine binary) and compare its data model with what
// the SQL migrations actually created. Fails when a field, a column, a type,
// a nullability or an enum value is in one and not the other.

type SchemaField = { name: string; kind: string; type: string; isRequired: boolean; isList: boolean; dbName: string | null };
type SchemaModel = { dbName: string | null; fields: SchemaField[] };

type Dmmf = { datamodel: { models: (SchemaModel & { name: string })[]; enums: { name: string; values: { name: string }[] }[] } };

const dmmf: Dmmf = JSON.parse(
  get_dmmf(JSON.stringify({ prismaSchema: readFileSync(path.resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8"), noColor: true })),
);

function schemaModels(): Record<string, SchemaModel> {
  return Object.fromEntries(dmmf.datamodel.models.map((m) => [m.name, m]));
}

/** Tables kept out of schema.prisma on purpose: derived data managed by SQL only (see the search migration). */
const SQL_ONLY_TABLES = new Set(["SearchDocument", "SearchFacetCount", "SearchWord", "SearchState"]);

const SCALAR_TO_PG: Record<string, string[]> = {
  Int: ["integer"], BigInt: ["bigint"], String: ["text", "character"], Boolean: ["boolean"], DateTime: ["timestamp with time zone", "date", "timestamp without time zone"],
  Float: ["double precision"], Json: ["jsonb"],
};

describe("schema.prisma and the migrated database", () => {
  it("have the same tables, columns, types and nullability", async () => {
    const models = schemaModels();
    const columns = await withPg(async (client) =>
      (await client.query<{ table_name: string; column_name: string; data_type: string; udt_name: string; is_nullable: string }>(
        `SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
      )).rows,
    );
    const enums = await withPg(async (client) =>
      (await client.query<{ name: string; values: string[] }>(
        `SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
      )).rows,
    );
    const problems: string[] = [];
    const dbTables = new Set(columns.map((c) => c.table_name).filter((t) => !SQL_ONLY_TABLES.has(t)));
    const schemaTables = new Set(Object.entries(models).map(([name, m]) => m.dbName ?? name));
    for (const t of dbTables) if (!schemaTables.has(t)) problems.push(`table ${t} exists in the database but not in schema.prisma`);
    for (const [name, model] of Object.entries(models)) {
      const table = model.dbName ?? name;
      if (!dbTables.has(table)) { problems.push(`model ${name}: no table ${table}`); continue; }
      const scalarFields = model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum");
      const dbColumns = columns.filter((c) => c.table_name === table);
      for (const c of dbColumns) if (!scalarFields.some((f) => (f.dbName ?? f.name) === c.column_name)) problems.push(`${table}.${c.column_name} is not in schema.prisma`);
      for (const f of scalarFields) {
        const column = dbColumns.find((c) => c.column_name === (f.dbName ?? f.name));
        if (!column) { problems.push(`${name}.${f.name} has no column`); continue; }
        if (f.isList !== (column.data_type === "ARRAY")) problems.push(`${name}.${f.name}: list mismatch`);
        const nullable = column.is_nullable === "YES";
        if (!f.isList && nullable === f.isRequired) problems.push(`${name}.${f.name}: schema says ${f.isRequired ? "required" : "optional"}, column is ${nullable ? "NULL" : "NOT NULL"}`);
        if (f.kind === "enum") {
          if ((f.isList ? column.udt_name.replace(/^_/, "") : column.udt_name) !== f.type) problems.push(`${name}.${f.name}: enum ${f.type} vs ${column.udt_name}`);
        } else if (!f.isList && !(SCALAR_TO_PG[f.type] ?? []).includes(column.data_type)) {
          problems.push(`${name}.${f.name}: ${f.type} vs ${column.data_type}`);
        }
      }
    }
    const schemaEnums = dmmf.datamodel.enums;
    for (const e of schemaEnums) {
      const inDb = enums.find((x) => x.name === e.name);
      if (!inDb) problems.push(`enum ${e.name} missing in the database`);
      else if (JSON.stringify(inDb.values) !== JSON.stringify(e.values.map((v) => v.name))) problems.push(`enum ${e.name}: ${inDb.values} vs ${e.values.map((v) => v.name)}`);
    }
    expect(problems).toEqual([]);
  });
});
