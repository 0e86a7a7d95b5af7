/**
 * Every action the audit log records, in one style: Norwegian kebab-case, what and then what happened
 * ("plan-godkjent", "tilbud-akseptert"), or one event noun ("innlogging"); a Norwegian label each for
 * display. `writeAudit` accepts only these.
 */
export const AUDIT_ACTION_LABEL = {
  innlogging: "Logget inn",
  "innlogging-varslet": "Eier varslet om mislykkede innlogginger",
  utlogging: "Logget ut",
  "utlogging-overalt": "Logget ut på alle enheter",
  "rolle-byttet": "Byttet aktiv rolle",
  "plan-opprettet": "Gjennomføringsplan opprettet",
  "plan-endret": "Gjennomføringsplan endret",
  "plan-revisjon-opprettet": "Revisjon av gjennomføringsplan påbegynt",
  "plan-signert": "Gjennomføringsplan signert",
  "plan-returnert": "Gjennomføringsplan returnert",
  "plan-godkjent": "Gjennomføringsplan godkjent",
  "fe-registrert": "Registrert i fiktiv enhet",
  "fe-plan-oppdatert": "Registrering i fiktiv enhet oppdatert til ny plan",
  "fe-ansiennitet-korrigert": "Ansiennitetsdato korrigert",
  "fe-avsluttet": "Registrering i fiktiv enhet avsluttet",
  "fe-prioritering-endret": "Foretakets prioritering endret",
  "onske-aktivert": "Behov gjort om til ønske",
  "onske-trukket": "Ønske trukket",
  "innmeldingsskjema-utfylt": "Innmeldingsskjema fylt ut",
  "innmeldingsskjema-endret": "Innmeldingsskjema endret",
  "innmeldingsskjema-godkjent": "Innmeldingsskjema godkjent av leder",
  "innmeldingsskjema-sendt": "Innmeldingsskjema sendt",
  "innmeldingsskjema-sendt-pa-nytt": "Innmeldingsskjema sendt på nytt",
  "innmeldingsskjema-mottatt": "Innmeldingsskjema mottatt (kødato)",
  "fagavtale-opprettet": "Fagavtale opprettet",
  "fagavtale-endret": "Fagavtale endret",
  "stilling-utlyst": "Gjennomstrømningsstilling lyst ut",
  "stilling-trukket": "Gjennomstrømningsstilling trukket",
  "tilbud-gitt": "Tilbud om gjennomstrømningsstilling gitt",
  "tilbud-akseptert": "Tilbud akseptert",
  "tilbud-avslatt": "Tilbud avslått",
  "tilbud-utlopt": "Tilbud utløpt uten svar",
  "tilbud-trukket": "Tilbud trukket",
  "periode-avtalt": "Avtalt spesialiseringsperiode registrert",
  "periode-avlyst": "Avtalt spesialiseringsperiode avlyst",
  "periode-endret": "Avtalt spesialiseringsperiode flyttet, forkortet eller forlenget",
  "periode-startet": "Spesialiseringsperiode startet (pågår)",
  "periode-gjennomfort": "Spesialiseringsperiode gjennomført",
  "periode-laeringsmal-markert": "Læringsmål i spesialiseringsperioden markert nådd eller ikke nådd",
  "innmeldingsskjema-ma-sendes-pa-nytt": "Innmeldingsskjema må sendes på nytt (flyttet oppstart)",
  "konflikt-apnet": "Samtidskonflikt åpnet",
  "konflikt-vurdert": "Vurdering av samtidskonflikt registrert",
  "konflikt-eskalert": "Samtidskonflikt løftet til fagsjefene",
  "konflikt-avgjort": "Samtidskonflikt avgjort",
  "konflikt-lukket": "Samtidskonflikt lukket",
  "paminnelse-sendt": "Påminnelse sendt automatisk",
  "paminnelse-sendt-av-koordinator": "Påminnelse sendt av lokal koordinator",
  "varsel-lest": "Varsel markert som lest",
  "entra-kobling-forespurt": "Entra ID-kobling venter på bekreftelse",
  "entra-kobling-bekreftet": "Entra ID-kobling bekreftet av koordinator",
  "entra-kobling-avvist": "Entra ID-kobling avvist av koordinator",
  "person-identitet-endret": "HPR-nummer eller katalog-ID endret",
  "oyeblikksbilde-tatt": "Øyeblikksbilde av styringsinformasjon tatt",
  "oyeblikksbilde-planlagt": "Øyeblikksbilde av styringsinformasjon tatt automatisk (1. mars / 1. september)",
} as const satisfies Record<string, string>;

export type AuditAction = keyof typeof AUDIT_ACTION_LABEL;
export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_LABEL) as AuditAction[];

/** Names written before the actions had one style (the log is append-only, so old rows keep them). */
export const LEGACY_AUDIT_ACTION: Readonly<Record<string, AuditAction>> = {
  "logg-ut-overalt": "utlogging-overalt",
  "bytt-rolle": "rolle-byttet",
  "plan.opprettet": "plan-opprettet",
  "plan.endret": "plan-endret",
  "plan.revisjon_opprettet": "plan-revisjon-opprettet",
  "plan.signert": "plan-signert",
  "plan.returnert": "plan-returnert",
  "plan.godkjent": "plan-godkjent",
  "fe-oppdatert-plan": "fe-plan-oppdatert",
  "fe-prioritering": "fe-prioritering-endret",
  "vacancy.create": "stilling-utlyst",
  "vacancy.withdraw": "stilling-trukket",
  "offer.create": "tilbud-gitt",
  "offer.accept": "tilbud-akseptert",
  "offer.decline": "tilbud-avslatt",
  "offer.expire": "tilbud-utlopt",
  "offer.withdraw": "tilbud-trukket",
  "conflict.open": "konflikt-apnet",
  "conflict.vurdering": "konflikt-vurdert",
  "conflict.eskalert": "konflikt-eskalert",
  "conflict.avgjort": "konflikt-avgjort",
  "conflict.close": "konflikt-lukket",
};

/** The action and the older names stored for it: for reading the log (`action: { in: auditActionNames(a) }`). */
export function auditActionNames(action: AuditAction): string[] {
  return [action, ...Object.entries(LEGACY_AUDIT_ACTION).filter(([, a]) => a === action).map(([legacy]) => legacy)];
}

/** Label of a stored action, old names included; an unknown one is shown as it is. */
export function auditActionLabel(stored: string): string {
  const action = (stored in AUDIT_ACTION_LABEL ? stored : LEGACY_AUDIT_ACTION[stored]) as AuditAction | undefined;
  return action ? AUDIT_ACTION_LABEL[action] : stored;
}

/** The audit action of a decision on a samtidskonflikt. */
export const CONFLICT_DECISION_ACTION = { VURDERING: "konflikt-vurdert", ESKALERT: "konflikt-eskalert", AVGJORT: "konflikt-avgjort" } as const satisfies Record<
  string,
  AuditAction
>;
