import type { OpenApiDocument } from "./openapi";

// /api/v1/docs: the OpenAPI document as a page to read, rendered on the
// server from the document itself. No script at all; the one stylesheet is a
// file of the site (public/api-docs.css), which the page policy allows.

type Schema = Record<string, unknown>;

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

/** The documents' descriptions use a little Markdown: paragraphs, **bold** and `code`. */
function prose(text: string | undefined): string {
  if (!text) return "";
  return text
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>").replace(/`([^`]+)`/g, "<code>$1</code>")}</p>`)
    .join("\n");
}

const anchor = (id: string) => `schema-${id}`;
const refId = (ref: string) => ref.replace("#/components/schemas/", "");

/** A JSON Schema in a few words, with links to the named schemas it uses. */
function typeOf(schema: Schema | undefined): string {
  if (!schema) return "any";
  if (typeof schema.$ref === "string") {
    const id = refId(schema.$ref);
    return `<a href="#${anchor(id)}">${escapeHtml(id)}</a>`;
  }
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Schema[]).map(typeOf).join(" or ");
  if (Array.isArray(schema.enum)) return `one of ${(schema.enum as unknown[]).map((v) => `<code>${escapeHtml(JSON.stringify(v))}</code>`).join(", ")}`;
  if (schema.type === "array") return `array of ${typeOf(schema.items as Schema)}`;
  if (schema.type === "object" && schema.additionalProperties && typeof schema.additionalProperties === "object" && !schema.properties) {
    return `map of ${typeOf(schema.additionalProperties as Schema)}`;
  }
  const facts = [
    typeof schema.format === "string" ? schema.format : null,
    typeof schema.pattern === "string" ? `pattern <code>${escapeHtml(schema.pattern)}</code>` : null,
    schema.minimum !== undefined && schema.maximum !== undefined && Math.abs(Number(schema.maximum)) < 1e15 ? `${schema.minimum}–${schema.maximum}` : null,
    typeof schema.maxLength === "number" && schema.maxLength !== schema.minLength ? `at most ${schema.maxLength} characters` : null,
    typeof schema.minLength === "number" && schema.maxLength === schema.minLength ? `${schema.minLength} characters` : null,
  ].filter(Boolean);
  return `${escapeHtml(String(schema.type ?? "any"))}${facts.length ? ` (${facts.join(", ")})` : ""}`;
}

function propertiesTable(schema: Schema): string {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const required = new Set((schema.required ?? []) as string[]);
  const rows = Object.entries(properties).map(
    ([name, property]) =>
      `<tr><td><code>${escapeHtml(name)}</code>${required.has(name) ? "" : " <span class=\"optional\">(optional)</span>"}</td><td>${typeOf(property)}</td><td>${prose(property.description as string | undefined)}</td></tr>`,
  );
  return rows.length ? `<table><thead><tr><th>Field</th><th>Type</th><th>Meaning</th></tr></thead><tbody>${rows.join("")}</tbody></table>` : "";
}

type Operation = {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: Schema }[];
  responses: Record<string, { description: string; content?: Record<string, Schema> }>;
};

function operation(path: string, method: string, op: Operation): string {
  const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, "-");
  const parameters = op.parameters?.length
    ? `<h4>Parameters</h4><table><thead><tr><th>Name</th><th>In</th><th>Type</th><th>Meaning</th></tr></thead><tbody>${op.parameters
        .map((p) => `<tr><td><code>${escapeHtml(p.name)}</code>${p.required ? " (required)" : ""}</td><td>${p.in}</td><td>${typeOf(p.schema)}</td><td>${prose(p.description)}</td></tr>`)
        .join("")}</tbody></table>`
    : "";
  const responses = Object.entries(op.responses)
    .map(([status, response]) => {
      const media = Object.entries(response.content ?? {})
        .map(([type, content]) => {
          const row = content["x-row-schema"] as Schema | undefined;
          return `<li><code>${escapeHtml(type)}</code>: ${typeOf(content.schema as Schema)}${row ? `, rows as ${typeOf(row)}` : ""}</li>`;
        })
        .join("");
      return `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(response.description)}${media ? `<ul>${media}</ul>` : ""}</li>`;
    })
    .join("");
  return `<section id="${id}"><h3><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
${op.summary ? `<p class="summary">${escapeHtml(op.summary)}</p>` : ""}${prose(op.description)}${parameters}<h4>Responses</h4><ul>${responses}</ul></section>`;
}

export function renderDocsPage(document: OpenApiDocument): string {
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, op]) => ({ path, method, op })),
  );
  const toc = operations
    .map(({ path, method, op }) => `<li><a href="#${`${method}-${path}`.replace(/[^a-z0-9]+/gi, "-")}">${method.toUpperCase()} <code>${escapeHtml(path)}</code></a> ${escapeHtml(op.summary ?? "")}</li>`)
    .join("");
  const schemas = Object.entries(document.components.schemas as Record<string, Schema>)
    .map(([id, schema]) => `<section id="${anchor(id)}"><h3>${escapeHtml(id)}</h3>${prose(schema.description as string | undefined)}${schema.properties ? propertiesTable(schema) : `<p>${typeOf(schema)}</p>`}</section>`)
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)} · Kizuna</title>
<link rel="stylesheet" href="/api-docs.css">
</head>
<body>
<header><p><a href="/">Kizuna</a></p><h1>${escapeHtml(document.info.title)} <span class="version">${escapeHtml(document.info.version)}</span></h1>
<p>OpenAPI ${escapeHtml(document.openapi)} document: <a href="/api/v1/openapi.json"><code>/api/v1/openapi.json</code></a>. Server: <code>${escapeHtml(document.servers[0].url)}</code>.</p></header>
<main>
<section>${prose(document.info.description)}</section>
<nav aria-label="Endpoints"><h2>Endpoints</h2><ul>${toc}</ul></nav>
<h2>Endpoints in detail</h2>
${operations.map(({ path, method, op }) => operation(path, method, op)).join("\n")}
<h2>Schemas</h2>
${schemas}
</main>
</body>
</html>
`;
}
