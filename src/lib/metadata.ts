import type { Metadata } from "next";

/** Title, description and canonical URL for a public page (the base URL is set in the root layout). */
export function pageMetadata(title: string, description: string, path: string): Metadata {
  const text = description.length > 200 ? `${description.slice(0, 197).trimEnd()}…` : description;
  return { title, description: text, alternates: { canonical: path }, openGraph: { title, description: text, url: path } };
}
