/**
 * CSV for Excel in Norway: `;` as separator (the decimal comma makes `,` ambiguous), CRLF line ends,
 * UTF-8 with a byte-order mark so æøå show correctly, and formula injection neutralised: a cell
 * starting with = + - @, tab or carriage return gets a leading apostrophe (OWASP "CSV injection").
 */
export const CSV_BOM = "\uFEFF";
export const CSV_SEPARATOR = ";";

const DANGEROUS_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (DANGEROUS_START.test(text)) text = `'${text}`;
  if (/[";\r\n]/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** The whole file, BOM first. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR));
  return CSV_BOM + lines.join("\r\n") + "\r\n";
}
