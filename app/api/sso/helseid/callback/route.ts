import { ssoCallbackRoute } from "@/lib/auth/sso-routes";

export const dynamic = "force-dynamic";

/** The provider's redirect back with a code: see lib/auth/sso-routes.ts. */
export const GET = ssoCallbackRoute("helseid");
