"use client";
import "./globals.css";
import { ErrorView } from "@/components/error-view";

/** An unexpected error in the root layout itself: replaces the whole document, so it brings its own. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="nb">
      <body className="min-h-screen font-sans antialiased">
        <title>Noe gikk galt – LIS-koordinering</title>
        <ErrorView error={error} retry={retry} />
      </body>
    </html>
  );
}
