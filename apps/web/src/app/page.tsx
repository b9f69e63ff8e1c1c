import Link from "next/link";

import { buttonClasses } from "@phasewise/ui";

import { auth } from "~/server/auth";

export default async function HomePage() {
  const session = await auth();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold tracking-tight">
        {session
          ? `Welcome back, ${session.user.name ?? session.user.email}`
          : "Move better, one phase at a time"}
      </h1>
      <p className="max-w-2xl text-lg text-slate-700">
        Phasewise programs guide you through exercises in the right order, with timers for every
        hold, a log of how your body felt, and a next phase that opens when you are ready for it.
      </p>
      {!session && (
        <div>
          <Link href="/sign-in" className={buttonClasses()}>
            Sign in
          </Link>
        </div>
      )}
    </div>
  );
}
