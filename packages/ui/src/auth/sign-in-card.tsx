/**
 * The whole sign-in screen shared by both apps: magic-link form, OAuth buttons when enabled,
 * the error of a failed attempt, and (in local mode) where to find the link.
 */
import type { SignInFormState } from "./sign-in-form";
import { Button } from "../button";
import { Card } from "../card";
import { Notice } from "../notice";
import { SignInForm } from "./sign-in-form";

const errorMessages: Record<string, string> = {
  Verification: "That sign-in link has expired or was already used. Ask for a new one below.",
  AccessDenied: "This account cannot sign in here.",
};

export interface SignInCardProps {
  title: string;
  error?: string;
  callbackUrl: string;
  emailAction: (state: SignInFormState, data: FormData) => Promise<SignInFormState>;
  oauthActions: { label: string; action: () => Promise<void> }[];
  outboxEnabled: boolean;
}

export function SignInCard(props: SignInCardProps) {
  return (
    <Card className="mx-auto flex max-w-md flex-col gap-5">
      <h1 className="text-2xl font-semibold">{props.title}</h1>
      {props.error && (
        <Notice tone="danger">
          {errorMessages[props.error] ?? "Sign-in did not work. Please try again."}
        </Notice>
      )}
      <p className="text-slate-700">
        We will email you a link that signs you in. No password needed.
      </p>
      <SignInForm action={props.emailAction} callbackUrl={props.callbackUrl} />
      {props.oauthActions.length > 0 && (
        <div className="flex flex-col gap-2 border-t border-slate-200 pt-4">
          {props.oauthActions.map((provider) => (
            <form key={provider.label} action={provider.action}>
              <Button type="submit" tone="secondary" className="w-full">
                {provider.label}
              </Button>
            </form>
          ))}
        </div>
      )}
      {props.outboxEnabled && <LocalModeHint />}
    </Card>
  );
}

export function LocalModeHint() {
  return (
    <p className="text-sm text-slate-600">
      Local mode: emails are not sent. Open the{" "}
      <a href="/dev/outbox" className="underline">
        dev outbox
      </a>{" "}
      to find your link. Demo accounts: demo@phasewise.local, admin@phasewise.local.
    </p>
  );
}

export function CheckEmailCard({ outboxEnabled }: { outboxEnabled: boolean }) {
  return (
    <Card className="mx-auto flex max-w-md flex-col gap-3">
      <h1 className="text-2xl font-semibold">Check your email</h1>
      <p className="text-slate-700">
        We sent you a sign-in link. It works once and expires in 24 hours. You can close this tab.
      </p>
      {outboxEnabled && <LocalModeHint />}
    </Card>
  );
}
