import "server-only";
import type { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { can, type Capability } from "@/lib/domain/capabilities";
import type { Actor } from "@/lib/server/auth/load-actor";
import { AppError, UserError, forbidden, type ErrorCode, type FieldErrors } from "@/lib/server/errors";
import { fieldErrorsOf, formDataToObject } from "@/lib/validation/zod";
import { deliverPendingNotifications } from "@/lib/server/notifications/deliver-notifications";

export type ActionResult<T> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldErrors };

export type ActionDefinition<S extends z.ZodType, T> = {
  /** Used in logs. */
  name: string;
  capability: Capability;
  input: S;
  handler: (args: { actor: Actor; input: z.output<S> }) => Promise<T>;
  /** Message shown on success. */
  successMessage?: string;
};

export const VALIDATION_MESSAGE = "Skjemaet inneholder feil. Rett opp feltene som er merket.";

/**
 * The one way to write a server action (HOUSE-STYLE 4): session → zod → capability → handler.
 * The handler calls one service, which scopes to the actor and writes with its audit record in one
 * transaction. User mistakes come back as data; missing login and forbidden access are thrown.
 */
export function defineAction<S extends z.ZodType, T>(def: ActionDefinition<S, T>): (input: unknown) => Promise<ActionResult<T>> {
  return async (raw: unknown) => {
    const actor = await getActor();
    if (!actor) throw new AppError("UNAUTHENTICATED", "Du må logge inn på nytt.");

    const parsed = def.input.safeParse(raw);
    if (!parsed.success) return { ok: false, code: "VALIDATION", message: VALIDATION_MESSAGE, fieldErrors: fieldErrorsOf(parsed.error) };

    if (!can(actor.roles.map((r) => r.role), def.capability)) throw forbidden();

    try {
      const data = await def.handler({ actor, input: parsed.data });
      // Notifications the handler wrote to the outbox go out by e-mail after its transaction committed;
      // a mail failure never fails the action (the outbox keeps the attempt and error).
      if (process.env.SMTP_URL) void deliverPendingNotifications().catch((error) => console.error("[e-post] utsending feilet", error));
      return { ok: true, data, message: def.successMessage };
    } catch (error) {
      if (error instanceof UserError) return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
      if (!(error instanceof AppError)) console.error(`[action ${def.name}]`, error);
      throw error;
    }
  };
}

/** Adapts an action to `useActionState`: (previous state, FormData) → result. */
export function formAction<T>(action: (input: unknown) => Promise<ActionResult<T>>) {
  return async (_previous: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => action(formDataToObject(formData));
}
