import type { Metadata } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "LIS-koordinering", template: "%s – LIS-koordinering" },
  description: "Koordinering av gjennomføringsplaner, fiktiv enhet og spesialiseringsperioder for LIS 2/3.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so Next can put the proxy's CSP nonce on its scripts (issue 11 §7).
  await connection();
  return (
    <html lang="nb">
      <body className="min-h-screen font-sans antialiased">
        <a
          href="#hovedinnhold"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-800"
        >
          Hopp til hovedinnhold
        </a>
        {children}
      </body>
    </html>
  );
}
