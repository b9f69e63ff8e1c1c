"use client";

/**
 * The customer page's actions that reach beyond our database: refunding a purchase through
 * Stripe (with a reason and a confirm step that says what happens) and emailing a fresh
 * storefront sign-in link.
 */
import { useEffect, useRef, useState } from "react";
import { useMutation } from "@tanstack/react-query";

import { Button, Notice, TextField } from "@phasewise/ui";

import { formatDateTime } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { useRefreshCustomer } from "./grant-access-form";

export function RefundPurchase({
  userId,
  purchaseId,
  label,
  amount,
  onRefunded,
}: {
  userId: string;
  purchaseId: string;
  /** What was bought, e.g. "Knee Pain Solution". */
  label: string;
  /** The formatted amount, e.g. "$79.00". */
  amount: string;
  /** Says what happened where it stays on screen (this row's button goes once it is refunded). */
  onRefunded: (message: string) => void;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshCustomer(userId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const trigger = useRef<HTMLButtonElement>(null);
  const explanation = useRef<HTMLParagraphElement>(null);
  const refund = useMutation(
    trpc.customers.refundPurchase.mutationOptions({
      onSuccess: async (outcome) => {
        onRefunded(
          outcome.status === "refunded"
            ? `Refunded ${amount} for ${label}. The access it gave has ended.`
            : `Stripe has made the refund of ${amount} for ${label}; it shows here within a minute.`,
        );
        await refresh();
      },
    }),
  );
  // Focus follows the confirm step in and out, so a keyboard user never lands on the page body.
  useEffect(() => {
    if (open) explanation.current?.focus();
  }, [open]);
  if (!open) {
    return (
      <Button
        ref={trigger}
        tone="secondary"
        onClick={() => setOpen(true)}
        aria-label={`Refund ${label}`}
      >
        Refund…
      </Button>
    );
  }
  return (
    <form
      aria-label={`Refund ${label}`}
      className="flex max-w-sm flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        refund.mutate({ purchaseId, reason });
      }}
    >
      <p ref={explanation} tabIndex={-1} className="text-sm text-slate-700 outline-none">
        {amount} goes back to the customer&apos;s card through Stripe, and the access this purchase
        gave ends now. This cannot be undone.
      </p>
      <TextField
        label="Reason for the refund"
        hint="Kept in the audit log."
        required
        minLength={3}
        maxLength={300}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={refund.error?.data?.fieldErrors?.reason}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" tone="danger" disabled={refund.isPending}>
          {refund.isPending ? "Refunding…" : `Refund ${amount}`}
        </Button>
        <Button
          tone="ghost"
          onClick={() => {
            setOpen(false);
            requestAnimationFrame(() => trigger.current?.focus());
          }}
        >
          Cancel
        </Button>
      </div>
      {refund.error && !refund.error.data?.fieldErrors && (
        <Notice tone="danger">{refund.error.message}</Notice>
      )}
    </form>
  );
}

export function SendSignInLink({ userId, email }: { userId: string; email: string }) {
  const trpc = useTRPC();
  const send = useMutation(trpc.customers.sendSignInLink.mutationOptions());
  return (
    <div className="flex flex-col items-start gap-2 pt-2">
      <p className="text-sm text-slate-700">
        Locked out? Email {email} a one-time link that signs them in to the storefront.
      </p>
      <Button tone="secondary" disabled={send.isPending} onClick={() => send.mutate({ userId })}>
        {send.isPending ? "Sending…" : "Send a sign-in link"}
      </Button>
      {send.isSuccess && (
        <Notice tone="success">
          Sign-in link sent to {send.data.email}. It works once and expires{" "}
          {formatDateTime(send.data.expires)}.
        </Notice>
      )}
      {send.error && <Notice tone="danger">{send.error.message}</Notice>}
    </div>
  );
}
