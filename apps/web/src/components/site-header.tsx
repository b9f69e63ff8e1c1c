/** The storefront header: brand, and the visitor's account or a sign-in link. */
import Link from "next/link";

import { Button } from "@phasewise/ui";

import { auth, signOut } from "~/server/auth";

export async function SiteHeader() {
  const session = await auth();
  return (
    <header className="border-b border-slate-200">
      <nav
        aria-label="Main"
        className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3"
      >
        <div className="flex items-center gap-5">
          <Link href="/" className="text-lg font-semibold text-brand-700">
            Phasewise
          </Link>
          <Link href="/programs" className="text-slate-700 underline-offset-4 hover:underline">
            Programs
          </Link>
        </div>
        {session ? (
          <div className="flex items-center gap-3">
            <Link href="/account" className="text-slate-700 underline-offset-4 hover:underline">
              {session.user.name ?? session.user.email}
            </Link>
            <form
              action={async () => {
                "use server";
                await signOut({ redirectTo: "/" });
              }}
            >
              <Button type="submit" tone="secondary">
                Sign out
              </Button>
            </form>
          </div>
        ) : (
          <Link
            href="/sign-in"
            className="font-medium text-brand-700 underline-offset-4 hover:underline"
          >
            Sign in
          </Link>
        )}
      </nav>
    </header>
  );
}
