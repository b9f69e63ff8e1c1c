/** Runs once when the server starts: a broken production auth config stops it here, loudly. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { exitUnlessAuthEnvValid } = await import("@phasewise/auth/env");
    exitUnlessAuthEnvValid();
    // Processes queued Stripe syncs (webhooks enqueue them) in this server process.
    const { startBillingWorker } = await import("@phasewise/billing/worker");
    void startBillingWorker();
  }
}
