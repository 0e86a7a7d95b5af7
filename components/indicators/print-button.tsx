"use client";

/** Opens the browser's print dialog for the page it is on. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 focus-visible:outline-2 focus-visible:outline-offset-2">
      Skriv ut
    </button>
  );
}
