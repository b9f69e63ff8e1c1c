"use client";

/**
 * Polls `billing.syncAfterCheckout` until the purchase gives access (usually the first or second
 * try), then says what is now open and where to go. Gives up politely after a minute: the
 * webhook will still deliver the access.
 */
import { useEffect, useState } from "react";
import Link from "next/link";
import { useMutation } from "@tanstack/react-query";

import type { CustomerOutputs } from "@phasewise/api";
import { buttonClasses, Notice } from "@phasewise/ui";

import { useTRPC } from "~/trpc/react";

type Outcome = CustomerOutputs["billing"]["syncAfterCheckout"];

const POLL_MS = 1500;
const GIVE_UP_AFTER = 40;

const reasons: Record<NonNullable<Outcome["access"]>["reason"], string> = {
  "lifetime-purchase": "Lifetime access",
  "subscription-active": "Membership",
  "subscription-trialing": "Membership, free trial",
  "subscription-grace": "Membership",
  "subscription-ending": "Membership",
  "admin-grant": "Access",
};

function accessText(access: NonNullable<Outcome["access"]>): string {
  const what = access.programTitle ?? "every program";
  const until = access.until
    ? ` until ${new Intl.DateTimeFormat("en-US", { dateStyle: "medium" }).format(access.until)}`
    : "";
  return `${reasons[access.reason]}: ${what}${until}.`;
}

export function CheckoutStatus({ sessionId }: { sessionId: string }) {
  const trpc = useTRPC();
  const { mutate, isPending, error } = useMutation(
    trpc.billing.syncAfterCheckout.mutationOptions(),
  );
  const [attempts, setAttempts] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const settled =
    !!outcome?.access ||
    outcome?.status === "open" ||
    outcome?.status === "expired" ||
    attempts >= GIVE_UP_AFTER ||
    error !== null;

  useEffect(() => {
    if (settled || isPending) return;
    const timer = setTimeout(
      () =>
        mutate(
          { sessionId },
          {
            onSuccess: (result) => setOutcome(result),
            onSettled: () => setAttempts((count) => count + 1),
          },
        ),
      attempts === 0 ? 0 : POLL_MS,
    );
    return () => clearTimeout(timer);
  }, [attempts, settled, isPending, sessionId, mutate]);

  if (outcome?.access) {
    return (
      <>
        <h1 className="text-2xl font-semibold">You are in</h1>
        <Notice tone="success" title="Payment received">
          <p data-testid="checkout-access">{accessText(outcome.access)}</p>
        </Notice>
        <div className="flex flex-wrap gap-3">
          <Link href={outcome.nextPath} className={buttonClasses()}>
            {outcome.access.programTitle
              ? `Go to ${outcome.access.programTitle}`
              : "Browse the programs"}
          </Link>
          <Link href="/account/billing" className={buttonClasses("secondary")}>
            Your billing
          </Link>
        </div>
      </>
    );
  }
  if (error) {
    return (
      <>
        <h1 className="text-2xl font-semibold">We could not check this payment</h1>
        <Notice tone="danger">{error.message}</Notice>
        <Link href="/account/billing" className={buttonClasses("secondary")}>
          Your billing
        </Link>
      </>
    );
  }
  if (outcome?.status === "open" || outcome?.status === "expired") {
    return (
      <>
        <h1 className="text-2xl font-semibold">Your payment is not complete</h1>
        <p className="text-slate-700">
          Nothing was charged. You can go back and try again whenever you like.
        </p>
        <Link href={outcome.nextPath} className={buttonClasses()}>
          Back to the program
        </Link>
      </>
    );
  }
  if (settled) {
    return (
      <>
        <h1 className="text-2xl font-semibold">Your payment is being processed</h1>
        <p className="text-slate-700">
          This is taking longer than usual. Your access opens by itself as soon as the payment is
          confirmed; you can check on it in your billing.
        </p>
        <Link href="/account/billing" className={buttonClasses("secondary")}>
          Your billing
        </Link>
      </>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-semibold">Thank you</h1>
      <p role="status" className="text-slate-700">
        Confirming your payment…
      </p>
    </>
  );
}
