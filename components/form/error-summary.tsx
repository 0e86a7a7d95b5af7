"use client";
import { useEffect, useRef } from "react";

/**
 * The form's error summary (WCAG 3.3.1): a focused alert listing every error, each linking to its
 * field. `labels` maps field names to the label text shown in the list.
 */
export function ErrorSummary({
  message,
  fieldErrors,
  labels = {},
  idPrefix = "",
}: {
  message?: string | null;
  fieldErrors?: Record<string, string[]>;
  labels?: Record<string, string>;
  idPrefix?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(fieldErrors ?? {});
  useEffect(() => {
    if (message || entries.length) ref.current?.focus();
  });
  if (!message && entries.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby={`${idPrefix}feilsammendrag`} className="mb-6 rounded border-2 border-red-700 bg-red-50 p-4 text-red-900">
      <h2 id={`${idPrefix}feilsammendrag`} className="font-semibold">
        {message ?? "Skjemaet inneholder feil."}
      </h2>
      {entries.length ? (
        <ul className="mt-2 list-disc pl-5">
          {entries.flatMap(([field, messages]) =>
            messages.map((m, i) => (
              <li key={`${field}-${i}`}>
                {field === "_" ? (
                  m
                ) : (
                  <a href={`#${idPrefix}${fieldId(field)}`} className="underline">
                    {labels[field] ? `${labels[field]}: ${m}` : m}
                  </a>
                )}
              </li>
            )),
          )}
        </ul>
      ) : null}
    </div>
  );
}

/** "periods.0.startDate" → "periods-0-startDate": the id a field with that name gets. */
export function fieldId(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, "-");
}
