"use client";

/**
 * Everything about one customer: profile, purchases, subscriptions, access (with the reason it
 * is given), grants (with a form to grant and buttons to revoke), enrolments and recent sessions.
 */
import type { ReactNode } from "react";
import { useId, useState } from "react";
import Link from "next/link";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";

import { Button, Notice, TextField } from "@phasewise/ui";

import { useTRPC } from "~/trpc/react";

const dateTime = (value: Date | null) =>
  value ? value.toLocaleString("en", { dateStyle: "medium", timeStyle: "short" }) : "—";
const date = (value: Date | null) =>
  value ? value.toLocaleDateString("en", { dateStyle: "medium" }) : "—";
const money = (amount: number, currency: string) =>
  new Intl.NumberFormat("en", { style: "currency", currency }).format(amount / 100);

const reasonLabels: Record<string, string> = {
  "lifetime-purchase": "Lifetime purchase",
  "subscription-active": "Active subscription",
  "subscription-trialing": "Subscription trial",
  "subscription-grace": "Past due (grace period)",
  "subscription-ending": "Subscription ending",
  "admin-grant": "Admin grant",
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Table({
  caption,
  headers,
  empty,
  children,
}: {
  caption: string;
  headers: string[];
  empty: string | null;
  children: ReactNode;
}) {
  if (empty) return <p className="text-slate-600">{empty}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-100 text-sm">
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col" className="px-3 py-2">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

const cell = "px-3 py-2 align-top";

export function CustomerDetail({ userId }: { userId: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.customers.get.queryOptions({ userId }));
  const { profile } = data;
  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-1">
        <Link href="/customers" className="text-brand-700 underline">
          ← All customers
        </Link>
        <h1 className="text-2xl font-semibold">{profile.name ?? profile.email}</h1>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-slate-700">
          <dt className="font-medium">Email</dt>
          <dd>{profile.email}</dd>
          <dt className="font-medium">Role</dt>
          <dd>{profile.role}</dd>
          <dt className="font-medium">Email verified</dt>
          <dd>{profile.emailVerified ? dateTime(profile.emailVerified) : "Not yet"}</dd>
          <dt className="font-medium">Joined</dt>
          <dd>{date(profile.createdAt)}</dd>
        </dl>
      </div>

      <Section title="Access">
        <Table
          caption="Programs this customer can open, and why"
          headers={["Program", "Reason", "Until"]}
          empty={data.access.length ? null : "No access to any program."}
        >
          {data.access.map((entry) => (
            <tr key={`${entry.sourceId}-${entry.programId ?? "all"}`} className="border-t">
              <td className={cell}>{entry.programTitle}</td>
              <td className={cell}>{reasonLabels[entry.reason] ?? entry.reason}</td>
              <td className={cell}>{entry.until ? date(entry.until) : "No end date"}</td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section title="Grants">
        <GrantForm userId={userId} programs={data.programs} />
        <Table
          caption="Access grants, active and revoked"
          headers={["Program", "Reason", "Granted", "Expires", "State"]}
          empty={data.grants.length ? null : "No grants."}
        >
          {data.grants.map((grant) => (
            <tr key={grant.id} className="border-t">
              <td className={cell}>{grant.programTitle}</td>
              <td className={cell}>{grant.reason}</td>
              <td className={cell}>
                {dateTime(grant.grantedAt)}
                {grant.grantedByEmail && (
                  <span className="block text-sm text-slate-600">by {grant.grantedByEmail}</span>
                )}
              </td>
              <td className={cell}>{grant.expiresAt ? date(grant.expiresAt) : "Never"}</td>
              <td className={cell}>
                {grant.state === "revoked" ? (
                  <>
                    Revoked {dateTime(grant.revokedAt)}
                    <span className="block text-sm text-slate-600">{grant.revokeReason}</span>
                  </>
                ) : grant.state === "expired" ? (
                  "Expired"
                ) : (
                  <RevokeGrant userId={userId} grantId={grant.id} label={grant.programTitle} />
                )}
              </td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section title="Purchases">
        <Table
          caption="Purchases"
          headers={["Product", "Program", "Status", "Amount", "Date"]}
          empty={data.purchases.length ? null : "No purchases."}
        >
          {data.purchases.map((purchase) => (
            <tr key={purchase.id} className="border-t">
              <td className={cell}>{purchase.productName}</td>
              <td className={cell}>{purchase.programTitle ?? "—"}</td>
              <td className={cell}>
                {purchase.status}
                {purchase.refundedAt && ` (${date(purchase.refundedAt)})`}
              </td>
              <td className={cell}>{money(purchase.amount, purchase.currency)}</td>
              <td className={cell}>{date(purchase.purchasedAt)}</td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section title="Subscriptions">
        <Table
          caption="Subscriptions"
          headers={["Status", "Period ends", "Cancels at period end", "Trial ends", "Started"]}
          empty={data.subscriptions.length ? null : "No subscriptions."}
        >
          {data.subscriptions.map((subscription) => (
            <tr key={subscription.id} className="border-t">
              <td className={cell}>{subscription.status}</td>
              <td className={cell}>{date(subscription.currentPeriodEnd)}</td>
              <td className={cell}>{subscription.cancelAtPeriodEnd ? "Yes" : "No"}</td>
              <td className={cell}>{date(subscription.trialEnd)}</td>
              <td className={cell}>{date(subscription.createdAt)}</td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section title="Enrolments">
        <Table
          caption="Enrolments"
          headers={["Program", "Version", "Current phase", "Started", "Completed"]}
          empty={data.enrollments.length ? null : "Not enrolled in any program."}
        >
          {data.enrollments.map((enrollment) => (
            <tr key={enrollment.id} className="border-t">
              <td className={cell}>{enrollment.programTitle}</td>
              <td className={cell}>v{enrollment.version}</td>
              <td className={cell}>{enrollment.currentPhaseKey}</td>
              <td className={cell}>{date(enrollment.startedAt)}</td>
              <td className={cell}>{date(enrollment.completedAt)}</td>
            </tr>
          ))}
        </Table>
      </Section>

      <Section title="Last 10 sessions">
        <Table
          caption="The customer's last 10 sessions, with pain from 0 to 10"
          headers={["Date", "Session", "Pain before", "Pain during", "Pain after"]}
          empty={data.sessions.length ? null : "No sessions logged yet."}
        >
          {data.sessions.map((session) => (
            <tr key={session.id} className="border-t">
              <td className={cell}>{dateTime(session.endedAt)}</td>
              <td className={cell}>
                {session.phaseKey} / {session.sessionKey}
                {!session.completed && " (stopped)"}
                {session.sharpPain && (
                  <span className="block text-sm text-danger-700">Sharp pain reported</span>
                )}
              </td>
              <td className={cell}>{session.painBefore}</td>
              <td className={cell}>{session.painDuring}</td>
              <td className={cell}>{session.painAfter}</td>
            </tr>
          ))}
        </Table>
      </Section>
    </div>
  );
}

function useRefreshCustomer(userId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.customers.get.queryFilter({ userId }));
}

function GrantForm({
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

function RevokeGrant({
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
