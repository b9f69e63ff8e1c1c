import Link from "next/link";

import { buttonClasses, Card } from "@phasewise/ui";

import { auth } from "~/server/auth";
import { serverCaller } from "~/trpc/server";

export default async function HomePage() {
  const session = await auth();
  const programs = await (await serverCaller()).programs.list();
  return (
    <div className="flex flex-col gap-8">
      <section className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">
          {session
            ? `Welcome back, ${session.user.name ?? session.user.email}`
            : "Move better, one phase at a time"}
        </h1>
        <p className="max-w-2xl text-lg text-slate-700">
          Phasewise programs guide you through exercises in the right order, with a timer for every
          hold, a log of how your body felt, and a next phase that opens when you are ready for it.
        </p>
      </section>
      <section aria-labelledby="programs" className="flex flex-col gap-4">
        <h2 id="programs" className="text-2xl font-semibold">
          Programs
        </h2>
        {programs.map((program) => (
          <Card key={program.slug} className="flex flex-col gap-3">
            <h3 className="text-xl font-semibold">{program.title}</h3>
            <p className="text-slate-700">{program.summary}</p>
            {program.archived ? (
              <>
                {/* Listed only for its enrolled customers: new customers no longer see it. */}
                <p className="text-sm text-slate-600">
                  No longer offered to new customers. Your access and progress stay.
                </p>
                <Link
                  href={`/programs/${program.slug}/dashboard`}
                  className={buttonClasses("primary", "self-start")}
                >
                  Open your dashboard
                </Link>
              </>
            ) : (
              <Link
                href={`/programs/${program.slug}`}
                className={buttonClasses("primary", "self-start")}
              >
                About {program.title}
              </Link>
            )}
          </Card>
        ))}
      </section>
    </div>
  );
}
