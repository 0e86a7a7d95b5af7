"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentNavHref, type NavItem } from "@/lib/domain/navigation";

/** The area's menu; the item for the current page carries aria-current="page" and is underlined. */
export function MainNav({ items }: { items: NavItem[] }) {
  const pathname = usePathname() ?? "/";
  const current = currentNavHref(items, pathname);
  return (
    <nav aria-label="Hovedmeny" className="bg-brand-800">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4">
        {items.map((item) => {
          const isCurrent = item.href === current;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isCurrent ? "page" : undefined}
                className={`inline-block px-3 py-2 text-sm font-medium text-white hover:underline ${isCurrent ? "underline decoration-2 underline-offset-4" : ""}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
