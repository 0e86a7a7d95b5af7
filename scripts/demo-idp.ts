// npm start with DEMO_SSO=1 (scripts/start.mjs): the local HelseID-like and Entra-like providers of the
// tests (tests/helpers/oidc-provider.ts) for the demo, so "Logg inn med HelseID" / "Entra ID" work
// with the demo personas. Test keys only; never for production. Args: <helseid port> <entra port> <app url>.
import { startLocalEntra, startLocalIdp } from "../tests/helpers/oidc-provider.ts";

const [helseIdPort, entraPort, app] = process.argv.slice(2);
if (!helseIdPort || !entraPort || !app) throw new Error("bruk / usage: demo-idp.ts <helseid-port> <entra-port> <app-url>");
const logout = [`${app}/logg-inn`];
const helseId = await startLocalIdp({ port: Number(helseIdPort), redirectUris: [`${app}/api/sso/helseid/callback`], postLogoutRedirectUris: logout });
const entra = await startLocalEntra({ port: Number(entraPort), redirectUris: [`${app}/api/sso/entra/callback`], postLogoutRedirectUris: logout });
console.info(`[demo-sso] HelseID-lik / HelseID-like: ${helseId.issuer} (siri, kristoffer, jonas, ukjent, lavtniva; hvilket som helst passord / any password)`);
console.info(`[demo-sso] Entra-lik / Entra-like: ${entra.issuer} (astrid, nora, uverifisert, ukjent)`);
const stop = () => Promise.all([helseId.close(), entra.close()]).then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
