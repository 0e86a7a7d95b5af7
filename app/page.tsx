import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { ROLE_START_PATH } from "@/lib/domain/roles";

export default async function HomePage() {
  const actor = await getActor();
  redirect(actor ? ROLE_START_PATH[actor.activeRole.role] : "/logg-inn");
}
