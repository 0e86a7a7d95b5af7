"use server";
import { redirect } from "next/navigation";
import { z } from "@/lib/validation/zod";
import { idSchema } from "@/lib/validation/fields";
import { defineAction, type ActionResult } from "@/lib/server/action";
import { switchActiveRole } from "@/lib/server/auth/switch-active-role";
import { ROLE_START_PATH } from "@/lib/domain/roles";
import { formDataToObject } from "@/lib/validation/zod";
import type { RoleGrant } from "@/lib/server/auth/load-actor";

const switchRoleAction = defineAction({
  name: "switchRole",
  capability: "role:switch",
  input: z.strictObject({ roleAssignmentId: idSchema("Velg en rolle.") }),
  handler: ({ self, input }) => switchActiveRole({ actor: self, roleAssignmentId: input.roleAssignmentId }),
});

/** Switches the active role and goes to that role's start page. */
export async function switchRole(_previous: ActionResult<RoleGrant> | null, formData: FormData): Promise<ActionResult<RoleGrant>> {
  const result = await switchRoleAction(formDataToObject(formData));
  if (result.ok) redirect(ROLE_START_PATH[result.data.role]);
  return result;
}
