import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { GeistSans } from "geist/font/sans";

import { SiteHeader } from "~/components/site-header";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Phasewise", template: "%s · Phasewise" },
  description: "Phased exercise programs you can follow at home, one step at a time.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f766e" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" className={GeistSans.variable}>
      <body className="min-h-dvh font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:rounded focus:bg-white focus:p-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        {/* tRPC's client is mounted only by pages with client-side data (see ~/trpc/react):
            server-rendered pages such as the dashboard then ship no query client at all. */}
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
