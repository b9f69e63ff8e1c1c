/**
 * The admin header: app name, the signed-in account and sign-out on the first row; the sections
 * (for admins) on the second, one row that scrolls sideways on a phone instead of wrapping into
 * four.
 */
import Link from "next/link";

import { Button } from "@phasewise/ui";

import { auth, signOut } from "~/server/auth";
import { NavLink } from "./nav-link";

const sections = [
  { href: "/programs", label: "Programs" },
  { href: "/exercises", label: "Exercises" },
  { href: "/products", label: "Products" },
  { href: "/customers", label: "Customers" },
  { href: "/analytics", label: "Analytics" },
  { href: "/audit", label: "Audit log" },
  { href: "/billing", label: "Billing syncs" },
  { href: "/users", label: "Users" },
] as const;

export async function AdminHeader() {
  const session = await auth();
  const isAdmin = session?.user.role === "admin";
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Admin" className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-3">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <Link href="/" className="text-lg font-semibold text-brand-700">
            Phasewise Admin
          </Link>
          {session && (
            <div className="flex items-center gap-3">
              <span className="text-slate-700">{session.user.name ?? session.user.email}</span>
              <form
                action={async () => {
                  "use server";
                  await signOut({ redirectTo: "/sign-in" });
                }}
              >
                <Button type="submit" tone="secondary">
                  Sign out
                </Button>
              </form>
            </div>
          )}
        </div>
        {isAdmin && (
          <ul className="-mx-1 flex gap-5 overflow-x-auto px-1 pb-1 whitespace-nowrap">
            {sections.map((section) => (
              <li key={section.href}>
                <NavLink href={section.href}>{section.label}</NavLink>
              </li>
            ))}
          </ul>
        )}
      </nav>
    </header>
  );
}
