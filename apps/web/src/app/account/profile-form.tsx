"use client";

/** Shows the customer's profile and lets them change their name, with the server's field errors. */
import { useState } from "react";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";

import { Button, Notice, TextField } from "@phasewise/ui";

import { useTRPC } from "~/trpc/react";

function fieldErrorsOf(error: unknown): Record<string, string[] | undefined> {
  if (error instanceof TRPCClientError) {
    const data = error.data as { fieldErrors?: Record<string, string[] | undefined> } | undefined;
    return data?.fieldErrors ?? {};
  }
  return {};
}

export function ProfileForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data: me } = useSuspenseQuery(trpc.me.get.queryOptions());
  const [name, setName] = useState(me.name ?? "");
  const update = useMutation(
    trpc.me.updateProfile.mutationOptions({
      onSuccess: (saved) => queryClient.setQueryData(trpc.me.get.queryKey(), saved),
    }),
  );
  const errors = fieldErrorsOf(update.error);
  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        update.mutate({ name });
      }}
    >
      <p className="text-slate-700">
        Signed in as <span className="font-medium">{me.email}</span>
      </p>
      <TextField
        label="Your name"
        name="name"
        value={name}
        onChange={(event) => setName(event.target.value)}
        error={errors.name}
        autoComplete="name"
      />
      {update.isSuccess && <Notice tone="success">Saved.</Notice>}
      {update.error && !errors.name && <Notice tone="danger">{update.error.message}</Notice>}
      <Button type="submit" disabled={update.isPending}>
        {update.isPending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
