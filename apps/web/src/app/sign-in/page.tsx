import type { Metadata } from "next";

import { listSignInMethods, safeReturnPath } from "@phasewise/auth";
import { isOutboxEnabled } from "@phasewise/email";
import { SignInCard } from "@phasewise/ui";

import { signIn } from "~/server/auth";
import { requestSignInLink } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const { callbackUrl, error } = await searchParams;
  const methods = listSignInMethods();
  const returnTo = safeReturnPath(callbackUrl);
  const oauth = (["github", "google"] as const).filter((provider) => methods[provider]);
  return (
    <SignInCard
      title="Sign in"
      error={error}
      callbackUrl={returnTo}
      emailAction={requestSignInLink}
      oauthActions={oauth.map((provider) => ({
        label: `Continue with ${provider === "github" ? "GitHub" : "Google"}`,
        action: async () => {
          "use server";
          await signIn(provider, { redirectTo: returnTo });
        },
      }))}
      outboxEnabled={isOutboxEnabled()}
    />
  );
}
