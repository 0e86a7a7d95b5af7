/** nb-NO formatting in Europe/Oslo (DEVELOPERS.md). Pure: safe in server and client components. */
const TIME_ZONE = "Europe/Oslo";

const dateFormat = new Intl.DateTimeFormat("nb-NO", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
const longDateFormat = new Intl.DateTimeFormat("nb-NO", { timeZone: TIME_ZONE, day: "numeric", month: "long", year: "numeric" });
const dateTimeFormat = new Intl.DateTimeFormat("nb-NO", {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const numberFormat = new Intl.NumberFormat("nb-NO");

/** A calendar date stored as UTC midnight (`@db.Date`) is shown as that date, whatever the zone. */
export function formatDay(date: Date | null | undefined): string {
  if (!date) return "–";
  return new Intl.DateTimeFormat("nb-NO", { timeZone: "UTC", day: "2-digit", month: "2-digit", year: "numeric" }).format(date);
}

/** A point in time, shown as its date in Oslo. */
export function formatDate(date: Date | null | undefined): string {
  return date ? dateFormat.format(date) : "–";
}

export function formatLongDate(date: Date | null | undefined): string {
  return date ? longDateFormat.format(date) : "–";
}

export function formatDateTime(date: Date | null | undefined): string {
  return date ? dateTimeFormat.format(date) : "–";
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}
