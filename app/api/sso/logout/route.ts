import { ssoLogoutRoute } from "@/lib/auth/sso-routes";

export const dynamic = "force-dynamic";

/** After next-auth's signOut: on to the provider's end-session endpoint (lib/auth/sso-routes.ts). */
export const GET = ssoLogoutRoute;
