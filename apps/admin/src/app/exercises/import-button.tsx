"use client";

/** Copies a program's exercises into the library (never overwriting library entries). */
import { useRouter } from "next/navigation";
import { useMutation } from "@tanstack/react-query";

import { Button } from "@phasewise/ui";

import { useTRPC } from "~/trpc/react";

export function ImportButton({ programId, title }: { programId: string; title: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const importing = useMutation(
    trpc.exercises.importFromProgram.mutationOptions({ onSuccess: () => router.refresh() }),
  );
  return (
    <div className="flex flex-col gap-1">
      <Button
        tone="secondary"
        disabled={importing.isPending}
        aria-label={`Import the exercises of ${title} into the library`}
        onClick={() => importing.mutate({ programId })}
      >
        {importing.isPending ? "Importing…" : "Import them"}
      </Button>
      <p role="status" className="text-sm">
        {importing.data ? `Imported ${importing.data.imported.length}.` : ""}
        {importing.error ? importing.error.message : ""}
      </p>
    </div>
  );
}
