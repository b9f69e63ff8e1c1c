/** Asks before ending a session early, so a stray tap does not throw a session away. */
import { Button } from "@phasewise/ui";

export function StopConfirm({
  onConfirm,
  onCancel,
}: {
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <section
      aria-labelledby="stop-confirm-title"
      className="flex flex-col gap-3 rounded-xl border-2 border-danger-600 bg-danger-50 p-4"
    >
      <h2 id="stop-confirm-title" className="text-lg font-bold text-danger-700">
        Stop the session here?
      </h2>
      <p className="text-slate-900">
        The session is paused. If something hurts, stopping is the right call. You can log what you
        did on the next screen.
      </p>
      <div className="flex flex-wrap gap-3">
        <Button tone="danger" onClick={onConfirm}>
          Yes, stop the session
        </Button>
        {/* Focus lands on the safe choice so a second stray key press does not end the session. */}
        <Button tone="secondary" onClick={onCancel} autoFocus>
          Keep going
        </Button>
      </div>
    </section>
  );
}
