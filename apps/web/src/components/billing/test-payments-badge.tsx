/** Shown wherever money is involved while no real money can move (emulator or test keys). */
export function TestPaymentsBadge() {
  return (
    <span
      className="inline-flex items-center rounded-full border border-warn-700 bg-warn-50 px-2 py-0.5 text-sm font-medium text-warn-700"
      title="Payments here are simulated: no card is charged."
    >
      Test payments
    </span>
  );
}
