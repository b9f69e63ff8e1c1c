import Link from "next/link";

import { Card } from "@phasewise/ui";

/** Shown with status 403 when a signed-in customer opens a program they do not have. */
export default function Forbidden() {
  return (
    <Card className="mx-auto flex max-w-md flex-col gap-3">
      <h1 className="text-2xl font-semibold">This program is not open to you yet</h1>
      <p className="text-slate-700">
        Your account does not have access to it. Buy the program or subscribe to open it; your
        progress is kept if you have followed it before.
      </p>
      <Link href="/programs" className="font-medium text-brand-700 underline">
        See the programs
      </Link>
    </Card>
  );
}
