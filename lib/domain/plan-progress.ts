import type { PlanStanding, SigningRole } from "./plan-status";

/**
 * A gjennomføringsplan's progress as steps for the LIS (issue 10 §1): utkast → signert av LIS →
 * signert av leder → godkjent → utløper dd.mm.åååå, with the next step as a task naming who acts.
 * The steps follow the version being worked on (an open revision), else the approved one.
 */
export type PlanStepKey = "UTKAST" | "SIGNERT_LIS" | "SIGNERT_LEDER" | "GODKJENT" | "UTLOPER";
export type PlanStepState = "done" | "current" | "todo" | "overdue";
export type PlanStep = { key: PlanStepKey; label: string; state: PlanStepState; at: Date | null };

/** Who must act next: the LIS (a task), someone else (the LIS waits), or nobody now. */
export type PlanNextStep =
  | { actor: "LIS"; text: string; deadline: Date | null }
  | { actor: "LEDER" | "LOKAL_KOORDINATOR"; text: string; deadline: Date | null }
  | { actor: null; text: string; deadline: Date | null };

export type PlanProgressVersion = {
  status: string;
  createdAt: Date;
  approvedAt: Date | null;
  expiresAt: Date | null;
  signatures: readonly { role: SigningRole | string; signedAt: Date }[];
};

export type PlanProgress = { steps: PlanStep[]; next: PlanNextStep; expiresAt: Date | null };

const LABEL: Record<PlanStepKey, string> = {
  UTKAST: "Utkast",
  SIGNERT_LIS: "Signert av LIS",
  SIGNERT_LEDER: "Signert av leder",
  GODKJENT: "Godkjent av lokal koordinator",
  UTLOPER: "Utløper",
};

const OPEN = new Set(["UTKAST", "TIL_GODKJENNING", "RETURNERT"]);

function signedAt(version: PlanProgressVersion, role: SigningRole): Date | null {
  return version.signatures.find((s) => s.role === role)?.signedAt ?? null;
}

export function planProgress(input: { versions: readonly PlanProgressVersion[]; standing: PlanStanding }): PlanProgress {
  const { standing } = input;
  const open = input.versions.find((v) => OPEN.has(v.status)) ?? null;
  const approved = input.versions.find((v) => v.status === "GODKJENT" && v.expiresAt) ?? null;
  const version = open ?? approved;
  const expiresAt = approved?.expiresAt ?? null;
  const expired = standing.kind === "UTLOPT";
  const overdue = (standing.kind === "INGEN_PLAN" || standing.kind === "UNDER_ARBEID") && standing.overdue;

  const lisAt = version ? signedAt(version, "LIS") : null;
  const leaderAt = version ? signedAt(version, "LEDER") : null;
  const isApproved = version?.status === "GODKJENT";
  const awaitingApproval = version?.status === "TIL_GODKJENNING";
  const returned = version?.status === "RETURNERT";

  // The first step not done is current (overdue past the first plan's deadline).
  const raw: { key: PlanStepKey; done: boolean; at: Date | null }[] = [
    { key: "UTKAST", done: Boolean(version), at: version?.createdAt ?? null },
    { key: "SIGNERT_LIS", done: isApproved || awaitingApproval || (!returned && Boolean(lisAt)), at: lisAt },
    { key: "SIGNERT_LEDER", done: isApproved || awaitingApproval || (!returned && Boolean(leaderAt)), at: leaderAt },
    { key: "GODKJENT", done: isApproved, at: isApproved ? version!.approvedAt : null },
  ];
  let currentSeen = false;
  const steps: PlanStep[] = raw.map((s) => {
    if (s.done) return { key: s.key, label: LABEL[s.key], state: "done", at: s.at };
    const state: PlanStepState = currentSeen ? "todo" : overdue ? "overdue" : "current";
    currentSeen = true;
    return { key: s.key, label: LABEL[s.key], state, at: null };
  });
  steps.push({
    key: "UTLOPER",
    label: LABEL.UTLOPER,
    state: expired ? "overdue" : isApproved && standing.kind === "GYLDIG" ? (standing.expiringSoon ? "current" : "todo") : "todo",
    at: isApproved || (open && expiresAt) ? expiresAt : null,
  });

  return { steps, next: nextStep({ standing, version, lisAt, leaderAt, returned, awaitingApproval, isApproved }), expiresAt };
}

function nextStep(s: {
  standing: PlanStanding;
  version: PlanProgressVersion | null;
  lisAt: Date | null;
  leaderAt: Date | null;
  returned: boolean;
  awaitingApproval: boolean;
  isApproved: boolean;
}): PlanNextStep {
  const { standing } = s;
  const due = standing.kind === "INGEN_PLAN" || standing.kind === "UNDER_ARBEID" ? standing.dueAt : standing.kind === "UTLOPT" ? standing.expiredAt : standing.expiresAt;
  if (!s.version) return { actor: "LIS", text: "Lag et utkast til gjennomføringsplan sammen med lederen din.", deadline: due };
  if (s.returned) return { actor: "LIS", text: "Planen er returnert av lokal koordinator: rett opp og signer på nytt.", deadline: due };
  if (s.awaitingApproval) return { actor: "LOKAL_KOORDINATOR", text: "Planen er signert av deg og lederen din og venter på godkjenning fra lokal koordinator.", deadline: due };
  if (!s.isApproved) {
    if (!s.lisAt) return { actor: "LIS", text: "Les gjennom planen og signer den.", deadline: due };
    if (!s.leaderAt) return { actor: "LEDER", text: "Du har signert. Planen venter på signatur fra lederen din.", deadline: due };
  }
  if (standing.kind === "UTLOPT") return { actor: "LIS", text: "Godkjenningen er utløpt: lag en revidert plan med lederen din og få den godkjent på nytt.", deadline: due };
  if (standing.kind === "GYLDIG" && standing.expiringSoon) return { actor: "LIS", text: "Godkjenningen utløper snart: lag en revidert plan med lederen din.", deadline: due };
  return { actor: null, text: "Planen er godkjent. Ingenting å gjøre nå; revider den med lederen din før den utløper.", deadline: due };
}
