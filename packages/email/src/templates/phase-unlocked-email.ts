/** Sent when a customer's next phase opens. */
import type { EmailMessage } from "../send-email";
import { escapeHtml } from "./escape-html";

export function renderPhaseUnlockedEmail(input: {
  to: string;
  name: string | null;
  phaseTitle: string;
  phaseGoal: string;
  programPath: string;
}): EmailMessage {
  const greeting = input.name ? `Well done, ${input.name}!` : "Well done!";
  return {
    to: input.to,
    subject: `Your next phase is open: ${input.phaseTitle}`,
    text: `${greeting}\n\nYou met everything the last phase asked for, so "${input.phaseTitle}" is now open.\nIts goal: ${input.phaseGoal}\n\nOpen your dashboard to start it: ${input.programPath}\n\nKeep listening to your knee: stop and seek care if pain turns sharp or keeps getting worse.`,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a">
<h1 style="font-size:20px">${escapeHtml(greeting)}</h1>
<p>You met everything the last phase asked for, so <strong>${escapeHtml(input.phaseTitle)}</strong> is now open.</p>
<p>Its goal: ${escapeHtml(input.phaseGoal)}</p>
<p style="font-size:14px;color:#475569">Keep listening to your knee: stop and seek care if pain turns sharp or keeps getting worse.</p>
</body></html>`,
  };
}
