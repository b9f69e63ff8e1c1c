/** The admin header: app name, sections (for admins), the signed-in account and sign-out. */
import Link from "next/link";

import { Button } from "@phasewise/ui";

import { auth, signOut } from "~/server/auth";
import { NavLink } from "./nav-link";

export async function AdminHeader() {
  const session = await auth();
  const isAdmin = session?.user.role === "admin";
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav
        aria-label="Admin"
        className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3"
      >
        <div className="flex flex-wrap items-center gap-5">
          <Link href="/" className="text-lg font-semibold text-brand-700">
            Phasewise Admin
          </Link>
          {isAdmin && (
            <>
              <NavLink href="/programs">Programs</NavLink>
              <NavLink href="/exercises">Exercises</NavLink>
              <NavLink href="/products">Products</NavLink>
              <NavLink href="/audit">Audit log</NavLink>
              <NavLink href="/billing">Billing syncs</NavLink>
              <NavLink href="/customers">Customers</NavLink>
              <NavLink href="/analytics">Analytics</NavLink>
              <NavLink href="/users">Users</NavLink>
            </>
          )}
        </div>
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
      </nav>
    </header>
  );
}
