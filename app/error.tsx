"use client";
import { ErrorView } from "@/components/error-view";

/** An unexpected error in a page: Norwegian, with the reference the server logged it under. */
export default function Error({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <>
      <title>Noe gikk galt – LIS-koordinering</title>
      <ErrorView error={error} retry={retry} />
    </>
  );
}
