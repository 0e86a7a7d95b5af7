"use client";
import { useServerActionState } from "@/components/form/use-action-result";
import { switchRole } from "@/lib/actions/auth/switch-role";

type Option = { id: string; label: string };

/** `activeId` is the grant of the area the page is in (see `grantForArea`). */
export function RoleSwitcher({ roles, activeId }: { roles: Option[]; activeId: string }) {
  const [state, action, pending] = useServerActionState(switchRole);
  if (roles.length < 2) return null;
  return (
    <form action={action} className="flex items-center gap-2">
      <label htmlFor="rollevalg" className="text-sm text-white">
        Rolle
      </label>
      <select
        id="rollevalg"
        name="roleAssignmentId"
        // Re-keyed so that moving to another area's page resets the selection to that area's grant.
        key={activeId}
        defaultValue={activeId}
        className="max-w-64 rounded border border-white/70 bg-brand-800 px-2 py-1.5 text-sm text-white"
      >
        {roles.map((r) => (
          <option key={r.id} value={r.id}>
            {r.label}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending} className="rounded bg-white px-3 py-1.5 text-sm font-medium text-brand-800 hover:bg-brand-50">
        {pending ? "Bytter …" : "Bytt rolle"}
      </button>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-white">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
