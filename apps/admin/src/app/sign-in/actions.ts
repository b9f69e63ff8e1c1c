"use server";

/** The sign-in form's server action for this app. */
import type { SignInFormState } from "@phasewise/ui";
import { requestMagicLink } from "@phasewise/auth";

import { signIn } from "~/server/auth";

export async function requestSignInLink(_state: SignInFormState, data: FormData) {
  return requestMagicLink(signIn, data);
}
