import type { Metadata } from "next";
import { redirect } from "next/navigation";

import { Card } from "@phasewise/ui";

import { auth, signOut } from "~/server/auth";

export const metadata: Metadata = { title: "Not allowed" };

/** What a signed-in customer sees in the admin app: no admin data, a way out. */
export default async function NotAllowedPage() {
  const session = await auth();
  if (!session) redirect("/sign-in");
  if (session.user.role === "admin") redirect("/");
  return (
    <Card className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-semibold">This account is not an admin</h1>
      <p className="text-slate-700">
        You are signed in as {session.user.email}, which has no access to the admin app. Ask an
        existing admin to grant you the admin role, or sign in with another account.
      </p>
      <form
        action={async () => {
          "use server";
          await signOut({ redirectTo: "/sign-in" });
        }}
      >
        <button type="submit" className="font-medium text-brand-700 underline">
          Sign in with another account
        </button>
      </form>
    </Card>
  );
}
