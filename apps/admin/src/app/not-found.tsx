import Link from "next/link";

import { Card } from "@phasewise/ui";

export default function NotFound() {
  return (
    <Card className="mx-auto flex max-w-md flex-col gap-3">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="text-slate-700">There is nothing at this address. It may have been removed.</p>
      <Link href="/" className="font-medium text-brand-700 underline">
        Go to the admin home page
      </Link>
    </Card>
  );
}
