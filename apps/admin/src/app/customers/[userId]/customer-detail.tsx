"use client";

/**
 * Everything about one customer: profile, purchases, subscriptions, access (with the reason it
 * is given), grants (grant and revoke), enrolments, the pain trend and recent sessions, with the
 * actions an admin takes for them: grant, revoke, refund, send a sign-in link.
 */
import { useRef, useState } from "react";
import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";

import { PainTrendChart } from "@phasewise/ui/charts";

import { formatDate, formatDateTime, formatMoney } from "~/lib/format";
import { useTRPC } from "~/trpc/react";
import { RefundPurchase, SendSignInLink } from "./customer-actions";
import { cell, Section, Table } from "./customer-layout";
import { GrantForm, RevokeGrant } from "./grant-access-form";

// The shared UTC formats: this page renders on the server and hydrates in the browser, and a
// locale/time-zone dependent format would differ between the two.
const dateTime = (value: Date | null) => (value ? formatDateTime(value) : "—");
const date = (value: Date | null) => (value ? formatDate(value) : "—");

const reasonLabels: Record<string, string> = {
  "lifetime-purchase": "Lifetime purchase",
  "subscription-active": "Active subscription",
  "subscription-trialing": "Subscription trial",
  "subscription-grace": "Past due (grace period)",
  "subscription-ending": "Subscription ending",
  "admin-grant": "Admin grant",
};

export function CustomerDetail({ userId }: { userId: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.customers.get.queryOptions({ userId }));
  const { profile } = data;
  const [refundMessage, setRefundMessage] = useState("");
  const refundStatus = useRef<HTMLParagraphElement>(null);
  const showRefunded = (message: string) => {
    setRefundMessage(message);
    // The refunded row loses its button: focus the message that replaces it.
    requestAnimationFrame(() => refundStatus.current?.focus());
  };
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
        <SendSignInLink userId={userId} email={profile.email} />
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
        <p
          ref={refundStatus}
          role="status"
          tabIndex={-1}
          className={refundMessage ? "rounded-lg bg-brand-50 p-3 text-brand-900" : "sr-only"}
        >
          {refundMessage}
        </p>
        <Table
          caption="Purchases"
          headers={["Product", "Program", "Status", "Amount", "Date", "Actions"]}
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
              <td className={cell}>{formatMoney(purchase.amount, purchase.currency)}</td>
              <td className={cell}>{date(purchase.purchasedAt)}</td>
              <td className={cell}>
                {purchase.status === "paid" ? (
                  <RefundPurchase
                    userId={userId}
                    purchaseId={purchase.id}
                    label={purchase.productName}
                    amount={formatMoney(purchase.amount, purchase.currency)}
                    onRefunded={showRefunded}
                  />
                ) : (
                  "—"
                )}
              </td>
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

      <PainTrendChart
        title="Pain trend"
        points={data.painTrend.map((point) => ({ ...point, date: point.endedAt.toISOString() }))}
        emptyMessage="No sessions logged yet, so no pain scores to show."
      />

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
