import Link from "next/link";

import { Card } from "@phasewise/ui";

import { requireAdmin } from "~/server/require-admin";

export default async function AdminHomePage() {
  const session = await requireAdmin("/");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Hello, {session.user.name ?? session.user.email}</h1>
      <div className="grid gap-4 sm:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">
            <Link href="/programs" className="underline-offset-4 hover:underline">
              Programs
            </Link>
          </h2>
          <p className="text-slate-700">
            Edit drafts of phases, sessions and exercises, preview sessions, publish versions and
            move enrolments to them.
          </p>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">
            <Link href="/exercises" className="underline-offset-4 hover:underline">
              Exercise library
            </Link>
          </h2>
          <p className="text-slate-700">
            Create and edit exercises and see which programs use each one.
          </p>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">
            <Link href="/audit" className="underline-offset-4 hover:underline">
              Audit log
            </Link>
          </h2>
          <p className="text-slate-700">
            Every admin action, with who, when, and before and after.
          </p>
        </Card>
        <Card>
          <h2 className="text-lg font-semibold">
            <Link href="/users" className="underline-offset-4 hover:underline">
              Users
            </Link>
          </h2>
          <p className="text-slate-700">
            Find customers and admins, and change who can use this app.
          </p>
        </Card>
      </div>
    </div>
  );
}
