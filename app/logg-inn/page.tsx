import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { credentialsLoginEnabled, entraConfig, helseIdConfig } from "@/lib/auth/sso-config";
import { LoginForm } from "@/components/login-form";
import { DEMO_ACCOUNTS } from "@/lib/seed/demo-data";
import { isDemoMode } from "@/lib/domain/demo-mode";
import { afterLoginPath, loginReasonText, safeReturnPath } from "@/lib/return-path";

export const metadata = { title: "Logg inn" };

type LoginSearchParams = Promise<{ error?: string | string[]; neste?: string | string[]; grunn?: string | string[] }>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function LoginPage({ searchParams }: { searchParams: LoginSearchParams }) {
  const params = await searchParams;
  // `neste` is untrusted input from the address bar: only a local path is kept (lib/return-path.ts).
  const next = safeReturnPath(single(params.neste));
  if (await getActor()) redirect(afterLoginPath(next));
  const error = single(params.error);
  const reason = loginReasonText(single(params.grunn));
  const demoMode = isDemoMode();
  const helseId = helseIdConfig();
  const entra = entraConfig();
  const query = next ? `?neste=${encodeURIComponent(next)}` : "";
  const buttons = [
    ...(helseId ? [{ href: `/api/sso/helseid/start${query}`, name: helseId.name }] : []),
    ...(entra ? [{ href: `/api/sso/entra/start${query}`, name: entra.name }] : []),
  ];
  return (
    <main id="hovedinnhold" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-12 focus:outline-none">
      <h1 className="text-3xl font-semibold text-brand-800">LIS-koordinering</h1>
      <p className="mt-2 text-slate-700">Gjennomføringsplaner, fiktiv enhet og spesialiseringsperioder for LIS 2/3.</p>
      <section aria-labelledby="logg-inn-tittel" className="mt-8 max-w-md rounded border border-slate-300 bg-white p-6 shadow-sm">
        <h2 id="logg-inn-tittel" className="mb-4 text-xl font-semibold">
          Logg inn
        </h2>
        {reason ? (
          <p role="status" className="mb-4 rounded border-l-4 border-brand-700 bg-brand-50 p-3 text-slate-900" data-testid="innlogging-grunn">
            {reason}
          </p>
        ) : null}
        {buttons.map((button) => (
          <a
            key={button.href}
            href={button.href}
            className="mb-6 block rounded bg-brand-700 px-4 py-2 text-center font-medium text-white hover:bg-brand-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-700 focus-visible:ring-offset-2"
          >
            Logg inn med {button.name}
          </a>
        ))}
        {credentialsLoginEnabled() ? <LoginForm initialError={error} next={next} oidcName={null} /> : null}
      </section>
      {demoMode ? (
        <section aria-labelledby="demo-tittel" className="mt-10">
          <h2 id="demo-tittel" className="text-xl font-semibold">
            Demobrukere
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            Demomodus: alle har passordet <code className="rounded bg-slate-200 px-1">demo1234</code>. Personene er oppdiktet.
          </p>
          <table className="mt-3 w-full border-collapse bg-white text-left text-sm">
            <caption className="sr-only">Demobrukere og roller</caption>
            <thead>
              <tr className="border-b border-slate-400">
                <th scope="col" className="p-2">E-post</th>
                <th scope="col" className="p-2">Navn</th>
                <th scope="col" className="p-2">Roller</th>
              </tr>
            </thead>
            <tbody>
              {DEMO_ACCOUNTS.map((a) => (
                <tr key={a.email} className="border-b border-slate-200">
                  <td className="p-2 font-mono">{a.email}</td>
                  <td className="p-2">{a.name}</td>
                  <td className="p-2">{a.roles}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </main>
  );
}
