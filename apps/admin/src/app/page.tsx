/** The admin home: a greeting and a card per section, saying what each one is for. */
import Link from "next/link";

import { Card } from "@phasewise/ui";

import { requireAdmin } from "~/server/require-admin";

const sections = [
  {
    href: "/programs",
    title: "Programs",
    description:
      "Create programs, edit drafts of phases, sessions, assessments and screening, preview sessions, publish versions and move enrolments to them.",
  },
  {
    href: "/exercises",
    title: "Exercise library",
    description: "Create and edit exercises and see which programs use each one.",
  },
  {
    href: "/products",
    title: "Products and prices",
    description:
      "Sell programs once or by subscription: prices made in Stripe, archived not deleted.",
  },
  {
    href: "/customers",
    title: "Customers",
    description:
      "A customer's purchases, access, progress and pain trend; grant or revoke access, refund, send a sign-in link.",
  },
  {
    href: "/analytics",
    title: "Analytics",
    description:
      "Revenue and subscriptions, customers per phase, the phase funnel, adherence and pain change.",
  },
  {
    href: "/audit",
    title: "Audit log",
    description: "Every admin action, with who, when, and before and after.",
  },
  {
    href: "/billing",
    title: "Billing syncs",
    description: "Stripe syncs that failed every retry, to run again once the cause is fixed.",
  },
  {
    href: "/users",
    title: "Users",
    description: "Find customers and admins, and change who can use this app.",
  },
] as const;

export default async function AdminHomePage() {
  const session = await requireAdmin("/");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">Hello, {session.user.name ?? session.user.email}</h1>
      <div className="grid gap-4 sm:grid-cols-2">
        {sections.map((section) => (
          <Card key={section.href}>
            <h2 className="text-lg font-semibold">
              <Link href={section.href} className="underline-offset-4 hover:underline">
                {section.title}
              </Link>
            </h2>
            <p className="text-slate-700">{section.description}</p>
          </Card>
        ))}
      </div>
    </div>
  );
}
