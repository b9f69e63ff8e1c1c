/** @phasewise/email: transactional email (templates + transport) and the dev/test outbox. */
export { sendEmail, isOutboxEnabled, EmailNotConfiguredError } from "./send-email";
export type { EmailMessage } from "./send-email";
export { readOutbox } from "./outbox";
export type { CapturedEmail } from "./outbox";
export { readEmailEnv } from "./env";
export { renderSignInEmail } from "./templates/sign-in-email";
export { renderPhaseUnlockedEmail } from "./templates/phase-unlocked-email";
