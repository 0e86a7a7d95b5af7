import "server-only";
import { randomBytes } from "node:crypto";
import type { z } from "zod";
import { unstable_rethrow } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import type { Capability } from "@/lib/domain/capabilities";
import type { AccessScope } from "@/lib/domain/access-scope";
import type { Actor } from "@/lib/server/auth/load-actor";
import { scopeOf } from "@/lib/server/scope/require-scope";
import { AppError, UserError, type ErrorCode, type FieldErrors } from "@/lib/server/errors";
import { fieldErrorsOf, formDataToObject, isNextActionKey, isNotAForm } from "@/lib/validation/zod";
import { inputProblems } from "@/lib/validation/input-guard";
import { deliverPendingNotifications } from "@/lib/server/notifications/deliver-notifications";

export type ActionResult<T> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldErrors; reference?: string };

export type ActionDefinition<S extends z.ZodType, T> = {
  /** Used in logs. */
  name: string;
  capability: Capability;
  input: S;
  /**
   * Gets the scope through which the person holds the capability (the authorising role(s) and the ids
   * they cover), never more; services filter by it (lib/server/scope/). `self` is the signed-in person
   * with their session, only for actions about that session itself (switching role).
   */
  handler: (args: { scope: AccessScope; self: Actor; input: z.output<S> }) => Promise<T>;
  /** Message shown on success. */
  successMessage?: string;
};

export const VALIDATION_MESSAGE = "Skjemaet inneholder feil. Rett opp feltene som er merket.";
export const UNAUTHENTICATED_MESSAGE = "Økten din er utløpt. Logg inn igjen for å fortsette.";
export const FORBIDDEN_MESSAGE = "Du har ikke tilgang til dette.";
export const NOT_FOUND_MESSAGE = "Fant ikke det du ba om.";
export const UNREADABLE_MESSAGE = "Skjemaet kunne ikke leses. Last inn siden på nytt og prøv igjen.";

const REFUSALS: ReadonlySet<ErrorCode> = new Set(["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"]);

/**
 * The one way to write a server action (HOUSE-STYLE 4): session → zod → capability scope → handler.
 * Every server action is a public endpoint, so every outcome is an answer (issue 8 §3): user mistakes
 * and refusals (not logged in, forbidden, not found) come back as typed results with a Norwegian
 * message and are not logged as errors; an unexpected error is logged once with a reference the user
 * can quote, and answered in Norwegian.
 */
export function defineAction<S extends z.ZodType, T>(def: ActionDefinition<S, T>): (input: unknown) => Promise<ActionResult<T>> {
  return async (raw: unknown) => {
    let actor: Actor | null;
    try {
      actor = await getActor();
    } catch (error) {
      return unexpected(def.name, error);
    }
    if (!actor) return { ok: false, code: "UNAUTHENTICATED", message: UNAUTHENTICATED_MESSAGE };

    // A form adapter that got no FormData, or a body that is neither an object nor FormData: unreadable.
    if (isNotAForm(raw)) return { ok: false, code: "VALIDATION", message: UNREADABLE_MESSAGE, fieldErrors: { _: [UNREADABLE_MESSAGE] } };
    const input = asInput(raw);
    const problems = inputProblems(input);
    if (problems) return { ok: false, code: "VALIDATION", message: VALIDATION_MESSAGE, fieldErrors: problems };
    const parsed = def.input.safeParse(input);
    if (!parsed.success) return { ok: false, code: "VALIDATION", message: VALIDATION_MESSAGE, fieldErrors: fieldErrorsOf(parsed.error) };

    const scope = scopeOf(actor, def.capability);
    if (!scope) return { ok: false, code: "FORBIDDEN", message: FORBIDDEN_MESSAGE };

    try {
      const data = await def.handler({ scope, self: actor, input: parsed.data });
      // Notifications the handler wrote to the outbox go out by e-mail after its transaction committed;
      // a mail failure never fails the action (the outbox keeps the attempt and error).
      if (process.env.SMTP_URL) void deliverPendingNotifications().catch((error) => console.error("[e-post] utsending feilet", error));
      return { ok: true, data, message: def.successMessage };
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof UserError) return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
      if (error instanceof AppError && REFUSALS.has(error.code)) return { ok: false, code: error.code, message: error.message };
      return unexpected(def.name, error);
    }
  };
}

/**
 * FormData sent to an action that takes an object is read as the form it is; Next's own `$ACTION_*`
 * keys are dropped from an object too, so the strict schemas judge only the person's fields.
 */
function asInput(raw: unknown): unknown {
  if (raw instanceof FormData) return formDataToObject(raw);
  if (raw && typeof raw === "object" && !Array.isArray(raw) && Object.keys(raw).some(isNextActionKey)) {
    return Object.fromEntries(Object.entries(raw).filter(([key]) => !isNextActionKey(key)));
  }
  return raw;
}

function unexpected(name: string, error: unknown): { ok: false; code: "INTERNAL"; message: string; reference: string } {
  const reference = randomBytes(4).toString("hex").toUpperCase();
  console.error(`[action ${name}] ref ${reference}`, error);
  return {
    ok: false,
    code: "INTERNAL",
    reference,
    message: `Noe gikk galt hos oss, og handlingen ble ikke fullført. Prøv igjen om litt. Oppgi referanse ${reference} hvis du kontakter brukerstøtte.`,
  };
}

/** Adapts an action to `useActionState`: (previous state, FormData) → result; anything but FormData is refused as unreadable. */
export function formAction<T>(action: (input: unknown) => Promise<ActionResult<T>>) {
  return async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> =>
    action(formDataToObject(formData));
}
