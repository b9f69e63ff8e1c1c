/**
 * A program page that is not there: an unknown address, or a program no longer offered (archived
 * programs are shown only to the customers who already have access to them).
 */
import Link from "next/link";

import { Card } from "@phasewise/ui";

export default function ProgramNotFound() {
  return (
    <Card className="mx-auto flex max-w-md flex-col gap-3">
      <h1 className="text-2xl font-semibold">This program is not available</h1>
      <p className="text-slate-700">
        There is no program at this address, or it is no longer offered to new customers.
      </p>
      <Link href="/programs" className="font-medium text-brand-700 underline">
        See the programs we offer
      </Link>
    </Card>
  );
}
