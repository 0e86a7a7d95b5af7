"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { currentNavHref, type NavItem } from "@/lib/domain/navigation";

/** A count on a menu item, by href: the number shown and its accessible text ("1 åpent"). */
export type NavBadges = Record<string, { count: number; text: string }>;

/** The area's menu; the item for the current page carries aria-current="page" and is underlined. */
export function MainNav({ items, badges = {} }: { items: NavItem[]; badges?: NavBadges }) {
  const pathname = usePathname() ?? "/";
  const current = currentNavHref(items, pathname);
  return (
    <nav aria-label="Hovedmeny" className="bg-brand-800">
      <ul className="mx-auto flex max-w-6xl flex-wrap gap-1 px-4">
        {items.map((item) => {
          const isCurrent = item.href === current;
          const badge = badges[item.href];
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isCurrent ? "page" : undefined}
                aria-label={badge ? `${item.label}, ${badge.text}` : undefined}
                className={`inline-block px-3 py-2 text-sm font-medium text-white hover:underline ${isCurrent ? "underline decoration-2 underline-offset-4" : ""}`}
              >
                {item.label}
                {badge ? (
                  <span aria-hidden="true" className="ml-1.5 inline-block min-w-5 rounded-full bg-white px-1.5 text-center text-xs font-semibold text-brand-800">
                    {badge.count}
                  </span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
