// Drives next-auth's own request handler (the same `authOptions` the app serves at /api/auth) the
// way a browser does — CSRF cookie, credentials sign-in, session read, sign-out — without a browser
// or a Next server, so integration tests can replay a copied session cookie against the real code.
import { createHash, randomBytes } from "node:crypto";
import NextAuth, { getServerSession } from "next-auth";
import { authOptions } from "@/lib/auth/auth-options";

export const SESSION_COOKIE = "next-auth.session-token";
const CSRF_COOKIE = "next-auth.csrf-token";

type Jar = Record<string, string>;

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("set NEXTAUTH_SECRET before using the next-auth browser");
  return value;
}

/** A minimal Next API response that records status and cookies. */
function fakeResponse() {
  const headers = new Map<string, string | string[]>();
  const res = {
    statusCode: 200,
    status(code: number) {
      res.statusCode = code;
      return res;
    },
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    setHeader: (name: string, value: string | string[]) => void headers.set(name.toLowerCase(), value),
    end: () => res,
    json: () => res,
    send: () => res,
  };
  const setCookies = (): [string, string][] => {
    const raw = headers.get("set-cookie") ?? [];
    return (Array.isArray(raw) ? raw : [raw]).map((line) => {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      return [pair!.slice(0, at), decodeURIComponent(pair!.slice(at + 1))];
    });
  };
  return { res, setCookies };
}

export class NextAuthBrowser {
  readonly cookies: Jar = {};

  constructor() {
    const token = randomBytes(32).toString("hex");
    this.csrfToken = token;
    this.cookies[CSRF_COOKIE] = `${token}|${createHash("sha256").update(`${token}${secret()}`).digest("hex")}`;
  }

  private readonly csrfToken: string;

  private async post(action: string[], body: Record<string, string>): Promise<number> {
    const { res, setCookies } = fakeResponse();
    const req = {
      method: "POST",
      query: { nextauth: action },
      body: { ...body, csrfToken: this.csrfToken, json: "true" },
      cookies: { ...this.cookies },
      headers: { "content-type": "application/x-www-form-urlencoded", "user-agent": "vitest next-auth browser" },
    };
    // The pages-router form of the handler: same core, no request-scoped `next/headers`.
    await (NextAuth as unknown as (req: unknown, res: unknown, options: typeof authOptions) => Promise<void>)(req, res, authOptions);
    for (const [name, value] of setCookies()) {
      if (value) this.cookies[name] = value;
      else delete this.cookies[name];
    }
    return res.statusCode;
  }

  /** The credentials form's POST to /api/auth/callback/credentials. */
  async signIn(email: string, password: string): Promise<void> {
    await this.post(["callback", "credentials"], { email, password });
    if (!this.cookies[SESSION_COOKIE]) throw new Error(`sign-in failed for ${email}`);
  }

  /** The "Logg ut" button's POST to /api/auth/signout. */
  async signOut(): Promise<void> {
    await this.post(["signout"], {});
  }

  get sessionCookie(): string | undefined {
    return this.cookies[SESSION_COOKIE];
  }
}

/** What `getActor()` gets from next-auth for a request carrying this session cookie. */
export async function sessionIdFromCookie(cookie: string | undefined): Promise<string | null> {
  const { res } = fakeResponse();
  const req = { headers: {}, cookies: cookie ? { [SESSION_COOKIE]: cookie } : {} };
  const session = (await getServerSession(req as never, res as never, authOptions)) as { sid?: string | null } | null;
  return session?.sid ?? null;
}
