import "server-only";
import { unstable_rethrow } from "next/navigation";
import { AppError, ERROR_STATUS } from "@/lib/server/errors";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** A refusal or user error as a short Norwegian plain-text answer with its status from `ERROR_STATUS`. */
export function errorResponse(error: AppError): Response {
  return new Response(error.message, {
    status: ERROR_STATUS[error.code],
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/**
 * The one wrapper for route handlers (issue 8 §3): an `AppError` the handler or its service throws
 * (UNAUTHENTICATED 401, FORBIDDEN 403, NOT_FOUND 404, a user error 409/422) becomes its answer and is
 * not logged. Anything else is rethrown: Next logs it once under its digest and answers 500.
 */
export function defineRoute<C = unknown>(handler: Handler<C>): (request: Request, context?: C) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(request, context as C);
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError && error.code !== "INTERNAL") return errorResponse(error);
      throw error;
    }
  };
}
