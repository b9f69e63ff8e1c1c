/**
 * The sign-in form's server logic, shared by both apps: validate the email (a bad one comes back
 * as a field error, never an exception), keep the return address on this site, send the link.
 */
import { z } from "zod";

const signInInput = z.object({
  email: z.email("Enter a valid email address, like name@example.com"),
  callbackUrl: z
    .string()
    .regex(/^\/(?!\/)/, "Invalid return address")
    .catch("/"),
});

export interface MagicLinkFormState {
  fieldErrors?: { email?: string[] };
  email?: string;
}

type SignIn = (
  provider: "nodemailer",
  options: { email: string; redirectTo: string },
) => Promise<unknown>;

/** On success `signIn` redirects (by throwing Next's redirect), so this returns only on errors. */
export async function requestMagicLink(
  signIn: SignIn,
  data: FormData,
): Promise<MagicLinkFormState> {
  const rawEmail = data.get("email");
  const email = typeof rawEmail === "string" ? rawEmail.trim() : "";
  const parsed = signInInput.safeParse({ email, callbackUrl: data.get("callbackUrl") });
  if (!parsed.success) {
    return { email, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  await signIn("nodemailer", { email: parsed.data.email, redirectTo: parsed.data.callbackUrl });
  return {};
}

/** A return path that stays on this site ("/x", never "//evil.example" or a full URL). */
export function safeReturnPath(candidate: string | undefined, fallback = "/"): string {
  return candidate?.startsWith("/") && !candidate.startsWith("//") ? candidate : fallback;
}
