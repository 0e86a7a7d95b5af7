"use client";
import { useServerActionState } from "@/components/form/use-action-result";
import { markNotificationReadForm } from "@/lib/actions/notifications/mark-notification-read";

/** "Marker som lest" for one notification; the subject names it for screen readers. */
export function MarkReadButton({ notificationId, subject }: { notificationId: string; subject: string }) {
  const [state, action, pending] = useServerActionState(markNotificationReadForm);
  return (
    <form action={action} className="mt-2">
      <input type="hidden" name="notificationId" value={notificationId} />
      <button
        type="submit"
        disabled={pending}
        aria-describedby={`varsel-${notificationId}`}
        className="rounded border border-brand-700 bg-white px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-70"
      >
        {pending ? "Markerer …" : "Marker som lest"}
        <span className="sr-only">: {subject}</span>
      </button>
      {state && !state.ok ? (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
