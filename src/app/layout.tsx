import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { siteUrl } from "@/server/env";
// Japanese names (京都府) must render on machines without a CJK system font;
// the font's unicode-range subsets are fetched only for pages that use them.
import "@fontsource/noto-sans-jp/400.css";
import "./globals.css";

// Every page reads the database at request time: nothing is prerendered at
// build, so `next build` needs no database and edits show at once.
export const dynamic = "force-dynamic";

export function generateMetadata(): Metadata {
  return {
    metadataBase: siteUrl(),
    title: { default: "Kizuna — Europe–Japan regional partnerships", template: "%s · Kizuna" },
    description: "The directory of cooperation between European regions, cities and clusters and Japanese prefectures: agreements, missions, events and organisations, each traced to its source.",
    applicationName: "Kizuna",
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
