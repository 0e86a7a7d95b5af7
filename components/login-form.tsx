"use client";
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { afterLoginPath } from "@/lib/return-path";

const ERROR_TEXT: Record<string, string> = {
  INVALID: "Feil e-postadresse eller passord.",
  CredentialsSignin: "Feil e-postadresse eller passord.",
  THROTTLED: "For mange mislykkede forsøk. Vent 15 minutter før du prøver igjen.",
  AccessDenied: "Brukeren din er ikke registrert i LIS-koordinering. Kontakt den lokale koordinatoren.",
};

export function loginErrorText(code: string | null | undefined): string | null {
  if (!code) return null;
  return ERROR_TEXT[code] ?? "Innloggingen mislyktes. Prøv igjen.";
}

/** `next` is where to go after logging in (already checked as a local path); else the role's start page via "/". */
export function LoginForm({ initialError, oidcName, next }: { initialError?: string | null; oidcName?: string | null; next?: string | null }) {
  const [error, setError] = useState<string | null>(loginErrorText(initialError));
  const [fieldErrors, setFieldErrors] = useState<{ email?: string; password?: string }>({});
  const [pending, setPending] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const router = useRouter();

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const missing = {
      email: email ? undefined : "Skriv inn e-postadressen din.",
      password: password ? undefined : "Skriv inn passordet ditt.",
    };
    setFieldErrors(missing);
    if (missing.email || missing.password) {
      setError("Fyll ut begge feltene.");
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    setPending(true);
    const result = await signIn("credentials", { email, password, redirect: false });
    if (!result || result.error) {
      setPending(false);
      setError(loginErrorText(result?.error ?? "unknown"));
      requestAnimationFrame(() => errorRef.current?.focus());
      return;
    }
    router.replace(afterLoginPath(next));
    router.refresh();
  }

  return (
    <>
      <div ref={errorRef} tabIndex={-1} aria-live="assertive" className="outline-none">
        {error ? (
          <p role="alert" className="mb-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
            {error}
          </p>
        ) : null}
      </div>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <div>
          <label htmlFor="email" className="block font-medium">
            E-postadresse
          </label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            aria-invalid={Boolean(fieldErrors.email)}
            aria-describedby={fieldErrors.email ? "email-feil" : undefined}
            className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
          />
          {fieldErrors.email ? (
            <p id="email-feil" className="mt-1 text-sm text-red-800">
              {fieldErrors.email}
            </p>
          ) : null}
        </div>
        <div>
          <label htmlFor="password" className="block font-medium">
            Passord
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            aria-invalid={Boolean(fieldErrors.password)}
            aria-describedby={fieldErrors.password ? "password-feil" : undefined}
            className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
          />
          {fieldErrors.password ? (
            <p id="password-feil" className="mt-1 text-sm text-red-800">
              {fieldErrors.password}
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={pending} className="w-full rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-70">
          {pending ? "Logger inn …" : "Logg inn"}
        </button>
      </form>
      {oidcName ? (
        <button
          type="button"
          onClick={() => signIn("oidc", { callbackUrl: afterLoginPath(next) })}
          className="mt-4 w-full rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
        >
          Logg inn med {oidcName}
        </button>
      ) : null}
    </>
  );
}
