"use client";

/** Sends every failed sync back to the queue and refreshes the list. */
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";

import { Button, Notice } from "@phasewise/ui";

import { useTRPC } from "~/trpc/react";

export function RedriveButton({ count }: { count: number }) {
  const trpc = useTRPC();
  const router = useRouter();
  const redrive = useMutation(
    trpc.billing.redrive.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <div className="flex flex-col gap-2">
      <Button
        className="self-start"
        disabled={redrive.isPending}
        onClick={() => redrive.mutate({})}
      >
        {redrive.isPending ? "Sending…" : `Run all ${count} again`}
      </Button>
      {redrive.data && (
        <Notice tone="success">{redrive.data.redriven} sent back to the queue.</Notice>
      )}
      {redrive.error && <Notice tone="danger">{redrive.error.message}</Notice>}
    </div>
  );
}
