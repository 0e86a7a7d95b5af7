/**
 * "Hvem har sett mine opplysninger" (issue 11 §9; Normen's access-log principle, GDPR art. 15): what
 * kinds of a LIS's personal data are logged when someone else reads them. Mirrors the Prisma enum
 * `AccessKind`.
 */
export const ACCESS_KINDS = ["PLAN", "PLAN_PRINT", "FE_REGISTRY_ROW", "FE_REGISTRY_EXPORT", "INTAKE_FORM", "VACANCY_CANDIDATE", "WORKLIST_EXPORT", "FE_WORKLIST_ROW", "PLAN_WORKLIST_ROW", "LIS_LIST_ROW"] as const;

/** The kinds that are one row for a whole export, naming its LIS and their count. */
export const EXPORT_KINDS = ["FE_REGISTRY_EXPORT", "WORKLIST_EXPORT"] as const satisfies readonly AccessKind[];
export type ExportKind = (typeof EXPORT_KINDS)[number];
const isExport = (what: string): what is ExportKind => (EXPORT_KINDS as readonly string[]).includes(what);
export type AccessKind = (typeof ACCESS_KINDS)[number];

/** What the LIS is told was read, as a noun phrase. */
export const ACCESS_KIND_LABEL: Record<AccessKind, string> = {
  PLAN: "Gjennomføringsplanen din",
  PLAN_PRINT: "Utskrift av gjennomføringsplanen din",
  FE_REGISTRY_ROW: "Opplysningene dine i registeret over fiktiv enhet",
  FE_REGISTRY_EXPORT: "Eksport (CSV) av registeret over fiktiv enhet",
  INTAKE_FORM: "Innmeldingsskjemaet ditt",
  VACANCY_CANDIDATE: "Deg som kandidat til en gjennomstrømningsstilling",
  WORKLIST_EXPORT: "Eksport (CSV) av den lokale koordinatorens arbeidsliste «I dag»",
  FE_WORKLIST_ROW: "Planen og ansettelsen din i arbeidslisten for registrering i fiktiv enhet",
  PLAN_WORKLIST_ROW: "Planstatusen din i arbeidslisten over gjennomføringsplaner",
  LIS_LIST_ROW: "Planstatusen din i lederens liste over LIS",
};

/** Where it was read, so the LIS can recognise it; short names only, never another LIS's data. */
export type AccessContext = {
  /** E.g. the vacancy's department and trust, or the intake form's receiving trust. */
  place?: string;
  /** The page of a paginated list the row was shown on. */
  page?: number;
};

/** One read to log: whose data (null only for an export, which names its LIS and their count instead). */
export type AccessEntry =
  | { what: Exclude<AccessKind, ExportKind>; subjectPersonId: string; entityId?: string | null; context?: AccessContext }
  | { what: ExportKind; subjectPersonIds: readonly string[]; context?: AccessContext };

/** One row of the access log as written (the viewer and their role are added by the server). */
export type AccessRow<E extends AccessEntry = AccessEntry> = {
  what: AccessKind;
  subjectPersonId: string | null;
  subjectPersonIds: string[];
  count: number | null;
  entityId: string | null;
  context: AccessContext | null;
  /** The entry the row came from. */
  entry: E;
};

/**
 * The rows to write for these reads by `viewerPersonId`: a person's reads of their own data are not
 * logged (an export keeps its count but does not list the viewer among its LIS).
 */
export function accessRowsFor<E extends AccessEntry>(viewerPersonId: string, entries: readonly E[]): AccessRow<E>[] {
  return entries.flatMap((entry): AccessRow<E>[] => {
    const context = entry.context ?? null;
    if ("subjectPersonIds" in entry) {
      const all = [...new Set(entry.subjectPersonIds)];
      const others = all.filter((id) => id !== viewerPersonId);
      if (others.length === 0) return [];
      return [{ what: entry.what, subjectPersonId: null, subjectPersonIds: others, count: all.length, entityId: null, context, entry }];
    }
    if (entry.subjectPersonId === viewerPersonId) return [];
    return [{ what: entry.what, subjectPersonId: entry.subjectPersonId, subjectPersonIds: [], count: null, entityId: entry.entityId ?? null, context, entry }];
  });
}

/** The sentence the LIS sees for one row. */
export function accessDescription(row: { what: AccessKind; count: number | null; context: AccessContext | null }): string {
  const parts = [ACCESS_KIND_LABEL[row.what]];
  if (isExport(row.what) && row.count !== null) parts[0] += ` med ${row.count} LIS`;
  if (row.context?.place) parts.push(row.context.place);
  return parts.join(" – ");
}

/** Reads the stored context back, keeping only the known fields of the right type. */
export function readAccessContext(value: unknown): AccessContext | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const context: AccessContext = {};
  if (typeof v.place === "string") context.place = v.place;
  if (typeof v.page === "number" && Number.isInteger(v.page)) context.page = v.page;
  return context;
}
