"use client";
import { startTransition, useId, useState } from "react";
import { useServerActionState } from "@/components/form/use-action-result";
import { sendPlanReminderForm } from "@/lib/actions/notifications/send-plan-reminder";

/**
 * "Send påminnelse" about a LIS's plan (issue 10 §4), for the local coordinator: to the LIS, the leader
 * or both; at most once a day each. Place it next to a plan work-list row.
 */
export function SendReminderButton({ employmentId, lisName }: { employmentId: string; lisName: string }) {
  const [state, action, pending] = useServerActionState(sendPlanReminderForm);
  const id = useId();
  // The choice stays after sending: the form is submitted by hand, so React does not reset it.
  const [to, setTo] = useState("BEGGE");
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  return (
    <form action={action} onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="employmentId" value={employmentId} />
      <label htmlFor={`${id}-til`} className="sr-only">
        Hvem skal få påminnelse om planen til {lisName}
      </label>
      <select id={`${id}-til`} name="to" value={to} onChange={(e) => setTo(e.target.value)} className="rounded border border-slate-500 bg-white px-2 py-1 text-sm">
        <option value="BEGGE">LIS og leder</option>
        <option value="LIS">LIS</option>
        <option value="LEDER">Leder</option>
      </select>
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-brand-700 bg-white px-3 py-1 text-sm font-medium text-brand-800 hover:bg-brand-50 disabled:opacity-70"
      >
        {pending ? "Sender …" : "Send påminnelse"}
        <span className="sr-only"> om planen til {lisName}</span>
      </button>
      <p role="status" className={state ? `w-full text-sm ${state.ok ? "text-green-900" : "text-red-800"}` : "sr-only"}>
        {state ? state.message : ""}
      </p>
    </form>
  );
}
