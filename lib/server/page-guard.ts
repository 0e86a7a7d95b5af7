import "server-only";
import { forbidden, notFound } from "next/navigation";
import { AppError } from "@/lib/server/errors";

/** For pages: a service's NOT_FOUND/FORBIDDEN becomes Next's 404/403 page. */
export async function guardPage<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}
