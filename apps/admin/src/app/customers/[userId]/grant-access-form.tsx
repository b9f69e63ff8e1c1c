"use client";

/** Granting access to a customer (program, reason, optional end) and revoking a grant with a reason. */
import { useId, useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";

import { Button, Notice, TextField } from "@phasewise/ui";

import { useTRPC } from "~/trpc/react";

/** Refetches the customer page after an action. */
export function useRefreshCustomer(userId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.customers.get.queryFilter({ userId }));
}

export function GrantForm({
  userId,
  programs,
}: {
  userId: string;
  programs: { id: string; title: string }[];
}) {
  const trpc = useTRPC();
  const refresh = useRefreshCustomer(userId);
  const selectId = useId();
  const [programId, setProgramId] = useState("");
  const [reason, setReason] = useState("");
  const [expiresAt, setExpiresAt] = useState("");
  const grant = useMutation(
    trpc.customers.grantAccess.mutationOptions({
      onSuccess: async () => {
        setReason("");
        setExpiresAt("");
        await refresh();
      },
    }),
  );
  const fieldErrors = grant.error?.data?.fieldErrors;
  return (
    <form
      aria-label="Grant access"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        grant.mutate({
          userId,
          programId: programId || null,
          reason,
          expiresAt: expiresAt ? new Date(`${expiresAt}T23:59:59`) : null,
        });
      }}
    >
      <div className="flex flex-col gap-1">
        <label htmlFor={selectId} className="text-sm font-medium text-slate-800">
          Program
        </label>
        <select
          id={selectId}
          value={programId}
          onChange={(event) => setProgramId(event.target.value)}
          className="min-h-11 rounded-lg border border-slate-300 px-3"
        >
          <option value="">All programs</option>
          {programs.map((program) => (
            <option key={program.id} value={program.id}>
              {program.title}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label="Reason"
        hint="Between 3 and 300 characters; kept with the grant and in the audit log."
        required
        minLength={3}
        maxLength={300}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={fieldErrors?.reason}
      />
      <TextField
        label="Expires on (optional)"
        type="date"
        value={expiresAt}
        onChange={(event) => setExpiresAt(event.target.value)}
        error={fieldErrors?.expiresAt}
      />
      <Button type="submit" className="self-start" disabled={grant.isPending}>
        {grant.isPending ? "Granting…" : "Grant access"}
      </Button>
      {grant.isSuccess && <Notice tone="success">Access granted.</Notice>}
      {grant.error && <Notice tone="danger">{grant.error.message}</Notice>}
    </form>
  );
}

export function RevokeGrant({
  userId,
  grantId,
  label,
}: {
  userId: string;
  grantId: string;
  label: string;
}) {
  const trpc = useTRPC();
  const refresh = useRefreshCustomer(userId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const revoke = useMutation(
    trpc.customers.revokeAccess.mutationOptions({ onSuccess: () => refresh() }),
  );
  if (!open) {
    return (
      <Button tone="secondary" onClick={() => setOpen(true)} aria-label={`Revoke ${label} grant`}>
        Revoke…
      </Button>
    );
  }
  return (
    <form
      aria-label={`Revoke ${label} grant`}
      className="flex flex-col gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        revoke.mutate({ grantId, reason });
      }}
    >
      <TextField
        label="Reason for revoking"
        required
        minLength={3}
        maxLength={300}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <div className="flex gap-2">
        <Button type="submit" tone="danger" disabled={revoke.isPending}>
          {revoke.isPending ? "Revoking…" : "Revoke"}
        </Button>
        <Button tone="ghost" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
      {revoke.error && <Notice tone="danger">{revoke.error.message}</Notice>}
    </form>
  );
}
