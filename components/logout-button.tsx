"use client";
import { signOut } from "next-auth/react";

export function LogoutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/api/sso/logout" })}
      className="rounded border border-white/70 px-3 py-1.5 text-sm font-medium text-white hover:bg-white/10"
    >
      Logg ut
    </button>
  );
}
