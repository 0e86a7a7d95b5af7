/**
 * One error class with a code enum and one code → HTTP status table (HOUSE-STYLE, Documenso).
 * `UserError` is a user's mistake (invalid field, full capacity, expired plan): the action wrapper
 * returns it as data with its Norwegian message. Everything else thrown is a bug or forbidden access.
 */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "VALIDATION"
  | "CONFLICT"
  | "RULE"
  | "RATE_LIMITED"
  | "INTERNAL";

export const ERROR_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 422,
  CONFLICT: 409,
  RULE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = "AppError";
    this.code = code;
  }
}

export class UserError extends AppError {
  readonly fieldErrors?: FieldErrors;
  constructor(code: Exclude<ErrorCode, "UNAUTHENTICATED" | "FORBIDDEN" | "INTERNAL">, message: string, fieldErrors?: FieldErrors) {
    super(code, message);
    this.name = "UserError";
    this.fieldErrors = fieldErrors;
  }
}

export const forbidden = (message = "Du har ikke tilgang til dette.") => new AppError("FORBIDDEN", message);
export const notFound = (message = "Fant ikke det du ba om.") => new AppError("NOT_FOUND", message);
