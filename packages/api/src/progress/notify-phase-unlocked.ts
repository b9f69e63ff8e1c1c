/**
 * Emails the customer that their next phase is open. Sent after the transaction commits and
 * best effort: a mail failure must not undo or fail the logged session.
 */
import { renderPhaseUnlockedEmail, sendEmail } from "@phasewise/email";

export async function notifyPhaseUnlocked(
  user: { email: string; name?: string | null },
  programSlug: string,
  unlocked: { toPhaseTitle: string; toPhaseGoal: string },
) {
  try {
    await sendEmail(
      renderPhaseUnlockedEmail({
        to: user.email,
        name: user.name ?? null,
        phaseTitle: unlocked.toPhaseTitle,
        phaseGoal: unlocked.toPhaseGoal,
        programPath: `/programs/${programSlug}/dashboard`,
      }),
    );
  } catch (error) {
    console.error("Could not send the phase-unlocked email:", error);
  }
}
