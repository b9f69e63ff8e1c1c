"use client";

/**
 * The magic-link sign-in form used by both apps. The app passes its server action, which
 * returns field errors when the email is not valid.
 */
import { useActionState } from "react";

import { Button } from "../button";
import { TextField } from "../text-field";

export interface SignInFormState {
  fieldErrors?: { email?: string[] };
  email?: string;
}

export function SignInForm({
  action,
  callbackUrl,
}: {
  action: (state: SignInFormState, data: FormData) => Promise<SignInFormState>;
  callbackUrl: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField
        label="Email address"
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state.email}
        error={state.fieldErrors?.email}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Sending link…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
