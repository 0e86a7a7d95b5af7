import { ssoStartRoute } from "@/lib/auth/sso-routes";

export const dynamic = "force-dynamic";

/** "Logg inn med Entra ID": see lib/auth/sso-routes.ts. */
export const GET = ssoStartRoute("entra");
